/// User (AccountType 7): docs/layouts.md#user. Each version appends to the previous one, except U7, which
/// replaces U6's feed_pk slot in place by a vector.
extension Registry {
    static let user: AccountLayouts = {
        var history = History(account: "user")
        history.next("U0", "9b0f071c7", "2025-06-11", "base layout (tenant_pk present since f5f656995)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("index", .u128),
                Field("bump_seed", .u8),
                Field("user_type", .enumeration("UserType")),
                Field("tenant_pk", .pubkey),
                Field("device_pk", .pubkey),
                Field("cyoa_type", .enumeration("UserCYOA")),
                Field("client_ip", .ipv4),
                Field("dz_ip", .ipv4),
                Field("tunnel_id", .u16),
                Field("tunnel_net", .networkV4),
                Field("status", .enumeration("UserStatus")),
                Field("publishers", .vec(.pubkey), shortCountIsEmpty: true),
                Field("subscribers", .vec(.pubkey), shortCountIsEmpty: true),
            ]
        }
        history.next("U1", "6609600a5", "2025-07-14", "+ validator_pubkey (#795)") {
            $0.append(Field("validator_pubkey", .pubkey))
        }
        history.next("U2", "b04763a88", "2026-02-11", "+ tunnel_endpoint (#2728)") {
            $0.append(Field("tunnel_endpoint", .ipv4))
        }
        history.next("U3", "2bd8149d0", "2026-03-25", "+ tunnel_flags (#3342)") {
            $0.append(Field("tunnel_flags", .u8))
        }
        history.next("U4", "3be93589f", "2026-04-07", "+ bgp_status, last_bgp_up_at, last_bgp_reported_at (#3467)") {
            $0 += [
                Field("bgp_status", .enumeration("BGPStatus")),
                Field("last_bgp_up_at", .u64),
                Field("last_bgp_reported_at", .u64),
            ]
        }
        history.next("U5", "6d24b06fb", "2026-05-19", "+ bgp_rtt_ns (#3716)") {
            $0.append(Field("bgp_rtt_ns", .u64))
        }
        history.next("U6", "0e488f634", "2026-07-08", "+ feed_pk, a scalar Pubkey (#3955)") {
            $0.append(Field("feed_pk", .pubkey))
        }
        history.next("U7", "f7981ab6f", "2026-07-24", "feed_pk replaced in place by feed_pks: Vec<Pubkey> (#4080)") {
            $0.replace("feed_pk", with: Field("feed_pks", .vec(.pubkey), shortCountIsEmpty: true))
        }
        var versions = history.versions
        versions[versions.count - 1].acknowledgements = [Acknowledgement(
            .slotReuse(field: "feed_pks", replaces: "feed_pk"),
            reason: "no cluster ever set feed_pk, so every U6 account holds 32 zero bytes there: count 0, an empty vec (docs/program-rules.md §4)")]
        return AccountLayouts(name: "user", title: "User", kind: .account(type: 7), versions: versions)
    }()
}
