package reader

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"testing"
)

// Legacy elements: tag 0 is V1, 1 and 2 are V2, 3 is V2 plus segments thrown away, >= 4 reads nothing
// more; the rebuilt trailing list copies them all as version 4, size 0 (docs/readers.md §1.4, §3.3).
func TestLegacyTags(t *testing.T) {
	s := loadSet(t)
	legacy := cat(legacyV1("lo"), legacyV2(1, "e1"), legacyV2(2, "e2"), legacyV3("e3", 1, segment(0x50, 300)), []byte{7})
	v := decodeOK(t, latest(t, s, "device"), device(5, legacy))
	expect(t, at(t, v, "deprecated_interfaces", 0), `{"version":0,"status":{"value":3,"label":"activated"},
		"name":"6c6f","interface_type":{"value":1,"label":"loopback"},"interface_cyoa":{"value":0,"label":"none"},
		"interface_dia":{"value":0,"label":"none"},"loopback_type":{"value":1,"label":"vpnv4"},"bandwidth":"0",
		"cir":"0","mtu":0,"routing_mode":{"value":0,"label":"static"},"vlan_id":0,"ip_net":"10.0.0.1/32",
		"node_segment_idx":100,"user_tunnel_endpoint":false,"flex_algo_node_segments":null}`, "V1")
	v2 := `{"version":%d,"status":{"value":3,"label":"activated"},"name":"%s",
		"interface_type":{"value":2,"label":"physical"},"interface_cyoa":{"value":1,"label":"gre_over_dia"},
		"interface_dia":{"value":1,"label":"dia"},"loopback_type":{"value":0,"label":"none"},
		"bandwidth":"10000000000","cir":"5000000000","mtu":9000,"routing_mode":{"value":1,"label":"bgp"},
		"vlan_id":100,"ip_net":"172.16.0.1/30","node_segment_idx":200,"user_tunnel_endpoint":true,
		"flex_algo_node_segments":null}`
	for i, name := range []string{"e1", "e2", "e3"} {
		expect(t, at(t, v, "deprecated_interfaces", i+1), fmt.Sprintf(v2, i+1, hex.EncodeToString([]byte(name))), name)
	}
	expect(t, at(t, v, "deprecated_interfaces", 4), `{"version":7,"status":{"value":0,"label":"invalid"},"name":"",
		"interface_type":{"value":0,"label":"invalid"},"interface_cyoa":{"value":0,"label":"none"},
		"interface_dia":{"value":0,"label":"none"},"loopback_type":{"value":0,"label":"none"},"bandwidth":"0",
		"cir":"0","mtu":0,"routing_mode":{"value":0,"label":"static"},"vlan_id":0,"ip_net":"0.0.0.0/0",
		"node_segment_idx":0,"user_tunnel_endpoint":false,"flex_algo_node_segments":null}`, "tag 7")
	expect(t, v["reference_count"], `12`, "tail after the elements")
	expect(t, v["max_multicast_publishers"], `10`, "tail after the elements")
	for i := 0; i < 5; i++ {
		old := at(t, v, "deprecated_interfaces", i).(map[string]any)
		got := at(t, v, "interfaces", i).(map[string]any)
		expect(t, got["size"], `0`, "rebuilt size", i)
		expect(t, got["version"], `4`, "rebuilt version", i)
		for k, want := range old {
			if k != "version" && fmt.Sprint(got[k]) != fmt.Sprint(want) {
				t.Errorf("rebuilt %d %s: got %v, want %v", i, k, got[k], want)
			}
		}
	}
	expect(t, v["deserialize_error"], `null`)
}

// The V3 segment loop has no guard: a garbage seg_count eats the tail in 2-byte steps once a pubkey no
// longer fits; an odd byte left over lands in the first u8 of the tail.
func TestLegacyV3GarbageSegCountEatsTail(t *testing.T) {
	s := loadSet(t)
	layout := latest(t, s, "device")
	v := decodeOK(t, layout, device(1, legacyV3("e3", 0xFFFFFFFF)))
	expect(t, v["reference_count"], `0`)
	expect(t, v["max_multicast_publishers"], `0`)
	expect(t, v["device_health"], `{"value":0,"label":"unknown"}`)
	expect(t, at(t, v, "interfaces", 0, "version"), `4`, "rebuilt: no bytes were left")

	v = decodeOK(t, layout, cat(device(1, legacyV3("e3", 0xFFFFFFFF)), []byte{9}))
	expect(t, v["reference_count"], `0`)
	expect(t, v["device_health"], `{"value":9,"label":"DeviceHealth(9)"}`)
	expect(t, length(t, v, "interfaces"), `1`)

	// A count that stops short of the data reads whole segments and leaves the tail alone.
	v = decodeOK(t, layout, device(1, legacyV3("e3", 2, segment(1, 1), segment(2, 2))))
	expect(t, v["reference_count"], `12`)
}

// Go's guard: count > 0 and count*min_size (uint32, wrapping) > bytes left returns from the decode.
func TestLegacyCountGuard(t *testing.T) {
	s := loadSet(t)
	layout := latest(t, s, "device")
	for _, count := range []uint32{1000, 0xFFFFFFFF, 238609294} {
		v := decodeOK(t, layout, device(count, nil))
		expect(t, v["deprecated_interfaces"], `[]`, count)
		expect(t, v["interfaces"], `null`, count)
		expect(t, v["reference_count"], `0`, count)
		expect(t, v["max_multicast_publishers"], `0`, count)
		expect(t, v["deserialize_error"], `null`, count)
	}
	// 238609295*18 wraps to 14, which the 24 tail bytes satisfy: the appended slice of 238M default
	// interfaces fits the machine, the rebuild of as many does not (and the long loop is not run).
	m := s.memory
	expect(t, m.appendedList(238609295) <= m.Budget, `true`)
	expect(t, answer(t, layout, device(238609295, nil)), oom(m.appendedList(238609295)+m.rebuiltList(238609295)))
	// Without the wrap, a count that passes the guard is bounded by the data.
	v := decodeOK(t, layout, device(1, nil))
	expect(t, at(t, v, "deprecated_interfaces", 0, "version"), `12`, "the tail is read as an element")
}

func TestSizedElements(t *testing.T) {
	s := loadSet(t)
	layout := latest(t, s, "device")
	loop := sizedIface(4, "Loopback0", 1, [][]byte{segment(0x50, 300)}, nil)
	if len(loop) != 88 {
		t.Fatalf("Loopback0 element is %d bytes, want 88", len(loop))
	}
	future := sizedIface(5, "Ethernet1", 0, nil, []byte{0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB})
	zeroVersion := sizedIface(0, "x", 0, nil, nil)
	v := decodeOK(t, layout, device(3, cat(legacyV2(1, "a"), legacyV2(1, "b"), legacyV2(1, "c")),
		trailingVec(loop, future, zeroVersion)))
	expect(t, at(t, v, "interfaces", 0, "size"), `88`)
	expect(t, at(t, v, "interfaces", 0, "flex_algo_node_segments"),
		`[{"topology":"6QWeT6FpJrm8AF1btu6WH2k2Xhq6t5vbheKVfQavmeoZ","node_segment_idx":300}]`)
	expect(t, at(t, v, "interfaces", 1, "version"), `5`)
	expect(t, at(t, v, "interfaces", 1, "size"), `62`)
	expect(t, at(t, v, "interfaces", 1, "flex_algo_node_segments"), `[]`, "count 0: empty, not nil")
	expect(t, at(t, v, "interfaces", 2, "version"), `0`, "after the 8 unknown bytes")
	expect(t, at(t, v, "interfaces", 2, "name"), `"78"`, "version 0 parsed as version 4")
	expect(t, v["deserialize_error"], `null`)
}

// A garbage seg_count in a sized element: Go allocates the capacity first (segment_bytes each, rounded
// to pages), which kills the process past the budget; below it the loop stops once a whole segment no
// longer fits, whatever the count.
func TestSizedSegCount(t *testing.T) {
	s := loadSet(t)
	layout := latest(t, s, "device")
	build := func(segCount uint32) []byte {
		return device(1, legacyV2(1, "a"), trailingVec(sizedIface(4, "a", segCount, [][]byte{segment(1, 1)}, nil)))
	}
	m := s.memory
	needed := func(n uint32) uint64 { return m.appendedList(1) + m.segmentCapacity(uint64(n)) } // the legacy element first
	fits := uint32(m.Budget / m.Segment / 8192 * 8192)                                          // a whole number of pages
	for needed(fits+1) <= m.Budget {
		fits++
	}
	expect(t, answer(t, layout, build(fits+1)), `{"fatal":"out of memory","bytes":"`+strconv.FormatUint(needed(fits+1), 10)+`"}`)
	expect(t, answer(t, layout, build(0xFFFFFFFF)), `{"fatal":"out of memory","bytes":"`+strconv.FormatUint(needed(0xFFFFFFFF), 10)+`"}`)
	for _, n := range []uint32{65537, 262144, 1000000, 6000000, fits} {
		v := decodeOK(t, layout, build(n))
		expect(t, length(t, v, "interfaces", 0, "flex_algo_node_segments"), `1`)
	}
}

// After the body Go moves to start+size, clamped to the end; it never moves back.
func TestSizedSkip(t *testing.T) {
	s := loadSet(t)
	layout := latest(t, s, "device")
	pastEnd := sizedIface(4, "a", 0, nil, nil)
	copy(pastEnd, u16(500))
	v := decodeOK(t, layout, device(2, cat(legacyV2(1, "a"), legacyV2(1, "b")),
		trailingVec(pastEnd, sizedIface(4, "b", 0, nil, nil))))
	expect(t, at(t, v, "interfaces", 0, "size"), `500`)
	expect(t, at(t, v, "interfaces", 1), `{"size":0,"version":0,"status":{"value":0,"label":"invalid"},"name":"",
		"interface_type":{"value":0,"label":"invalid"},"interface_cyoa":{"value":0,"label":"none"},
		"interface_dia":{"value":0,"label":"none"},"loopback_type":{"value":0,"label":"none"},"bandwidth":"0",
		"cir":"0","mtu":0,"routing_mode":{"value":0,"label":"static"},"vlan_id":0,"ip_net":"0.0.0.0/0",
		"node_segment_idx":0,"user_tunnel_endpoint":false,"flex_algo_node_segments":[]}`, "after a clamped skip")

	tooSmall := sizedIface(4, "a", 0, nil, nil)
	copy(tooSmall, u16(3))
	v = decodeOK(t, layout, device(2, cat(legacyV2(1, "a"), legacyV2(1, "b")),
		trailingVec(tooSmall, sizedIface(4, "b", 0, nil, nil))))
	expect(t, at(t, v, "interfaces", 1, "name"), `"62"`, "size 3: no move back")
}

func TestTrailingCount(t *testing.T) {
	s := loadSet(t)
	layout := latest(t, s, "device")
	two := cat(legacyV2(1, "a"), legacyV2(1, "b"))
	cases := []struct {
		name     string
		data     []byte
		errorMsg string
		list     string
	}{
		{"count 1 against 2", device(2, two, trailingVec(sizedIface(4, "a", 0, nil, nil))),
			`"DeserializeDevice: interfaces length 1 != deprecated_interfaces length 2"`, `null`},
		{"explicit count 0 against 2", device(2, two, u32(0)),
			`"DeserializeDevice: interfaces length 0 != deprecated_interfaces length 2"`, `null`},
		{"2 stray bytes", device(2, two, []byte{1, 2}),
			`"DeserializeDevice: interfaces length 0 != deprecated_interfaces length 2"`, `null`},
		{"empty legacy, 3 stray bytes", device(0, nil, []byte{1, 2, 3}), `null`, `[]`},
		{"empty legacy, no bytes", device(0, nil), `null`, `[]`},
		{"junk on a legacy device", device(2, two, u32(7), []byte{1}),
			`"DeserializeDevice: interfaces length 7 != deprecated_interfaces length 2"`, `null`},
	}
	for _, c := range cases {
		v := decodeOK(t, layout, c.data)
		expect(t, v["deserialize_error"], c.errorMsg, c.name)
		expect(t, v["interfaces"], c.list, c.name)
		expect(t, v["max_multicast_publishers"], `10`, c.name, "other fields stay filled")
	}
}

// Versions without rebuild_interfaces read the legacy list the same way and stop there; the
// pre-tag versions (a struct list) guard with the struct's smallest encoding.
func TestPreTrailingDeviceVersions(t *testing.T) {
	s := loadSet(t)
	v := decodeOK(t, "device@v14", cat(device(1, legacyV2(1, "a")), []byte{1, 2, 3, 4, 5}))
	if _, has := v["interfaces"]; has {
		t.Error("device@v14 has no trailing list")
	}
	expect(t, v["deserialize_error"], `null`)
	expect(t, v["max_multicast_publishers"], `10`)

	pre := func(count uint32, elems []byte) []byte {
		return cat(devicePrefix(), u32(count), elems, u32(12))
	}
	elem := cat([]byte{1}, str("lo"), []byte{1, 2}, u16(5), []byte{10, 0, 0, 1, 32}, u16(100), []byte{1})
	v = decodeOK(t, "device@v5", pre(1, elem))
	expect(t, at(t, v, "deprecated_interfaces", 0), `{"version":1,"name":"6c6f",
		"interface_type":{"value":1,"label":"loopback"},"loopback_type":{"value":2,"label":"ipv4"},"vlan_id":5,
		"ip_net":"10.0.0.1/32","node_segment_idx":100,"user_tunnel_endpoint":true}`)
	expect(t, v["reference_count"], `12`)
	// 2 × 17 > 4 + 17 bytes left: the guard fires.
	v = decodeOK(t, "device@v5", pre(2, elem))
	expect(t, v["deprecated_interfaces"], `[]`)
	expect(t, v["reference_count"], `0`)
	_ = s
}
