package reader

import (
	"encoding/json"
	"strconv"
	"testing"
)

// docs/readers.md §4.2, Go column: one row per value class of every enum.
func TestGoStringLabels(t *testing.T) {
	cases := []struct {
		enum  string
		value uint8
		label string
	}{
		{"UserType", 0, "ibrl"}, {"UserType", 3, "multicast"}, {"UserType", 4, panicLabel}, {"UserType", 99, panicLabel},
		{"UserCYOA", 0, "unknown"}, {"UserCYOA", 1, "gre_over_dia"}, {"UserCYOA", 5, "gre_over_cable"},
		{"UserCYOA", 6, panicLabel},
		{"UserStatus", 0, "pending (deprecated)"}, {"UserStatus", 1, "activated"},
		{"UserStatus", 2, "suspended (deprecated)"}, {"UserStatus", 3, "deleted"},
		{"UserStatus", 5, "pending_ban (deprecated)"}, {"UserStatus", 8, "out_of_credits"}, {"UserStatus", 9, "unknown"},
		{"DeviceType", 2, "edge"}, {"DeviceType", 3, panicLabel},
		{"DeviceStatus", 0, "pending (deprecated)"}, {"DeviceStatus", 2, "unknown"}, {"DeviceStatus", 3, "deleting"},
		{"DeviceStatus", 4, "rejected (deprecated)"}, {"DeviceStatus", 5, "drained"},
		{"DeviceStatus", 6, "device-provisioning"}, {"DeviceStatus", 7, "link-provisioning"},
		{"DeviceStatus", 8, "unknown"},
		{"DeviceHealth", 4, "impaired"}, {"DeviceHealth", 5, "DeviceHealth(5)"}, {"DeviceHealth", 99, "DeviceHealth(99)"},
		{"DeviceDesiredStatus", 1, "activated"}, {"DeviceDesiredStatus", 2, "unknown"},
		{"DeviceDesiredStatus", 6, "drained"}, {"DeviceDesiredStatus", 7, "unknown"},
		{"InterfaceStatus", 6, "unlinked"}, {"InterfaceStatus", 7, panicLabel},
		{"InterfaceType", 2, "physical"}, {"InterfaceType", 3, panicLabel},
		{"LoopbackType", 4, "reserved"}, {"LoopbackType", 5, panicLabel},
		{"InterfaceCYOA", 0, "none"}, {"InterfaceCYOA", 5, "gre_over_cable"}, {"InterfaceCYOA", 6, panicLabel},
		{"InterfaceDIA", 1, "dia"}, {"InterfaceDIA", 2, panicLabel},
		{"RoutingMode", 1, "bgp"}, {"RoutingMode", 2, panicLabel}, {"RoutingMode", 255, panicLabel},
	}
	for _, c := range cases {
		if got := loadSet(t).enums[c.enum].Label(c.value); got != c.label {
			t.Errorf("%s %d: got %q, want %q", c.enum, c.value, got, c.label)
		}
	}
}

// The Go SDK has no enum_strings test; docs/readers.md §4.2 lists where it differs from enum_strings.json.
// Everything else must match, so this also checks the tables against the upstream file.
func TestLabelsAgainstEnumStrings(t *testing.T) {
	var file map[string]map[string]string
	if err := json.Unmarshal(readReference(t, "enum_strings.json"), &file); err != nil {
		t.Fatal(err)
	}
	differs := map[string]bool{
		"CyoaType 0": true, "UserStatus 3": true, "DeviceHealth 99": true,
		"DeviceStatus 2": true, "DeviceStatus 3": true, "DeviceStatus 4": true, "DeviceStatus 5": true, "DeviceStatus 6": true,
		"CyoaType 99": true, "DeviceDeviceType 99": true, "InterfaceStatus 99": true, "InterfaceType 99": true,
		"LoopbackType 99": true, "UserUserType 99": true,
		// The new accounts' enums: LinkHealth past its table is fmt's `LinkHealth(N)`; ContributorStatus
		// labels 0 "pending" (both in policy/divergences.json).
		"LinkHealth 99": true, "ContributorStatus 0": true,
	}
	checked := 0
	for _, e := range loadSet(t).enums {
		if file[e.goName] == nil {
			continue
		}
		for v, want := range file[e.goName] {
			n, _ := strconv.Atoi(v)
			id := e.goName + " " + v
			if got := e.Label(uint8(n)); (got != want) != differs[id] {
				t.Errorf("%s: Go %q, enum_strings.json %q, listed as differing: %v", id, got, want, differs[id])
			}
			checked++
		}
	}
	if checked < 60 {
		t.Errorf("only %d labels compared", checked)
	}
}

// Rendering: typed enums as {value, label}; fields the Go struct keeps as bare uint8 as numbers.
func TestEnumRendering(t *testing.T) {
	s := loadSet(t)
	user := make([]byte, 178) // no publishers or subscribers: bgp_status is at 177
	user[0], user[50], user[115], user[131], user[177] = 7, 9, 9, 2, 7
	v := decodeOK(t, latest(t, s, "user"), user)
	expect(t, v["account_type"], `7`, "account_type")
	expect(t, v["user_type"], `{"value":9,"label":"<panic>"}`, "user_type")
	expect(t, v["cyoa_type"], `{"value":9,"label":"<panic>"}`, "cyoa_type")
	expect(t, v["status"], `{"value":2,"label":"suspended (deprecated)"}`, "status")
	expect(t, v["bgp_status"], `7`, "bgp_status")
	expect(t, v["tunnel_flags"], `0`, "tunnel_flags")
}
