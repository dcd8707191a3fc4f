package reader

import (
	"testing"
)

// docs/readers.md §8, the Go column of the divergence matrix, row by row.
func TestDivergenceMatrixGo(t *testing.T) {
	s := loadSet(t)
	user, dev, gs := latest(t, s, "user"), latest(t, s, "device"), latest(t, s, "global_state")
	userBin, deviceBin := readReference(t, "user.bin"), readReference(t, "device.bin")
	legacyBin, gsBin := readReference(t, "device_legacy.bin"), readReference(t, "global_state.bin")
	with := func(base []byte, at int, patch ...byte) []byte {
		out := append([]byte{}, base...)
		copy(out[at:], patch)
		return out
	}

	t.Run("1 empty buffer", func(t *testing.T) {
		v := decodeOK(t, user, nil)
		for _, f := range []string{"publishers", "subscribers", "feed_pks"} {
			expect(t, v[f], `null`, f)
		}
		expect(t, v["status"], `{"value":0,"label":"pending (deprecated)"}`)
		v = decodeOK(t, dev, nil)
		expect(t, v["deprecated_interfaces"], `[]`)
		expect(t, v["interfaces"], `[]`)
		expect(t, v["dz_prefixes"], `null`)
		v = decodeOK(t, gs, nil)
		expect(t, v["foundation_allowlist"], `null`)
		expect(t, v["account_index"], `{"High":"0","Low":"0"}`)
	})
	t.Run("2 cut at a field boundary", func(t *testing.T) {
		v := decodeOK(t, user, userBin[:236])
		expect(t, v["validator_pubkey"], `"7oGBJ2HXGT17Fs9QNxu6RbH68z4rJxHZyc9gqhLWoFmq"`)
		expect(t, v["tunnel_endpoint"], `"0.0.0.0"`)
		expect(t, v["last_bgp_up_at"], `"0"`)
		expect(t, v["feed_pks"], `null`)
	})
	t.Run("2b device cut after the legacy count", func(t *testing.T) {
		v := decodeOK(t, dev, deviceBin[:212])
		expect(t, v["deprecated_interfaces"], `[]`)
		expect(t, v["interfaces"], `null`)
		expect(t, v["reference_count"], `0`)
	})
	t.Run("3 cut inside a vector", func(t *testing.T) {
		v := decodeOK(t, user, userBin[:270])
		expect(t, v["feed_pks"], `null`)
		v = decodeOK(t, user, userBin[:150]) // publishers count 1, 14 bytes left
		expect(t, v["publishers"], `null`)
		expect(t, v["subscribers"], `null`, "the 14 bytes are below a count + element")
		v = decodeOK(t, user, userBin[:246]) // 4 bytes of last_bgp_up_at become feed_pks' count
		expect(t, v["last_bgp_up_at"], `"0"`)
		expect(t, v["feed_pks"], `null`)
		v = decodeOK(t, gs, gsBin[:30])
		expect(t, v["foundation_allowlist"], `null`)
	})
	t.Run("4 cut inside a fixed-width field", func(t *testing.T) {
		v := decodeOK(t, user, userBin[:125])
		expect(t, v["tunnel_id"], `0`)
		expect(t, v["tunnel_net"], `"0.0.0.0/0"`)
		expect(t, v["status"], `{"value":100,"label":"unknown"}`, "the stray tunnel_id byte")
		v = decodeOK(t, user, userBin[:134])
		expect(t, v["publishers"], `null`)
		expect(t, v["validator_pubkey"], `"11111111111111111111111111111111"`)
		expect(t, v["tunnel_endpoint"], `"0.0.0.0"`)
		expect(t, v["tunnel_flags"], `1`)
		expect(t, v["bgp_status"], `0`)
	})
	t.Run("5 cut inside string content", func(t *testing.T) {
		v := decodeOK(t, dev, deviceBin[:126])
		expect(t, v["code"], `""`)
		expect(t, v["dz_prefixes"], `null`, "the 2 content bytes are below a count")
		expect(t, v["deserialize_error"], `null`)
	})
	t.Run("7 stray tail bytes", func(t *testing.T) {
		v := decodeOK(t, dev, deviceBin[:319])
		expect(t, v["deserialize_error"], `"DeserializeDevice: interfaces length 0 != deprecated_interfaces length 2"`)
		expect(t, v["interfaces"], `null`)
	})
	t.Run("8 cut inside a trailing element", func(t *testing.T) {
		v := decodeOK(t, dev, deviceBin[:382])
		expect(t, at(t, v, "interfaces", 1, "version"), `0`)
	})
	t.Run("9 vector count 0xFFFFFFFF", func(t *testing.T) {
		v := decodeOK(t, user, with(userBin, 132, 0xFF, 0xFF, 0xFF, 0xFF))
		expect(t, v["publishers"], `null`)
		// Misaligned: the publisher key's first 4 bytes are read as subscribers' count (99, too many).
		expect(t, v["subscribers"], `null`)
		v = decodeOK(t, dev, with(deviceBin, 127, 0xFF, 0xFF, 0xFF, 0xFF))
		expect(t, v["dz_prefixes"], `null`)
		expect(t, v["deserialize_error"], `null`)
	})
	t.Run("10 vector count 0", func(t *testing.T) {
		v := decodeOK(t, gs, gsBin)
		expect(t, v["device_allowlist"], `[]`, "pubkey vec")
		v = decodeOK(t, dev, cat(deviceBin[:127], u32(0), deviceBin[136:]))
		expect(t, v["dz_prefixes"], `null`, "networkv4 vec")
		expect(t, v["mgmt_vrf"], `"6d676d74"`)
	})
	t.Run("11 legacy count far too large", func(t *testing.T) {
		for _, n := range []uint32{1000, 0xFFFFFFFF} {
			v := decodeOK(t, dev, with(deviceBin, 208, u32(n)...))
			expect(t, v["interfaces"], `null`, n)
		}
		m := loadSet(t).memory
		expect(t, answer(t, dev, with(deviceBin, 208, u32(238609295)...)), oom(m.appendedList(238609295)+m.rebuiltList(238609295)))
	})
	t.Run("12 garbage seg_count in a sized element", func(t *testing.T) {
		// Element 1 (Ethernet1, at 424) holds its seg_count in its last 4 bytes.
		// The two legacy elements and element 0's one segment come first.
		m := loadSet(t).memory
		expect(t, answer(t, dev, with(deviceBin, 474, 0xFF, 0xFF, 0xFF, 0xFF)), oom(m.appendedList(2)+m.segmentCapacity(1)+m.segmentCapacity(0xFFFFFFFF)))
	})
	t.Run("13 garbage seg_count in a legacy V3 element", func(t *testing.T) {
		v3 := cat(legacyBin[:208], u32(1), legacyV3("x", 0xFFFFFFFF), legacyBin[287:])
		v := decodeOK(t, dev, v3)
		expect(t, v["reference_count"], `0`)
		expect(t, v["max_multicast_publishers"], `0`)
	})
	t.Run("14 invalid UTF-8", func(t *testing.T) {
		v := decodeOK(t, dev, cat(deviceBin[:120], str("\xff\xfeA"), deviceBin[127:]))
		expect(t, v["code"], `"fffe41"`)
	})
	t.Run("15 leading BOM", func(t *testing.T) {
		v := decodeOK(t, dev, cat(deviceBin[:120], str("\xef\xbb\xbfA"), deviceBin[127:]))
		expect(t, v["code"], `"efbbbf41"`)
	})
	t.Run("16 string length past the end", func(t *testing.T) {
		for _, n := range []uint32{1000, 0xFFFFFFFF} {
			v := decodeOK(t, dev, with(deviceBin, 120, u32(n)...))
			expect(t, v["code"], `""`, n)
			// +4 only: the content "dz1" and the first dz_prefixes byte are read as the next count.
			expect(t, v["dz_prefixes"], `null`, n)
		}
	})
	t.Run("17 unknown enum values", func(t *testing.T) {
		v := decodeOK(t, user, with(userBin, 50, 9))
		expect(t, v["user_type"], `{"value":9,"label":"<panic>"}`)
		v = decodeOK(t, user, with(userBin, 241, 7))
		expect(t, v["bgp_status"], `7`)
		v = decodeOK(t, dev, with(with(deviceBin, 114, 3), 316, 9, 3))
		expect(t, v["device_type"], `{"value":3,"label":"<panic>"}`)
		expect(t, v["device_health"], `{"value":9,"label":"DeviceHealth(9)"}`)
		expect(t, v["desired_status"], `{"value":3,"label":"unknown"}`)
		v = decodeOK(t, dev, with(deviceBin, 213, 9)) // legacy element 0's status
		expect(t, at(t, v, "deprecated_interfaces", 0, "status"), `{"value":9,"label":"<panic>"}`)
	})
	t.Run("18 values the TS and Python tables get wrong", func(t *testing.T) {
		v := decodeOK(t, user, with(userBin, 131, 3))
		expect(t, v["status"], `{"value":3,"label":"deleted"}`)
		v = decodeOK(t, dev, with(deviceBin, 119, 5))
		expect(t, v["status"], `{"value":5,"label":"drained"}`)
		v = decodeOK(t, dev, with(deviceBin, 119, 7))
		expect(t, v["status"], `{"value":7,"label":"link-provisioning"}`)
	})
	t.Run("19 wrong account_type", func(t *testing.T) {
		v := decodeOK(t, user, deviceBin)
		expect(t, v["account_type"], `5`)
		v = decodeOK(t, user, with(userBin, 0, 0))
		expect(t, v["account_type"], `0`)
	})
	t.Run("20-21 trailing bytes ignored", func(t *testing.T) {
		for layout, data := range map[string][]byte{user: userBin, gs: gsBin, dev: deviceBin} {
			expect(t, decodeOK(t, layout, cat(data, []byte{1, 2, 3, 4, 5})), mustJSON(t, decodeOK(t, layout, data)), layout)
		}
	})
	t.Run("22 junk after a legacy device", func(t *testing.T) {
		v := decodeOK(t, dev, cat(legacyBin, u32(5)))
		expect(t, v["deserialize_error"], `"DeserializeDevice: interfaces length 5 != deprecated_interfaces length 2"`)
		expect(t, v["interfaces"], `null`)
	})
	t.Run("24 unknown legacy version", func(t *testing.T) {
		v := decodeOK(t, dev, cat(legacyBin[:208], u32(1), []byte{200}, legacyBin[287:]))
		expect(t, at(t, v, "deprecated_interfaces", 0, "version"), `200`)
		expect(t, at(t, v, "interfaces", 0, "version"), `4`)
		expect(t, v["max_multicast_publishers"], `10`)
	})
	t.Run("25 unknown sized version", func(t *testing.T) {
		v := decodeOK(t, dev, with(deviceBin, 338, 9))
		expect(t, at(t, v, "interfaces", 0, "version"), `9`)
		expect(t, at(t, v, "interfaces", 0, "name"), `"4c6f6f706261636b30"`)
		expect(t, at(t, v, "interfaces", 1, "size"), `54`)
	})
	t.Run("26 u128 with the high half set", func(t *testing.T) {
		v := decodeOK(t, user, with(userBin, 33, cat(u64(5), u64(1))...))
		expect(t, v["index"], `{"High":"5","Low":"1"}`)
	})
	t.Run("27 u64 max", func(t *testing.T) {
		v := decodeOK(t, user, with(userBin, 258, u64(^uint64(0))...))
		expect(t, v["bgp_rtt_ns"], `"18446744073709551615"`)
	})
	t.Run("28 old layout with the zero feed_pk slot", func(t *testing.T) {
		v := decodeOK(t, user, cat(userBin[:len(userBin)-68], make([]byte, 32)))
		expect(t, v["feed_pks"], `[]`)
	})
	t.Run("29 old layout cut after tunnel_flags", func(t *testing.T) {
		v := decodeOK(t, user, userBin[:len(userBin)-93])
		expect(t, v["bgp_status"], `0`)
		expect(t, v["last_bgp_reported_at"], `"0"`)
		expect(t, v["bgp_rtt_ns"], `"0"`)
		expect(t, v["feed_pks"], `null`)
	})
}
