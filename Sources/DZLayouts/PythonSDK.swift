/// The Python SDK (`sdk/serviceability/python/serviceability/state.py`): its IntEnum classes, which
/// raise `ValueError` for a value they lack when the byte is wrapped, with `str(member)` labels
/// (docs/reader-contract.md §1), and its account readers.
extension SDKKnowledge {
    private static let pyCYOA: [(UInt8, String)] = [
        (0, "none"), (1, "gre_over_dia"), (2, "gre_over_fabric"), (3, "gre_over_private_peering"),
        (4, "gre_over_public_peering"), (5, "gre_over_cable"),
    ]

    private static func intEnum(_ className: String, _ pairs: [(UInt8, String)]) -> SDKEnum {
        .labels(className, pairs, unlisted: .raise)
    }

    public static let python = SDKKnowledge(
        id: "py", name: "Python",
        enums: [
            // Kept as read, never checked: account_type and the pre-2025-08 interface version byte.
            "AccountType": .number,
            "InterfaceVersion": .number,
            "UserType": intEnum("UserUserType", [(0, "ibrl"), (1, "ibrl_with_allocated_ip"), (2, "edge_filtering"), (3, "multicast")]),
            "UserCYOA": intEnum("CyoaType", pyCYOA),
            // The SDK lacks the program's 2 (SuspendedDeprecated): that real value raises.
            "UserStatus": intEnum("UserStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (3, "deleting"), (4, "rejected (deprecated)"),
                (5, "pending_ban (deprecated)"), (6, "banned"), (7, "updating (deprecated)"), (8, "out_of_credits"),
            ]),
            "BGPStatus": intEnum("BGPStatus", [(0, "unknown"), (1, "up"), (2, "down")]),
            "DeviceType": intEnum("DeviceDeviceType", [(0, "hybrid"), (1, "transit"), (2, "edge")]),
            // Shifted by one from 2 on against the program (the SDK's bug since 726487cc1); 7 raises.
            "DeviceStatus": intEnum("DeviceStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (2, "deleting"), (3, "rejected (deprecated)"),
                (4, "drained"), (5, "device-provisioning"), (6, "link-provisioning"),
            ]),
            "DeviceHealth": intEnum("DeviceHealth", [
                (0, "unknown"), (1, "pending"), (2, "ready_for_links"), (3, "ready_for_users"), (4, "impaired"),
            ]),
            "DeviceDesiredStatus": intEnum("DeviceDesiredStatus", [(0, "pending"), (1, "activated"), (6, "drained")]),
            "InterfaceStatus": intEnum("InterfaceStatus", [
                (0, "invalid"), (1, "unmanaged"), (2, "pending"), (3, "activated"), (4, "deleting"), (5, "rejecting"),
                (6, "unlinked"),
            ]),
            "InterfaceType": intEnum("InterfaceType", [(0, "invalid"), (1, "loopback"), (2, "physical")]),
            // 4 "reserved" exists in the SDK only.
            "LoopbackType": intEnum("LoopbackType", [(0, "none"), (1, "vpnv4"), (2, "ipv4"), (3, "pim_rp_addr"), (4, "reserved")]),
            "InterfaceCYOA": intEnum("InterfaceCYOA", pyCYOA),
            "InterfaceDIA": intEnum("InterfaceDIA", [(0, "none"), (1, "dia")]),
            "RoutingMode": intEnum("RoutingMode", [(0, "static"), (1, "bgp")]),
            "LocationStatus": intEnum("LocationStatus", [(0, "pending (deprecated)"), (1, "activated"), (2, "suspended")]),
            "ExchangeStatus": intEnum("ExchangeStatus", [(0, "pending (deprecated)"), (1, "activated"), (2, "suspended")]),
            // No member 0: a Link cut before link_type reads 0 and raises.
            "LinkLinkType": intEnum("LinkLinkType", [(1, "WAN"), (127, "DZX")]),
            "LinkStatus": intEnum("LinkStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (3, "deleting"), (4, "rejected (deprecated)"), (5, "requested"),
                (6, "hard-drained"), (7, "soft-drained"), (8, "provisioning"),
            ]),
            "LinkHealth": intEnum("LinkHealth", [(0, "unknown"), (1, "pending"), (2, "ready_for_service"), (3, "impaired")]),
            "LinkDesiredStatus": intEnum("LinkDesiredStatus", [(0, "pending"), (1, "activated"), (6, "hard-drained"), (7, "soft-drained")]),
            "ContributorStatus": intEnum("ContributorStatus", [(0, "none"), (1, "activated"), (2, "suspended"), (3, "deleting")]),
            "MulticastGroupStatus": intEnum("MulticastGroupStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (2, "suspended"), (3, "deleting"), (4, "rejected (deprecated)"),
            ]),
            "AccessPassStatus": intEnum("AccessPassStatus", [(0, "requested"), (1, "connected"), (2, "disconnected"), (3, "expired (deprecated)")]),
            // Tenant.payment_status is read as a plain int (state.py:1029), never wrapped.
            "TenantPaymentStatus": .number,
            // 3 "deleting" has no program variant.
            "PermissionStatus": intEnum("PermissionStatus", [(0, "none"), (1, "activated"), (2, "suspended"), (3, "deleting")]),
            "TopologyConstraint": intEnum("TopologyConstraint", [(0, "include-any"), (1, "exclude")]),
        ],
        // state.py has no reader for ResourceExtension or Index. Link reads link_flags with read_u8
        // (state.py:839) where the program writes a u32; TopologyInfo ends at constraint (state.py:1234),
        // never reading reference_count. Tenant and AccessPass are read by the SDK but not yet modelled
        // by the ports: left out, they answer NoReader.
        readers: [
            "user": .asProgram, "device": .asProgram, "global_state": .asProgram, "reservation": .asProgram,
            "global_config": .asProgram, "location": .asProgram, "exchange": .asProgram,
            "link": AccountReader(retyped: ["link_flags": .u8]),
            "multicast_group": .asProgram, "program_config": .asProgram, "contributor": .asProgram,
            "permission": .asProgram, "topology": AccountReader(stopsBefore: "reference_count"), "feed": .asProgram,
        ])
}
