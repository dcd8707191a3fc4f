/// The TypeScript SDK (`sdk/serviceability/typescript/serviceability/state.ts`): the labels of its
/// `xxxString(v)` helpers, which give "unknown" for a value they lack (docs/reader-contract.md §1),
/// and its account readers.
extension SDKKnowledge {
    private static let tsCYOA: [(UInt8, String)] = [
        (0, "none"), (1, "gre_over_dia"), (2, "gre_over_fabric"), (3, "gre_over_private_peering"),
        (4, "gre_over_public_peering"), (5, "gre_over_cable"),
    ]

    private static func tsLabels(_ sdkName: String, _ pairs: [(UInt8, String)]) -> SDKEnum {
        .labels(sdkName, pairs, unlisted: .label("unknown"))
    }

    public static let typeScript = SDKKnowledge(
        id: "ts", name: "TypeScript",
        enums: [
            // Kept as a bare number with no helper: the account type byte and the pre-enum interface version.
            "AccountType": .number,
            "InterfaceVersion": .number,
            "UserType": tsLabels("UserUserType", [(0, "ibrl"), (1, "ibrl_with_allocated_ip"), (2, "edge_filtering"), (3, "multicast")]),
            "UserCYOA": tsLabels("CyoaType", tsCYOA),
            // 2 (SuspendedDeprecated, a real program value) is missing from the SDK table.
            "UserStatus": tsLabels("UserStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (3, "deleting"), (4, "rejected (deprecated)"),
                (5, "pending_ban (deprecated)"), (6, "banned"), (7, "updating (deprecated)"), (8, "out_of_credits"),
            ]),
            "BGPStatus": tsLabels("BGPStatus", [(0, "unknown"), (1, "up"), (2, "down")]),
            "DeviceType": tsLabels("DeviceDeviceType", [(0, "hybrid"), (1, "transit"), (2, "edge")]),
            // Shifted by one from 2 on against the program, the SDK bug since 726487cc1: Drained (5) reads
            // "device-provisioning" and LinkProvisioning (7) "unknown".
            "DeviceStatus": tsLabels("DeviceStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (2, "deleting"), (3, "rejected (deprecated)"), (4, "drained"),
                (5, "device-provisioning"), (6, "link-provisioning"),
            ]),
            "DeviceHealth": tsLabels("DeviceHealth", [
                (0, "unknown"), (1, "pending"), (2, "ready_for_links"), (3, "ready_for_users"), (4, "impaired"),
            ]),
            "DeviceDesiredStatus": tsLabels("DeviceDesiredStatus", [(0, "pending"), (1, "activated"), (6, "drained")]),
            "InterfaceStatus": tsLabels("InterfaceStatus", [
                (0, "invalid"), (1, "unmanaged"), (2, "pending"), (3, "activated"), (4, "deleting"), (5, "rejecting"),
                (6, "unlinked"),
            ]),
            "InterfaceType": tsLabels("InterfaceType", [(0, "invalid"), (1, "loopback"), (2, "physical")]),
            // 4 "reserved" has no program variant but is in the SDK table.
            "LoopbackType": tsLabels("LoopbackType", [(0, "none"), (1, "vpnv4"), (2, "ipv4"), (3, "pim_rp_addr"), (4, "reserved")]),
            "InterfaceCYOA": tsLabels("InterfaceCYOA", tsCYOA),
            "InterfaceDIA": tsLabels("InterfaceDIA", [(0, "none"), (1, "dia")]),
            "RoutingMode": tsLabels("RoutingMode", [(0, "static"), (1, "bgp")]),
            "LocationStatus": tsLabels("LocationStatus", [(0, "pending (deprecated)"), (1, "activated"), (2, "suspended")]),
            "ExchangeStatus": tsLabels("ExchangeStatus", [(0, "pending (deprecated)"), (1, "activated"), (2, "suspended")]),
            // linkLinkTypeString gives "" past its table.
            "LinkLinkType": .labels("LinkLinkType", [(1, "WAN"), (127, "DZX")], unlisted: .label("")),
            "LinkStatus": tsLabels("LinkStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (3, "deleting"), (4, "rejected (deprecated)"), (5, "requested"),
                (6, "hard-drained"), (7, "soft-drained"), (8, "provisioning"),
            ]),
            "LinkHealth": tsLabels("LinkHealth", [(0, "unknown"), (1, "pending"), (2, "ready_for_service"), (3, "impaired")]),
            "LinkDesiredStatus": tsLabels("LinkDesiredStatus", [(0, "pending"), (1, "activated"), (6, "hard-drained"), (7, "soft-drained")]),
            "ContributorStatus": tsLabels("ContributorStatus", [(0, "none"), (1, "activated"), (2, "suspended"), (3, "deleting")]),
            "MulticastGroupStatus": tsLabels("MulticastGroupStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (2, "suspended"), (3, "deleting"), (4, "rejected (deprecated)"),
            ]),
            "AccessPassStatus": tsLabels("AccessPassStatus", [(0, "requested"), (1, "connected"), (2, "disconnected"), (3, "expired (deprecated)")]),
            "TenantPaymentStatus": tsLabels("TenantPaymentStatus", [(0, "delinquent"), (1, "paid")]),
            // 3 "deleting" has no program variant.
            "PermissionStatus": tsLabels("PermissionStatus", [(0, "none"), (1, "activated"), (2, "suspended"), (3, "deleting")]),
            "TopologyConstraint": tsLabels("TopologyConstraint", [(0, "include-any"), (1, "exclude")]),
        ],
        // state.ts has no reader for Topology, ResourceExtension or Index. Its Link ends at
        // linkDesiredStatus (state.ts:821): link_topologies and link_flags are never read. Tenant and
        // AccessPass are read by the SDK but not yet modelled by the ports: left out, they answer NoReader.
        readers: [
            "user": .asProgram, "device": .asProgram, "global_state": .asProgram, "reservation": .asProgram,
            "global_config": .asProgram, "location": .asProgram, "exchange": .asProgram,
            "link": AccountReader(stopsBefore: "link_topologies"),
            "multicast_group": .asProgram, "program_config": .asProgram, "contributor": .asProgram,
            "permission": .asProgram, "feed": .asProgram,
        ])
}
