/// MulticastGroup (AccountType 8). Every field is read with `unwrap_or_default` (multicast_ip with
/// `unwrap_or(0.0.0.0)`, the same).
extension Registry {
    static let multicastGroup: AccountLayouts = {
        var history = History(account: "multicast_group")
        history.next("MG0", "9b0f071c7", "2025-06-11", "base layout with four member lists (#556)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("index", .u128),
                Field("bump_seed", .u8),
                Field("tenant_pk", .pubkey),
                Field("multicast_ip", .ipv4),
                Field("max_bandwidth", .u64),
                Field("status", .enumeration("MulticastGroupStatus")),
                Field("code", .string),
                Field("pub_allowlist", .vec(.pubkey)),
                Field("sub_allowlist", .vec(.pubkey)),
                Field("publishers", .vec(.pubkey)),
                Field("subscribers", .vec(.pubkey)),
            ]
        }
        history.next("MG1", "5d24a1ca0", "2025-10-07",
                     "the four member lists replaced by publisher_count, subscriber_count (u32) (#1566)") {
            $0.remove("pub_allowlist", "sub_allowlist", "publishers", "subscribers")
            $0 += [Field("publisher_count", .u32), Field("subscriber_count", .u32)]
        }
        return AccountLayouts(
            name: "multicast_group", title: "MulticastGroup", kind: .account(type: 8), versions: history.versions,
            enums: [EnumDefinition("MulticastGroupStatus", default: 1, [
                (0, "PendingDeprecated"), (1, "Activated"), (2, "Suspended"), (3, "Deleting"), (4, "RejectedDeprecated"),
            ])],
            samples: [AccountSample("multicast_group", title: "MulticastGroup", [
                "account_type": 8, "owner": .key(0x70), "index": 30, "bump_seed": 247, "tenant_pk": .key(0x71),
                "multicast_ip": "239.1.1.1", "max_bandwidth": 1_000_000_000, "status": 1, "code": "demo",
                "publisher_count": 2, "subscriber_count": 10,
            ])])
    }()
}
