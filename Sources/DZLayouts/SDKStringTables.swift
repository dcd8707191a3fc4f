/// The labels of TypeScript's `xxxString(v)` helpers (state.ts) and Python's `__str__` (state.py), which
/// agree value for value: both follow the SDKs' enum_strings.json. Each SDK's file adds what it does for a
/// value its table lacks (TypeScript: a label; Python: a raise) and its exceptions.
extension SDKKnowledge {
    private static let cyoa: [(UInt8, String)] = [
        (0, "none"), (1, "gre_over_dia"), (2, "gre_over_fabric"), (3, "gre_over_private_peering"),
        (4, "gre_over_public_peering"), (5, "gre_over_cable"),
    ]

    /// Program enum, the SDKs' type name, and their labels.
    static let stringTables: [(id: EnumID, typeName: String, labels: [(UInt8, String)])] = [
        ("UserType", "UserUserType", [(0, "ibrl"), (1, "ibrl_with_allocated_ip"), (2, "edge_filtering"), (3, "multicast")]),
        ("UserCYOA", "CyoaType", cyoa),
        // 2 (SuspendedDeprecated, a real program value) is missing from the tables.
        ("UserStatus", "UserStatus", [
            (0, "pending (deprecated)"), (1, "activated"), (3, "deleting"), (4, "rejected (deprecated)"),
            (5, "pending_ban (deprecated)"), (6, "banned"), (7, "updating (deprecated)"), (8, "out_of_credits"),
        ]),
        ("BGPStatus", "BGPStatus", [(0, "unknown"), (1, "up"), (2, "down")]),
        ("DeviceType", "DeviceDeviceType", [(0, "hybrid"), (1, "transit"), (2, "edge")]),
        // Shifted by one from 2 on against the program, the SDKs' bug since 726487cc1: Drained (5) reads
        // "device-provisioning" and LinkProvisioning (7) is missing.
        ("DeviceStatus", "DeviceStatus", [
            (0, "pending (deprecated)"), (1, "activated"), (2, "deleting"), (3, "rejected (deprecated)"), (4, "drained"),
            (5, "device-provisioning"), (6, "link-provisioning"),
        ]),
        ("DeviceHealth", "DeviceHealth", [
            (0, "unknown"), (1, "pending"), (2, "ready_for_links"), (3, "ready_for_users"), (4, "impaired"),
        ]),
        ("DeviceDesiredStatus", "DeviceDesiredStatus", [(0, "pending"), (1, "activated"), (6, "drained")]),
        ("InterfaceStatus", "InterfaceStatus", [
            (0, "invalid"), (1, "unmanaged"), (2, "pending"), (3, "activated"), (4, "deleting"), (5, "rejecting"),
            (6, "unlinked"),
        ]),
        ("InterfaceType", "InterfaceType", [(0, "invalid"), (1, "loopback"), (2, "physical")]),
        // 4 "reserved" has no program variant.
        ("LoopbackType", "LoopbackType", [(0, "none"), (1, "vpnv4"), (2, "ipv4"), (3, "pim_rp_addr"), (4, "reserved")]),
        ("InterfaceCYOA", "InterfaceCYOA", cyoa),
        ("InterfaceDIA", "InterfaceDIA", [(0, "none"), (1, "dia")]),
        ("RoutingMode", "RoutingMode", [(0, "static"), (1, "bgp")]),
        ("LocationStatus", "LocationStatus", [(0, "pending (deprecated)"), (1, "activated"), (2, "suspended")]),
        ("ExchangeStatus", "ExchangeStatus", [(0, "pending (deprecated)"), (1, "activated"), (2, "suspended")]),
        // No 0: Python's IntEnum raises on it.
        ("LinkLinkType", "LinkLinkType", [(1, "WAN"), (127, "DZX")]),
        ("LinkStatus", "LinkStatus", [
            (0, "pending (deprecated)"), (1, "activated"), (3, "deleting"), (4, "rejected (deprecated)"), (5, "requested"),
            (6, "hard-drained"), (7, "soft-drained"), (8, "provisioning"),
        ]),
        ("LinkHealth", "LinkHealth", [(0, "unknown"), (1, "pending"), (2, "ready_for_service"), (3, "impaired")]),
        ("LinkDesiredStatus", "LinkDesiredStatus", [(0, "pending"), (1, "activated"), (6, "hard-drained"), (7, "soft-drained")]),
        ("ContributorStatus", "ContributorStatus", [(0, "none"), (1, "activated"), (2, "suspended"), (3, "deleting")]),
        ("MulticastGroupStatus", "MulticastGroupStatus", [
            (0, "pending (deprecated)"), (1, "activated"), (2, "suspended"), (3, "deleting"), (4, "rejected (deprecated)"),
        ]),
        ("AccessPassStatus", "AccessPassStatus", [(0, "requested"), (1, "connected"), (2, "disconnected"), (3, "expired (deprecated)")]),
        ("TenantPaymentStatus", "TenantPaymentStatus", [(0, "delinquent"), (1, "paid")]),
        // 3 "deleting" has no program variant.
        ("PermissionStatus", "PermissionStatus", [(0, "none"), (1, "activated"), (2, "suspended"), (3, "deleting")]),
        ("TopologyConstraint", "TopologyConstraint", [(0, "include-any"), (1, "exclude")]),
    ]

    /// `stringTables` with each SDK's behaviour for an unlisted value, plus the enums it keeps as numbers.
    static func stringEnums(numbers: [EnumID], unlisted: (EnumID) -> SDKEnum.Unlisted) -> [EnumID: SDKEnum] {
        var enums = Dictionary(uniqueKeysWithValues: stringTables.map { table in
            (table.id, SDKEnum.labels(table.typeName, table.labels, unlisted: unlisted(table.id)))
        })
        for id in numbers { enums[id] = .number }
        return enums
    }
}
