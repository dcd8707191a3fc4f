/// GlobalConfig (AccountType 2): the network-wide ASNs and address blocks. Every field is read with
/// `unwrap_or_default` except next_bgp_community, which falls back to BGP_COMMUNITY_MIN (10000).
extension Registry {
    static let globalConfig: AccountLayouts = {
        var history = History(account: "global_config")
        history.next("GC0", "9b0f071c7", "2025-06-11", "base layout (#556)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("bump_seed", .u8),
                Field("local_asn", .u32),
                Field("remote_asn", .u32),
                Field("tunnel_tunnel_block", .networkV4),
                Field("user_tunnel_block", .networkV4),
                Field("multicastgroup_block", .networkV4, json: "MulticastGroupBlock"),
            ]
        }
        // tunnel_tunnel_block was renamed device_tunnel_block in 1883ef726 (#625), same bytes.
        history.next("GC1", "b8c808d52", "2025-10-20", "+ next_bgp_community, read with default 10000 (#1971)") {
            $0.replace("tunnel_tunnel_block", with: Field("device_tunnel_block", .networkV4, renamedFrom: "tunnel_tunnel_block"))
            $0.append(Field("next_bgp_community", .u16, default: 10000))
        }
        history.next("GC2", "2f36a4628", "2026-02-12", "+ multicast_publisher_block (#2806)") {
            $0.append(Field("multicast_publisher_block", .networkV4))
        }
        return AccountLayouts(
            name: "global_config", title: "GlobalConfig", kind: .account(type: 2), versions: history.versions,
            samples: [AccountSample("global_config", title: "GlobalConfig", [
                "account_type": 2, "owner": .key(0x10), "bump_seed": 253, "local_asn": 65000, "remote_asn": 65001,
                "device_tunnel_block": "10.100.0.0/16", "user_tunnel_block": "10.200.0.0/16",
                "multicastgroup_block": "239.0.0.0/8", "next_bgp_community": 10042,
                "multicast_publisher_block": "148.51.120.0/21",
            ])])
    }()
}
