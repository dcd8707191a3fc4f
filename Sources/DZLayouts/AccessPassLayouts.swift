/// AccessPass (AccountType 11): a payer's right to connect. Every field is read with `unwrap_or_default`
/// except the per-category caps: max_unicast_users and max_multicast_users fall back to 1. The pass type
/// is a Rust enum with payloads (derived Borsh; a failure gives Prepaid), and its variants, their numbering
/// and the EdgeSeat payload changed over time: each change is a version.
extension Registry {
    static let accessPass: AccountLayouts = {
        var history = History(account: "access_pass")
        history.next("AP0", "b790b6f84", "2025-08-19", "account created; type Prepaid | SolanaValidator, no payloads (#1272)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("bump_seed", .u8),
                passType([.init(0, "Prepaid"), .init(1, "SolanaValidator")]),
                Field("client_ip", .ipv4),
                Field("payer", .pubkey),
                Field("last_access_epoch", .u64),
                Field("status", .enumeration("AccessPassStatus")),
            ]
        }
        // payer was renamed user_payer in fa60587dc (#1318), same bytes.
        history.next("AP1", "4b61dfafb", "2025-08-19", "+ connection_count, before status (#1300)") {
            $0.insert(Field("connection_count", .u16), after: "last_access_epoch")
        }
        history.next("AP2", "7fc08b6f9", "2025-08-28", "SolanaValidator carries the validator's Pubkey (#1425)") {
            $0.replace("payer", with: Field("user_payer", .pubkey, renamedFrom: "payer"))
            $0.replace("accesspass_type", with: passType([prepaid, validator]))
        }
        history.next("AP3", "5d24a1ca0", "2025-10-07", "+ mgroup_pub_allowlist, mgroup_sub_allowlist (#1566)") {
            $0 += [
                Field("mgroup_pub_allowlist", .vec(.pubkey), shortCountIsEmpty: true),
                Field("mgroup_sub_allowlist", .vec(.pubkey), shortCountIsEmpty: true),
            ]
        }
        history.next("AP4", "3b13effb5", "2025-10-08", "+ flags (#1608)") {
            $0.append(Field("flags", .u8))
        }
        history.next("AP5", "14661bce2", "2026-02-02",
                     "type + SolanaRPC (2), SolanaMulticastPublisher (3), SolanaMulticastSubscriber (4), Others (5) (#2654)") {
            $0.replace("accesspass_type", with: passType([
                prepaid, validator, rpc,
                .init(3, "SolanaMulticastPublisher", [Field("multicast_publisher_pubkey", .pubkey, json: "AccessPassTypeMulticastPublisherPubkey")]),
                .init(4, "SolanaMulticastSubscriber", [Field("multicast_subscriber_pubkey", .pubkey, json: "AccessPassTypeMulticastSubscriberPubkey")]),
                others(tag: 5),
            ]))
        }
        history.next("AP6", "10a67ed4b", "2026-02-10", "+ tenant_allowlist (#2888)") {
            $0.append(Field("tenant_allowlist", .vec(.pubkey), shortCountIsEmpty: true))
        }
        history.next("AP7", "b53327515", "2026-03-05", "type: the multicast variants removed, Others renumbered 5 -> 3 (#3169)") {
            $0.replace("accesspass_type", with: passType([prepaid, validator, rpc, others(tag: 3)]))
        }
        history.next("AP8", "7ac65b919", "2026-05-01", "type + EdgeSeat(Pubkey) (4) (#3632)") {
            $0.replace("accesspass_type", with: passType([
                prepaid, validator, rpc, others(tag: 3),
                .init(4, "EdgeSeat", [Field("edge_seat_pubkey", .pubkey, json: "AccessPassTypeEdgeSeatPubkey")]),
            ]))
        }
        history.next("AP9", "2550270fa", "2026-06-09",
                     "+ unicast_user_count, max_unicast_users, multicast_user_count, max_multicast_users; caps read with default 1 (#3859)") {
            $0 += [
                Field("unicast_user_count", .u16),
                Field("max_unicast_users", .u16, default: 1),
                Field("multicast_user_count", .u16),
                Field("max_multicast_users", .u16, default: 1),
            ]
        }
        history.next("AP10", "b4c5e59f8", "2026-06-09", "EdgeSeat carries nothing (#3865)") {
            $0.replace("accesspass_type", with: passType([prepaid, validator, rpc, others(tag: 3), .init(4, "EdgeSeat")]))
        }
        history.next("AP11", "f58432155", "2026-07-08", "EdgeSeat carries Vec<FeedSeat { feed_key, max_users: u16, current_users: u16 }> (#3954)") {
            $0.replace("accesspass_type", with: passType([prepaid, validator, rpc, others(tag: 3), edgeSeat([
                Field("feed_key", .pubkey), Field("max_users", .u16), Field("current_users", .u16),
            ])]))
        }
        history.next("AP12", "8b795a3c8", "2026-07-09",
                     "FeedSeat changed in place: u8 max_users, max_future_users, current_users, anniversary_day; i64 window_end, terminates_at (#4030)") {
            $0.replace("accesspass_type", with: passType(passTypeVariantsSinceAP12))
        }
        let common: [String: SampleValue] = [
            "account_type": 11, "last_access_epoch": 18_446_744_073_709_551_615, "connection_count": 3, "status": 1,
            "mgroup_pub_allowlist": [], "mgroup_sub_allowlist": [], "tenant_allowlist": [],
            "unicast_user_count": 2, "max_unicast_users": 4, "multicast_user_count": 1, "max_multicast_users": 3,
        ]
        return AccountLayouts(
            name: "access_pass", title: "AccessPass", kind: .account(type: 11), versions: history.versions,
            enums: [EnumDefinition("AccessPassStatus", default: 0, [
                (0, "Requested"), (1, "Connected"), (2, "Disconnected"), (3, "ExpiredDeprecated"),
            ])],
            samples: [
                AccountSample("access_pass", title: "AccessPass", common.merging([
                    "owner": .key(0x90), "bump_seed": 244, "accesspass_type": ["version": 0],
                    "client_ip": "198.51.100.20", "user_payer": .key(0x91), "flags": 1,
                ]) { $1 }),
                AccountSample("access_pass_validator", title: "AccessPassValidator", common.merging([
                    "owner": .key(0xA0), "bump_seed": 243, "accesspass_type": ["version": 1, "validator_pubkey": .key(0xA2)],
                    "client_ip": "10.0.0.50", "user_payer": .key(0xA1), "last_access_epoch": 1000, "connection_count": 1,
                    "mgroup_pub_allowlist": [.key(0xA3)], "mgroup_sub_allowlist": [.key(0xA4)], "flags": 3,
                    "unicast_user_count": 0, "max_unicast_users": 5, "multicast_user_count": 0, "max_multicast_users": 2,
                ]) { $1 }),
                AccountSample("access_pass_edge_seat", title: "AccessPassEdgeSeat", common.merging([
                    "owner": .key(0xB0), "bump_seed": 242,
                    "accesspass_type": ["version": 4, "feed_seats": [[
                        "feed_key": .key(0xB2), "max_users": 7, "max_future_users": 4, "current_users": 3,
                        "anniversary_day": 15, "window_end": 1_800_000_000, "terminates_at": 1_900_000_000,
                    ]]],
                    "client_ip": "0.0.0.0", "user_payer": .key(0xB1), "flags": 2,
                ]) { $1 }),
            ])
    }()

    private static func passType(_ variants: [TaggedElement.Variant]) -> Field {
        Field("accesspass_type", .tagged(.payloads(variants)), json: "AccessPassType")
    }

    /// The pass type's variants since AP12, which are also the ones every SDK reads at every version.
    static let passTypeVariantsSinceAP12 = [prepaid, validator, rpc, others(tag: 3), edgeSeat([
        Field("feed_key", .pubkey), Field("max_users", .u8), Field("max_future_users", .u8),
        Field("current_users", .u8), Field("anniversary_day", .u8), Field("window_end", .i64),
        Field("terminates_at", .i64),
    ])]

    private static let prepaid = TaggedElement.Variant(0, "Prepaid")
    private static let validator = TaggedElement.Variant(
        1, "SolanaValidator", [Field("validator_pubkey", .pubkey, json: "AccessPassTypeValidatorPubkey")])
    private static let rpc = TaggedElement.Variant(2, "SolanaRPC", [Field("rpc_pubkey", .pubkey, json: "AccessPassTypeRpcPubkey")])

    private static func others(tag: UInt8) -> TaggedElement.Variant {
        .init(tag, "Others", [
            Field("others_type_name", .string, json: "AccessPassTypeOthersTypeName"),
            Field("others_key", .string, json: "AccessPassTypeOthersKey"),
        ])
    }

    private static func edgeSeat(_ seat: [Field]) -> TaggedElement.Variant {
        .init(4, "EdgeSeat", [Field("feed_seats", .vec(.structure(seat)), json: "EdgeSeatFeedSeats", element: "EdgeSeatFeedSeat")])
    }
}
