/// Index (AccountType 16): a lookup from a key string to an account. Every field is read with
/// `unwrap_or_default`. Upstream has no fixture for it; the sample follows the generator's one-byte keys.
extension Registry {
    static let index: AccountLayouts = {
        var history = History(account: "index")
        history.next("IX0", "e22b5c0d0", "2026-03-31", "account created (#3256)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("pk", .pubkey),
                Field("entity_account_type", .enumeration("AccountType")),
                Field("key", .string),
                Field("bump_seed", .u8),
            ]
        }
        return AccountLayouts(
            name: "index", title: "Index", kind: .account(type: 16), versions: history.versions,
            samples: [AccountSample(nil, title: "Index", [
                "account_type": 16, "pk": .key(0xF2), "entity_account_type": 4, "key": "xams", "bump_seed": 237,
            ])])
    }()
}
