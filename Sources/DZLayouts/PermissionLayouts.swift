/// Permission (AccountType 15): a payer's permission flags. Every field is read with `unwrap_or_default`.
/// Upstream has no fixture for it; the sample follows the generator's one-byte keys.
extension Registry {
    static let permission: AccountLayouts = {
        var history = History(account: "permission")
        history.next("PM0", "716df7735", "2026-03-10", "account created (#3204)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("bump_seed", .u8),
                Field("status", .enumeration("PermissionStatus")),
                Field("user_payer", .pubkey),
                Field("permissions", .u128),
            ]
        }
        return AccountLayouts(
            name: "permission", title: "Permission", kind: .account(type: 15), versions: history.versions,
            enums: [EnumDefinition("PermissionStatus", default: 0, [(0, "None"), (1, "Activated"), (2, "Suspended")])],
            samples: [AccountSample(nil, title: "Permission", [
                "account_type": 15, "owner": .key(0xF0), "bump_seed": 238, "status": 1, "user_payer": .key(0xF1),
                "permissions": 5,
            ])])
    }()
}
