package reader

import "strconv"

// How a Go enum's String() behaves for a value past its known labels (docs/readers.md §4.1, §4.2).
type fallback int

const (
	fbPanic   fallback = iota // array-indexed String(): index out of range
	fbUnknown                 // switch default: "unknown"
	fbTyped                   // fmt default: "TypeName(N)"
)

// panicLabel is what the contract prints where the SDK's String() panics.
const panicLabel = "<panic>"

// goEnum is the Go SDK type a layouts.json (Rust) enum name maps to.
type goEnum struct {
	goName   string
	labels   []string // String() for 0..len-1
	fallback fallback
}

// goEnums maps the Rust enum names used in layouts.json to the Go SDK's types. A nil entry means the
// Go struct field is a bare uint8 and prints as a number: User.BgpStatus is declared uint8 (not
// BGPStatus), AccountType prints as a number (docs/readers.md §3.1, §6), and the pre-tag interface
// Version byte is the same uint8 Version field the later interfaces have.
var goEnums = map[string]*goEnum{
	"AccountType":      nil,
	"BGPStatus":        nil,
	"InterfaceVersion": nil,
	"UserType":         {"UserUserType", []string{"ibrl", "ibrl_with_allocated_ip", "edge_filtering", "multicast"}, fbPanic},
	// CyoaType labels 0 "unknown" (TS and Python say "none").
	"UserCYOA": {"CyoaType", []string{"unknown", "gre_over_dia", "gre_over_fabric", "gre_over_private_peering",
		"gre_over_public_peering", "gre_over_cable"}, fbPanic},
	// Go labels 2 "suspended (deprecated)" and 3 "deleted".
	"UserStatus": {"UserStatus", []string{"pending (deprecated)", "activated", "suspended (deprecated)", "deleted",
		"rejected (deprecated)", "pending_ban (deprecated)", "banned", "updating (deprecated)", "out_of_credits"}, fbUnknown},
	"DeviceType": {"DeviceDeviceType", []string{"hybrid", "transit", "edge"}, fbPanic},
	// Go follows Rust (2 is unused); TS and Python shift every label from 2 on.
	"DeviceStatus": {"DeviceStatus", []string{"pending (deprecated)", "activated", "unknown", "deleting",
		"rejected (deprecated)", "drained", "device-provisioning", "link-provisioning"}, fbUnknown},
	"DeviceHealth": {"DeviceHealth", []string{"unknown", "pending", "ready_for_links", "ready_for_users", "impaired"}, fbTyped},
	"DeviceDesiredStatus": {"DeviceDesiredStatus", []string{"pending", "activated", "unknown", "unknown", "unknown",
		"unknown", "drained"}, fbUnknown},
	"InterfaceStatus": {"InterfaceStatus", []string{"invalid", "unmanaged", "pending", "activated", "deleting",
		"rejecting", "unlinked"}, fbPanic},
	"InterfaceType": {"InterfaceType", []string{"invalid", "loopback", "physical"}, fbPanic},
	"LoopbackType":  {"LoopbackType", []string{"none", "vpnv4", "ipv4", "pim_rp_addr", "reserved"}, fbPanic},
	"InterfaceCYOA": {"InterfaceCYOA", []string{"none", "gre_over_dia", "gre_over_fabric", "gre_over_private_peering",
		"gre_over_public_peering", "gre_over_cable"}, fbPanic},
	"InterfaceDIA": {"InterfaceDIA", []string{"none", "dia"}, fbPanic},
	"RoutingMode":  {"RoutingMode", []string{"static", "bgp"}, fbPanic},
}

// Label is what String() gives for v, or panicLabel where it panics.
func (e *goEnum) Label(v uint8) string {
	if int(v) < len(e.labels) {
		return e.labels[v]
	}
	switch e.fallback {
	case fbUnknown:
		return "unknown"
	case fbTyped:
		return e.goName + "(" + strconv.Itoa(int(v)) + ")"
	}
	return panicLabel
}

// rendered holds the JSON form of every byte value, built once so that decoding stays cheap.
type renderedEnum [256][]byte

func (e *goEnum) render() *renderedEnum {
	var out renderedEnum
	for v := 0; v < 256; v++ {
		b := append([]byte(`{"value":`), strconv.Itoa(v)...)
		b = append(b, `,"label":`...)
		out[v] = append(appendJSONString(b, e.Label(uint8(v))), '}')
	}
	return &out
}
