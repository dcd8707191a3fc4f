/// The account readers the three SDKs share where they read an account otherwise than the program's
/// layout. Each SDK's file names which of them it has, and its own differences.
extension AccountReader {
    /// AccessPass, read the same way at every version: the pass type as the SDKs know it today (the tag;
    /// 1 and 2 a pubkey, 3 two strings, 4 a Vec<FeedSeat> of 52-byte seats; any other tag reads nothing
    /// more: deserialize.go:372-404, state.ts:1105-1130, state.py:1096-1117), and the two caps 1 where
    /// their bytes are missing (deserialize.go:415-417, state.ts:1143-1145, state.py:1131-1133). How
    /// each SDK loops over the seats is code in its port (Go guards the count, deserialize.go:388).
    static func accessPass(unknownTags: [String: UInt8] = [:]) -> AccountReader {
        AccountReader(
            defaults: ["max_unicast_users": 1, "max_multicast_users": 1],
            retyped: ["accesspass_type": .tagged(.payloads(Registry.passTypeVariantsSinceAP12))],
            unknownTags: unknownTags)
    }

    /// Tenant: billing read as a plain u8 discriminant followed by both FlatPerEpoch fields, whatever the
    /// discriminant (deserialize.go:347-349, state.ts:1039-1041, state.py:1033-1035). The names are the
    /// program's decoded ones (`version` for the tag), so that the values compare.
    static func tenant(stopsBefore: String? = nil) -> AccountReader {
        AccountReader(retyped: ["billing": .structure([
            Field("version", .u8, json: "BillingDiscriminant"),
            Field("rate", .u64, json: "BillingRate"),
            Field("last_deduction_dz_epoch", .u64, json: "BillingLastDeductionDzEpoch"),
        ])], stopsBefore: stopsBefore)
    }

    /// Permission: the u128 read as two u64 halves, low then high (deserialize.go:486-487,
    /// state.ts:1222-1223, state.py:1193-1194); Go holds them as PermissionsLo and PermissionsHi, so its
    /// number is not a swapped Uint128.
    static let permission = AccountReader(halves: ["permissions"])
}
