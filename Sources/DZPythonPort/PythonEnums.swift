import DZCodec
import DZJSON
import DZLayouts

/// One of the Python SDK's IntEnum classes (docs/readers.md §4): the class name Python puts in
/// `N is not a valid <Class>`, and `str(member)` (the SDK overrides `__str__`) for each member.
/// A class, so that a reading step holding it costs one reference.
final class PythonIntEnum: Sendable {
    let className: String
    /// Indexed by value; nil where the class has no member, so that value raises at decode.
    private let labels: [String?]

    init(_ className: String, _ members: [(UInt8, String)]) {
        self.className = className
        var labels = [String?](repeating: nil, count: Int(members.map(\.0).max() ?? 0) + 1)
        for (value, label) in members { labels[Int(value)] = label }
        self.labels = labels
    }

    func label(of value: UInt8) -> String? { Int(value) < labels.count ? labels[Int(value)] : nil }
    func contains(_ value: UInt8) -> Bool { label(of: value) != nil }
}

/// How the SDK holds a byte that the program calls an enum.
enum PythonEnumKind: Sendable {
    /// Kept as read, never checked (account_type, the pre-2025-08 interface version).
    case bareInt
    case intEnum(PythonIntEnum)
}

/// The SDK's classes, keyed by the Rust enum names layouts.json uses; the native reader's table.
enum PythonEnums {
    private static let cyoa: [(UInt8, String)] = [
        (0, "none"), (1, "gre_over_dia"), (2, "gre_over_fabric"), (3, "gre_over_private_peering"),
        (4, "gre_over_public_peering"), (5, "gre_over_cable"),
    ]

    static let byRustName: [EnumID: PythonEnumKind] = [
        "AccountType": .bareInt,
        "UserType": .intEnum(PythonIntEnum("UserUserType", [
            (0, "ibrl"), (1, "ibrl_with_allocated_ip"), (2, "edge_filtering"), (3, "multicast"),
        ])),
        "UserCYOA": .intEnum(PythonIntEnum("CyoaType", cyoa)),
        // The SDK lacks Rust's 2 (SuspendedDeprecated): that real value raises.
        "UserStatus": .intEnum(PythonIntEnum("UserStatus", [
            (0, "pending (deprecated)"), (1, "activated"), (3, "deleting"), (4, "rejected (deprecated)"),
            (5, "pending_ban (deprecated)"), (6, "banned"), (7, "updating (deprecated)"), (8, "out_of_credits"),
        ])),
        "BGPStatus": .intEnum(PythonIntEnum("BGPStatus", [(0, "unknown"), (1, "up"), (2, "down")])),
        "DeviceType": .intEnum(PythonIntEnum("DeviceDeviceType", [(0, "hybrid"), (1, "transit"), (2, "edge")])),
        // Shifted by one from 2 on compared with Rust (the SDK's bug since 726487cc1); 7 raises.
        "DeviceStatus": .intEnum(PythonIntEnum("DeviceStatus", [
            (0, "pending (deprecated)"), (1, "activated"), (2, "deleting"), (3, "rejected (deprecated)"),
            (4, "drained"), (5, "device-provisioning"), (6, "link-provisioning"),
        ])),
        "DeviceHealth": .intEnum(PythonIntEnum("DeviceHealth", [
            (0, "unknown"), (1, "pending"), (2, "ready_for_links"), (3, "ready_for_users"), (4, "impaired"),
        ])),
        "DeviceDesiredStatus": .intEnum(PythonIntEnum("DeviceDesiredStatus", [
            (0, "pending"), (1, "activated"), (6, "drained"),
        ])),
        "InterfaceStatus": .intEnum(PythonIntEnum("InterfaceStatus", [
            (0, "invalid"), (1, "unmanaged"), (2, "pending"), (3, "activated"), (4, "deleting"), (5, "rejecting"),
            (6, "unlinked"),
        ])),
        "InterfaceType": .intEnum(PythonIntEnum("InterfaceType", [(0, "invalid"), (1, "loopback"), (2, "physical")])),
        // 4 "reserved" exists in the SDK only.
        "LoopbackType": .intEnum(PythonIntEnum("LoopbackType", [
            (0, "none"), (1, "vpnv4"), (2, "ipv4"), (3, "pim_rp_addr"), (4, "reserved"),
        ])),
        "InterfaceCYOA": .intEnum(PythonIntEnum("InterfaceCYOA", cyoa)),
        "InterfaceDIA": .intEnum(PythonIntEnum("InterfaceDIA", [(0, "none"), (1, "dia")])),
        "RoutingMode": .intEnum(PythonIntEnum("RoutingMode", [(0, "static"), (1, "bgp")])),
        "InterfaceVersion": .bareInt,
    ]

    /// The SDK's class for a Rust enum; a name the SDK model does not know is a layout error, as in
    /// the native reader.
    static func kind(of id: EnumID) throws(PythonRaise) -> PythonEnumKind {
        guard let kind = byRustName[id] else { throw .layout("no Python SDK class is known for enum \(id)") }
        return kind
    }
}

/// The Python reader's rendering: `{"value", "label": str(member)}` for IntEnum fields, a bare number
/// for bytes the SDK keeps as ints, and u128 as the exact decimal integer.
public struct PythonPresentation: ReaderPresentation {
    public init() {}

    public func enumeration(_ raw: UInt8, of id: EnumID, field: String) -> JSONValue {
        guard case .intEnum(let cls)? = PythonEnums.byRustName[id] else { return .integer(Int64(raw)) }
        return .object(["value": .integer(Int64(raw)), "label": cls.label(of: raw).map(JSONValue.string) ?? .null])
    }

    public func u128(_ value: UInt128) -> JSONValue { .string(String(value)) }
}
