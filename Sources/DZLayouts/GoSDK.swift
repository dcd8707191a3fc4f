/// The Go SDK (`smartcontract/sdk/go/serviceability`): its enum types and `String()` tables
/// (docs/reader-contract.md §1), and its account readers.
extension SDKKnowledge {
    public static let go = SDKKnowledge(
        id: "go", name: "Go",
        enums: [
            // Bare uint8 fields: AccountType prints as a number; User.BgpStatus is declared uint8, not
            // BGPStatus; the pre-tag interface Version byte is the same uint8 the later interfaces have.
            "AccountType": .number,
            "BGPStatus": .number,
            "InterfaceVersion": .number,
            "UserType": .array("UserUserType", ["ibrl", "ibrl_with_allocated_ip", "edge_filtering", "multicast"],
                               unlisted: .panic),
            // CyoaType labels 0 "unknown" (TypeScript and Python say "none").
            "UserCYOA": .array("CyoaType", [
                "unknown", "gre_over_dia", "gre_over_fabric", "gre_over_private_peering", "gre_over_public_peering",
                "gre_over_cable",
            ], unlisted: .panic),
            // Go labels 2 "suspended (deprecated)" and 3 "deleted".
            "UserStatus": .array("UserStatus", [
                "pending (deprecated)", "activated", "suspended (deprecated)", "deleted", "rejected (deprecated)",
                "pending_ban (deprecated)", "banned", "updating (deprecated)", "out_of_credits",
            ], unlisted: .label("unknown")),
            "DeviceType": .array("DeviceDeviceType", ["hybrid", "transit", "edge"], unlisted: .panic),
            // Go follows the program (2 is unused); TypeScript and Python shift every label from 2 on.
            "DeviceStatus": .array("DeviceStatus", [
                "pending (deprecated)", "activated", "unknown", "deleting", "rejected (deprecated)", "drained",
                "device-provisioning", "link-provisioning",
            ], unlisted: .label("unknown")),
            "DeviceHealth": .array("DeviceHealth", ["unknown", "pending", "ready_for_links", "ready_for_users", "impaired"],
                                   unlisted: .typeName),
            "DeviceDesiredStatus": .array("DeviceDesiredStatus", [
                "pending", "activated", "unknown", "unknown", "unknown", "unknown", "drained",
            ], unlisted: .label("unknown")),
            "InterfaceStatus": .array("InterfaceStatus", [
                "invalid", "unmanaged", "pending", "activated", "deleting", "rejecting", "unlinked",
            ], unlisted: .panic),
            "InterfaceType": .array("InterfaceType", ["invalid", "loopback", "physical"], unlisted: .panic),
            "LoopbackType": .array("LoopbackType", ["none", "vpnv4", "ipv4", "pim_rp_addr", "reserved"], unlisted: .panic),
            "InterfaceCYOA": .array("InterfaceCYOA", [
                "none", "gre_over_dia", "gre_over_fabric", "gre_over_private_peering", "gre_over_public_peering",
                "gre_over_cable",
            ], unlisted: .panic),
            "InterfaceDIA": .array("InterfaceDIA", ["none", "dia"], unlisted: .panic),
            "RoutingMode": .array("RoutingMode", ["static", "bgp"], unlisted: .panic),
            // Switch-based String() methods of state.go: "unknown" (LinkLinkType: "") past their cases.
            "LocationStatus": .array("LocationStatus", ["pending (deprecated)", "activated", "suspended"], unlisted: .label("unknown")),
            "ExchangeStatus": .array("ExchangeStatus", ["pending (deprecated)", "activated", "suspended"], unlisted: .label("unknown")),
            "LinkLinkType": .labels("LinkLinkType", [(1, "WAN"), (127, "DZX")], unlisted: .label("")),
            "LinkStatus": .labels("LinkStatus", [
                (0, "pending (deprecated)"), (1, "activated"), (3, "deleting"), (4, "rejected (deprecated)"), (5, "requested"),
                (6, "hard-drained"), (7, "soft-drained"), (8, "provisioning"),
            ], unlisted: .label("unknown")),
            "LinkHealth": .array("LinkHealth", ["unknown", "pending", "ready_for_service", "impaired"], unlisted: .typeName),
            "LinkDesiredStatus": .labels("LinkDesiredStatus", [(0, "pending"), (1, "activated"), (6, "hard-drained"), (7, "soft-drained")],
                                         unlisted: .label("unknown")),
            // Go labels 0 "pending" (TypeScript and Python say "none").
            "ContributorStatus": .array("ContributorStatus", ["pending", "activated", "suspended", "deleting"], unlisted: .label("unknown")),
            "MulticastGroupStatus": .array("MulticastGroupStatus", [
                "pending (deprecated)", "activated", "suspended", "deleting", "rejected (deprecated)",
            ], unlisted: .label("unknown")),
            "AccessPassStatus": .array("AccessPassStatus", ["requested", "connected", "disconnected", "expired (deprecated)"],
                                       unlisted: .label("unknown")),
            // Array-indexed String(): panics past 1.
            "TenantPaymentStatus": .array("TenantPaymentStatus", ["delinquent", "paid"], unlisted: .panic),
            // 3 "deleting" has no program variant.
            "PermissionStatus": .array("PermissionStatus", ["none", "activated", "suspended", "deleting"], unlisted: .label("unknown")),
            "TopologyConstraint": .array("TopologyConstraint", ["include-any", "exclude"], unlisted: .label("unknown")),
        ],
        // client.go dispatches every account type but Index (16) and the removed Reservation; Reservation
        // keeps the plain walk it had while the program wrote it. The shared readers are in
        // SDKAccountReaders.swift; Go keeps an unknown pass type tag as read (deserialize.go:372).
        // ResourceExtension is read by the SDK but not yet modelled by the ports: left out, it answers
        // NoReader (docs/reader-contract.md §1). DeserializeResourceExtension (deserialize.go:440-478)
        // returns early on an unknown allocator tag (:463), always skips to byte 88 (:470) and reads the
        // Ip allocator's newest form whatever the version (docs/readers.md §1.6).
        readers: [
            "user": .asProgram, "device": .asProgram, "global_state": .asProgram, "reservation": .asProgram,
            "global_config": .asProgram, "location": .asProgram, "exchange": .asProgram, "link": .asProgram,
            "multicast_group": .asProgram, "program_config": .asProgram, "contributor": .asProgram,
            "access_pass": .accessPass(), "tenant": .tenant(), "permission": .permission, "topology": .asProgram,
            "feed": .asProgram,
        ])
}
