/// Location (AccountType 3): a metro. Every field is read with `unwrap_or_default`.
extension Registry {
    static let location: AccountLayouts = {
        var history = History(account: "location")
        history.next("L0", "9b0f071c7", "2025-06-11", "base layout (#556)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("index", .u128),
                Field("bump_seed", .u8),
                Field("lat", .f64),
                Field("lng", .f64),
                Field("loc_id", .u32),
                Field("status", .enumeration("LocationStatus")),
                Field("code", .string),
                Field("name", .string),
                Field("country", .string),
            ]
        }
        history.next("L1", "7e95d2d94", "2025-07-28", "+ reference_count (#935)") {
            $0.append(Field("reference_count", .u32))
        }
        return AccountLayouts(
            name: "location", title: "Location", kind: .account(type: 3), versions: history.versions,
            enums: [EnumDefinition("LocationStatus", default: 1, [(0, "PendingDeprecated"), (1, "Activated"), (2, "Suspended")])],
            samples: [AccountSample("location", title: "Location", [
                "account_type": 3, "owner": .key(0x20), "index": 4, "bump_seed": 252, "lat": 52.3676, "lng": 4.9041,
                "loc_id": 4818, "status": 1, "code": "ams", "name": "Amsterdam", "country": "NL", "reference_count": 3,
            ])])
    }()
}
