import DZCodec
import DZJSON
import DZLayouts

/// A Go SDK enum type and its `String()` (docs/readers.md §4.1, §4.2).
struct GoEnumType: Sendable {
    /// What String() does for a value past the table.
    enum PastTable: Sendable {
        /// Array-indexed String(): index out of range.
        case panics
        /// A switch default: "unknown".
        case unknown
        /// fmt's default: "TypeName(N)".
        case typeName
    }

    var goName: String
    var labels: [String]
    var pastTable: PastTable

    /// What the contract prints where String() panics.
    static let panicLabel = "<panic>"

    func label(_ raw: UInt8) -> String {
        if Int(raw) < labels.count { return labels[Int(raw)] }
        switch pastTable {
        case .panics: return Self.panicLabel
        case .unknown: return "unknown"
        case .typeName: return "\(goName)(\(raw))"
        }
    }

    /// The Go type of each program (Rust) enum. nil: the Go struct field is a bare uint8 and prints as a
    /// number (AccountType; User.BgpStatus is declared uint8, not BGPStatus; the pre-tag interface
    /// Version byte). Labels copy sdk-go-spec's table, including the Go SDK's own choices: CyoaType 0
    /// "unknown", UserStatus 3 "deleted", DeviceStatus following Rust (2 unused), not the TS/Python shift.
    static let byProgramEnum: [String: GoEnumType?] = [
        "AccountType": nil,
        "BGPStatus": nil,
        "InterfaceVersion": nil,
        "UserType": GoEnumType(goName: "UserUserType",
                               labels: ["ibrl", "ibrl_with_allocated_ip", "edge_filtering", "multicast"], pastTable: .panics),
        "UserCYOA": GoEnumType(goName: "CyoaType", labels: [
            "unknown", "gre_over_dia", "gre_over_fabric", "gre_over_private_peering", "gre_over_public_peering",
            "gre_over_cable",
        ], pastTable: .panics),
        "UserStatus": GoEnumType(goName: "UserStatus", labels: [
            "pending (deprecated)", "activated", "suspended (deprecated)", "deleted", "rejected (deprecated)",
            "pending_ban (deprecated)", "banned", "updating (deprecated)", "out_of_credits",
        ], pastTable: .unknown),
        "DeviceType": GoEnumType(goName: "DeviceDeviceType", labels: ["hybrid", "transit", "edge"], pastTable: .panics),
        "DeviceStatus": GoEnumType(goName: "DeviceStatus", labels: [
            "pending (deprecated)", "activated", "unknown", "deleting", "rejected (deprecated)", "drained",
            "device-provisioning", "link-provisioning",
        ], pastTable: .unknown),
        "DeviceHealth": GoEnumType(goName: "DeviceHealth",
                                   labels: ["unknown", "pending", "ready_for_links", "ready_for_users", "impaired"],
                                   pastTable: .typeName),
        "DeviceDesiredStatus": GoEnumType(goName: "DeviceDesiredStatus", labels: [
            "pending", "activated", "unknown", "unknown", "unknown", "unknown", "drained",
        ], pastTable: .unknown),
        "InterfaceStatus": GoEnumType(goName: "InterfaceStatus", labels: [
            "invalid", "unmanaged", "pending", "activated", "deleting", "rejecting", "unlinked",
        ], pastTable: .panics),
        "InterfaceType": GoEnumType(goName: "InterfaceType", labels: ["invalid", "loopback", "physical"], pastTable: .panics),
        "LoopbackType": GoEnumType(goName: "LoopbackType",
                                   labels: ["none", "vpnv4", "ipv4", "pim_rp_addr", "reserved"], pastTable: .panics),
        "InterfaceCYOA": GoEnumType(goName: "InterfaceCYOA", labels: [
            "none", "gre_over_dia", "gre_over_fabric", "gre_over_private_peering", "gre_over_public_peering",
            "gre_over_cable",
        ], pastTable: .panics),
        "InterfaceDIA": GoEnumType(goName: "InterfaceDIA", labels: ["none", "dia"], pastTable: .panics),
        "RoutingMode": GoEnumType(goName: "RoutingMode", labels: ["static", "bgp"], pastTable: .panics),
    ]
}

/// How the Go SDK presents values: enum labels from String(), bare numbers for uint8 fields, and
/// Uint128 as `{High, Low}` with the halves swapped (High is the LE u64 of bytes 0..7).
public struct GoPresentation: ReaderPresentation {
    public init() {}

    /// An enum with no Go type (none in the registry; sdk-go-spec refuses such a layout) prints as a number.
    public func enumeration(_ raw: UInt8, of id: EnumID, field: String) -> JSONValue {
        guard case let type?? = GoEnumType.byProgramEnum[id.name] else { return .integer(Int64(raw)) }
        return .object(["value": .integer(Int64(raw)), "label": .string(type.label(raw))])
    }

    public func u128(_ value: UInt128) -> JSONValue {
        .object([
            "High": .string(String(UInt64(truncatingIfNeeded: value))),
            "Low": .string(String(UInt64(truncatingIfNeeded: value >> 64))),
        ])
    }
}
