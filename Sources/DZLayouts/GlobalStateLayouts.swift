/// GlobalState (AccountType 1): docs/layouts.md#global-state. The first three allowlists propagate decode errors.
extension Registry {
    static let globalState: AccountLayouts = {
        var history = History(account: "global_state")
        history.next("G0", "9b0f071c7", "2025-06-11", "base layout (#556)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("bump_seed", .u8),
                Field("account_index", .u128),
                Field("foundation_allowlist", .vec(.pubkey), onError: .propagate, shortCountIsEmpty: true),
                // `_device_allowlist` / `_user_allowlist` in Rust since c2c4e1ffb; same bytes.
                Field("device_allowlist", .vec(.pubkey), onError: .propagate, shortCountIsEmpty: true),
                Field("user_allowlist", .vec(.pubkey), onError: .propagate, shortCountIsEmpty: true),
            ]
        }
        history.next("G1", "b790b6f84", "2025-08-19", "+ activator_authority_pk, sentinel_authority_pk (#1272)") {
            $0 += [Field("activator_authority_pk", .pubkey), Field("sentinel_authority_pk", .pubkey)]
        }
        history.next("G2", "b90429336", "2025-08-22", "+ contributor_airdrop_lamports, user_airdrop_lamports (#1361)") {
            $0 += [Field("contributor_airdrop_lamports", .u64), Field("user_airdrop_lamports", .u64)]
        }
        history.next("G3", "62c3299e2", "2026-01-06", "+ health_oracle_pk (#2525)") {
            $0.append(Field("health_oracle_pk", .pubkey))
        }
        history.next("G4", "2bd38b077", "2026-01-21", "+ qa_allowlist (#2683)") {
            $0.append(Field("qa_allowlist", .vec(.pubkey), shortCountIsEmpty: true))
        }
        history.next("G5", "e3f2ef259", "2026-02-21", "+ feature_flags (#3062)") {
            $0.append(Field("feature_flags", .u128))
        }
        history.next("G6", "bd8d8e47b", "2026-03-02", "+ reservation_authority_pk (#3086)") {
            $0.append(Field("reservation_authority_pk", .pubkey))
        }
        history.next("G7", "93cccb7ea", "2026-03-17", "reservation_authority_pk renamed feed_authority_pk, same slot (#3289)") {
            $0.replace("reservation_authority_pk", with: Field("feed_authority_pk", .pubkey, renamedFrom: "reservation_authority_pk"))
        }
        return AccountLayouts(name: "global_state", title: "GlobalState", kind: .account(type: 1),
                              versions: history.versions)
    }()
}
