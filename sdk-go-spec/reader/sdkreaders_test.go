package reader

import (
	"bytes"
	"testing"
)

// accessPass is an AccessPass up to its pass type, the tag, body, then client_ip 10.0.0.1.
func accessPass(tag byte, body ...[]byte) []byte {
	return cat([]byte{11}, key(0), []byte{1, tag}, cat(body...), []byte{10, 0, 0, 1})
}

// seat is one 52-byte FeedSeat with max_users n.
func seat(n byte) []byte { return cat(key(7), []byte{n, 0, 0, 0}, make([]byte, 16)) }

// DeserializeAccessPass (deserialize.go:367-418): an unknown tag keeps its value and reads no body;
// seats are read only when count*52 fits (deserialize.go:388); the caps default to 1.
func TestAccessPass(t *testing.T) {
	s := loadSet(t)
	ap := latest(t, s, "access_pass")
	v := decodeOK(t, ap, accessPass(9))
	expect(t, at(t, v, "accesspass_type", "version"), `9`, "unknown tag")
	expect(t, v["client_ip"], `"10.0.0.1"`, "client_ip")
	expect(t, v["max_unicast_users"], `1`, "cap")
	v = decodeOK(t, ap, accessPass(4, u32(1), seat(1)))
	expect(t, length(t, v, "accesspass_type", "feed_seats"), `1`, "one seat")
	v = decodeOK(t, ap, accessPass(4, u32(2), seat(1)))
	expect(t, at(t, v, "accesspass_type", "feed_seats"), `null`, "guarded count")
	expect(t, v["client_ip"], `"7.7.7.7"`, "client_ip after the count")
}

// DeserializeTenant reads billing as a discriminant and both FlatPerEpoch fields whatever the
// discriminant (deserialize.go:347-349); DeserializePermission reads two u64 halves (deserialize.go:486-487).
func TestTenantAndPermission(t *testing.T) {
	s := loadSet(t)
	tenant := cat([]byte{13}, key(0), []byte{1}, str("t"), u16(500), u32(2), u32(0), []byte{1}, key(0), []byte{1, 0},
		[]byte{7}, u64(100), u64(3), u32(0))
	expect(t, decodeOK(t, latest(t, s, "tenant"), tenant)["billing"], `{"version":7,"rate":"100","last_deduction_dz_epoch":"3"}`)
	permission := cat([]byte{15}, key(0), []byte{1, 1}, key(0))
	expect(t, decodeOK(t, latest(t, s, "permission"), cat(permission, u64(1), u64(2)))["permissions"], `"36893488147419103233"`)
	expect(t, decodeOK(t, latest(t, s, "permission"), cat(permission, u64(5), bytes.Repeat([]byte{0}, 4)))["permissions"], `"5"`)
}
