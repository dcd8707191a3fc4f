/// Exchange (AccountType 4): an exchange point in a metro. Every field is read with `unwrap_or_default`.
extension Registry {
    static let exchange: AccountLayouts = {
        var history = History(account: "exchange")
        history.next("X0", "9b0f071c7", "2025-06-11", "base layout (#556)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("index", .u128),
                Field("bump_seed", .u8),
                Field("lat", .f64),
                Field("lng", .f64),
                Field("loc_id", .u32),
                Field("status", .enumeration("ExchangeStatus")),
                Field("code", .string),
                Field("name", .string),
            ]
        }
        history.next("X1", "7e95d2d94", "2025-07-28", "+ reference_count (#935)") {
            $0.append(Field("reference_count", .u32))
        }
        history.next("X2", "fbd816944", "2025-08-06", "+ device1_pk, device2_pk (#1081)") {
            $0 += [Field("device1_pk", .pubkey), Field("device2_pk", .pubkey)]
        }
        // loc_id was renamed bgp_community (u32, 4ea933471, #1924), then split in place.
        history.next("X3", "9fd94450c", "2025-10-15", "loc_id (u32) becomes bgp_community (u16) + unused (u16), same 4 bytes (#1929)") {
            $0.replace("loc_id", with: Field("bgp_community", .u16, renamedFrom: "loc_id"))
            $0.insert(Field("unused", .u16), after: "bgp_community")
        }
        return AccountLayouts(
            name: "exchange", title: "Exchange", kind: .account(type: 4), versions: history.versions,
            enums: [EnumDefinition("ExchangeStatus", default: 1, [(0, "PendingDeprecated"), (1, "Activated"), (2, "Suspended")])],
            samples: [AccountSample("exchange", title: "Exchange", [
                "account_type": 4, "owner": .key(0x30), "index": 12, "bump_seed": 251, "lat": 52.3676, "lng": 4.9041,
                "bgp_community": 10100, "unused": 0, "status": 1, "code": "xams", "name": "Amsterdam IX",
                "reference_count": 5, "device1_pk": .key(0x31), "device2_pk": .key(0x32),
            ])])
    }()
}
