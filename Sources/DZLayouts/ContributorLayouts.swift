/// Contributor (AccountType 10): a network contributor. Every field is read with `unwrap_or_default`.
extension Registry {
    static let contributor: AccountLayouts = {
        var history = History(account: "contributor")
        history.next("CO0", "ecf915824", "2025-07-04", "account created (#679)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("index", .u128),
                Field("bump_seed", .u8),
                Field("ata_owner_pk", .pubkey),
                Field("status", .enumeration("ContributorStatus")),
                Field("code", .string),
            ]
        }
        history.next("CO1", "7284867ef", "2025-07-21", "- ata_owner_pk (#881)") {
            $0.remove("ata_owner_pk")
        }
        history.next("CO2", "7e95d2d94", "2025-07-28", "+ reference_count (#935)") {
            $0.append(Field("reference_count", .u32))
        }
        history.next("CO3", "e419c82a9", "2025-11-27", "+ ops_manager_pk (#2303)") {
            $0.append(Field("ops_manager_pk", .pubkey))
        }
        return AccountLayouts(
            name: "contributor", title: "Contributor", kind: .account(type: 10), versions: history.versions,
            enums: [EnumDefinition("ContributorStatus", default: 0, [
                (0, "None"), (1, "Activated"), (2, "Suspended"), (3, "Deleting"),
            ])],
            samples: [AccountSample("contributor", title: "Contributor", [
                "account_type": 10, "owner": .key(0x80), "index": 550, "bump_seed": 245, "status": 1, "code": "co01",
                "reference_count": 7, "ops_manager_pk": .key(0x81),
            ])])
    }()
}
