import DZCodec
import DZJSON
import DZLayouts

/// The TS SDK's `xxxString(v)` helpers, keyed by the program's enum name (docs/readers.md §4.2). A value
/// missing from a table reads "unknown".
enum TypeScriptLabels {
    private static let cyoa: [UInt8: String] = [
        0: "none", 1: "gre_over_dia", 2: "gre_over_fabric", 3: "gre_over_private_peering",
        4: "gre_over_public_peering", 5: "gre_over_cable",
    ]

    static let tables: [String: [UInt8: String]] = [
        "UserType": [0: "ibrl", 1: "ibrl_with_allocated_ip", 2: "edge_filtering", 3: "multicast"],
        "UserCYOA": cyoa,  // the SDK's CyoaType
        // 2 (SuspendedDeprecated, a real Rust value) is missing from the SDK table.
        "UserStatus": [
            0: "pending (deprecated)", 1: "activated", 3: "deleting", 4: "rejected (deprecated)",
            5: "pending_ban (deprecated)", 6: "banned", 7: "updating (deprecated)", 8: "out_of_credits",
        ],
        "BGPStatus": [0: "unknown", 1: "up", 2: "down"],
        "DeviceType": [0: "hybrid", 1: "transit", 2: "edge"],  // the SDK's DeviceDeviceType
        // Shifted by one from 2 on against Rust, the SDK bug since 726487cc1: Drained (5) reads
        // "device-provisioning" and LinkProvisioning (7) "unknown".
        "DeviceStatus": [
            0: "pending (deprecated)", 1: "activated", 2: "deleting", 3: "rejected (deprecated)", 4: "drained",
            5: "device-provisioning", 6: "link-provisioning",
        ],
        "DeviceHealth": [0: "unknown", 1: "pending", 2: "ready_for_links", 3: "ready_for_users", 4: "impaired"],
        "DeviceDesiredStatus": [0: "pending", 1: "activated", 6: "drained"],
        "InterfaceStatus": [
            0: "invalid", 1: "unmanaged", 2: "pending", 3: "activated", 4: "deleting", 5: "rejecting", 6: "unlinked",
        ],
        "InterfaceType": [0: "invalid", 1: "loopback", 2: "physical"],
        // 4 "reserved" has no Rust variant but is in the SDK table.
        "LoopbackType": [0: "none", 1: "vpnv4", 2: "ipv4", 3: "pim_rp_addr", 4: "reserved"],
        "InterfaceCYOA": cyoa,
        "InterfaceDIA": [0: "none", 1: "dia"],
        "RoutingMode": [0: "static", 1: "bgp"],
    ]

    /// Enums the SDK keeps as a bare number with no helper: the account type byte and the pre-enum
    /// interface version byte.
    static let bare: Set<String> = ["AccountType", "InterfaceVersion"]

    /// Whether the native reader can render this enum (otherwise it refuses the layout).
    static func covers(_ id: EnumID) -> Bool { bare.contains(id.name) || tables[id.name] != nil }
}

/// How the TS reader's values render (reader-contract §3): enums as `{"value", "label"}` with the SDK
/// helper's label (or a bare number), u128 as the bigint's decimal text.
public struct TypeScriptPresentation: ReaderPresentation {
    public init() {}

    public func enumeration(_ raw: UInt8, of id: EnumID, field: String) -> JSONValue {
        if TypeScriptLabels.bare.contains(id.name) { return .integer(Int64(raw)) }
        let label = TypeScriptLabels.tables[id.name]?[raw] ?? "unknown"
        return .object(["value": .integer(Int64(raw)), "label": .string(label)])
    }

    public func u128(_ value: UInt128) -> JSONValue { .string(String(value)) }
}
