/// Feed (AccountType 18): a data feed offered at an exchange. Every field is read with `unwrap_or_default`.
extension Registry {
    static let feed: AccountLayouts = {
        var history = History(account: "feed")
        history.next("F0", "48a02fd92", "2026-07-08", "account created, with reference_count (#3953)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("bump_seed", .u8),
                Field("code", .string),
                Field("name", .string),
                Field("reference_count", .u32),
                Field("exchange", .pubkey),
                Field("groups", .vec(.pubkey), element: "Group"),
            ]
        }
        history.next("F1", "f58432155", "2026-07-08", "- reference_count (#3954)") {
            $0.remove("reference_count")
        }
        return AccountLayouts(
            name: "feed", title: "Feed", kind: .account(type: 18), versions: history.versions,
            samples: [AccountSample("feed", title: "Feed", [
                "account_type": 18, "owner": .key(0xE0), "bump_seed": 239, "code": "shreds", "name": "Shreds",
                "exchange": .key(0xE1), "groups": [.key(0xE2), .key(0xE3)],
            ])])
    }()
}
