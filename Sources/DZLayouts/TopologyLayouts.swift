/// Topology (AccountType 17, `TopologyInfo` in Rust): a flex-algo topology. Every field is read with
/// `unwrap_or_default`. Upstream has no fixture for it; the sample follows the generator's one-byte keys,
/// with values no other field of its type holds and no zero (the lint's rule 1).
extension Registry {
    static let topology: AccountLayouts = {
        var history = History(account: "topology")
        history.next("TP0", "c60e14ded", "2026-04-18", "account created (#3497)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("bump_seed", .u8),
                Field("name", .string),
                Field("admin_group_bit", .u8),
                Field("flex_algo_number", .u8),
                Field("constraint", .enumeration("TopologyConstraint")),
                Field("reference_count", .u32),
            ]
        }
        return AccountLayouts(
            name: "topology", title: "Topology", kind: .account(type: 17), versions: history.versions,
            enums: [EnumDefinition("TopologyConstraint", default: 0, [(0, "IncludeAny"), (1, "Exclude")])],
            samples: [AccountSample(nil, title: "Topology", [
                "account_type": 17, "owner": .key(0xF3), "bump_seed": 236, "name": "topo", "admin_group_bit": 3,
                "flex_algo_number": 131, "constraint": 1, "reference_count": 2,
            ])])
    }()
}
