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
        ],
        readers: [
            "user": .asProgram, "device": .asProgram, "global_state": .asProgram, "reservation": .asProgram,
        ])
}
