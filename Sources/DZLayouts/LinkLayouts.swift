/// Link (AccountType 6): a link between two devices. Every field is read with `unwrap_or_default`.
extension Registry {
    static let link: AccountLayouts = {
        var history = History(account: "link")
        history.next("LK0", "9b0f071c7", "2025-06-11", "base layout (#556)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("index", .u128),
                Field("bump_seed", .u8),
                Field("side_a_pk", .pubkey),
                Field("side_z_pk", .pubkey),
                Field("link_type", .enumeration("LinkLinkType")),
                Field("bandwidth", .u64),
                Field("mtu", .u32),
                Field("delay_ns", .u64),
                Field("jitter_ns", .u64),
                Field("tunnel_id", .u16),
                Field("tunnel_net", .networkV4),
                Field("status", .enumeration("LinkStatus")),
                Field("code", .string),
            ]
        }
        history.next("LK1", "2e665d1f1", "2025-07-21", "+ contributor_pk (#854)") {
            $0.append(Field("contributor_pk", .pubkey))
        }
        history.next("LK2", "5f0c2674c", "2025-07-22", "+ side_a_iface_name, side_z_iface_name (#863)") {
            $0 += [Field("side_a_iface_name", .string), Field("side_z_iface_name", .string)]
        }
        history.next("LK3", "02c119e72", "2025-11-04", "+ delay_override_ns (#2072)") {
            $0.append(Field("delay_override_ns", .u64))
        }
        history.next("LK4", "62c3299e2", "2026-01-06", "+ link_health (#2525)") {
            $0.append(Field("link_health", .enumeration("LinkHealth")))
        }
        history.next("LK5", "103a3d383", "2026-01-07", "+ desired_status (#2536)") {
            $0.append(Field("desired_status", .enumeration("LinkDesiredStatus")))
        }
        history.next("LK6", "c60e14ded", "2026-04-18", "+ link_topologies, link_flags (u32) (#3497)") {
            $0 += [Field("link_topologies", .vec(.pubkey)), Field("link_flags", .u32)]
        }
        return AccountLayouts(
            name: "link", title: "Link", kind: .account(type: 6), versions: history.versions,
            enums: [
                EnumDefinition("LinkLinkType", default: 1, [(1, "WAN"), (127, "DZX")]),
                EnumDefinition("LinkStatus", default: 1, [
                    (0, "PendingDeprecated"), (1, "Activated"), (3, "Deleting"), (4, "RejectedDeprecated"), (5, "Requested"),
                    (6, "HardDrained"), (7, "SoftDrained"), (8, "Provisioning"),
                ]),
                EnumDefinition("LinkHealth", default: 1, [(0, "Unknown"), (1, "Pending"), (2, "ReadyForService"), (3, "Impaired")]),
                EnumDefinition("LinkDesiredStatus", default: 0, [(0, "Pending"), (1, "Activated"), (6, "HardDrained"), (7, "SoftDrained")]),
            ],
            // The upstream JSON lists the fields up to desired_status; link.bin holds all of them.
            samples: [AccountSample("link", title: "Link", unlisted: ["link_topologies", "link_flags"], [
                "account_type": 6, "owner": .key(0x50), "index": 99, "bump_seed": 249, "side_a_pk": .key(0x51),
                "side_z_pk": .key(0x52), "link_type": 1, "bandwidth": 10_000_000_000, "mtu": 9000, "delay_ns": 5_000_000,
                "jitter_ns": 100_000, "tunnel_id": 500, "tunnel_net": "169.254.1.0/30", "status": 1, "code": "ams-fra",
                "contributor_pk": .key(0x53), "side_a_iface_name": "Ethernet2", "side_z_iface_name": "Ethernet2",
                "delay_override_ns": 0, "link_health": 2, "desired_status": 1, "link_topologies": [], "link_flags": 0,
            ])])
    }()
}
