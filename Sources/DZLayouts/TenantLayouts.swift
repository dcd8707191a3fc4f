/// Tenant (AccountType 13): a customer VRF. Every field is read with `unwrap_or_default`; billing is a
/// Rust enum with payloads (derived Borsh), whose default is FlatPerEpoch with zeros.
extension Registry {
    static let tenant: AccountLayouts = {
        var history = History(account: "tenant")
        history.next("T0", "98fb1b1bb", "2026-02-09", "account created (#2857)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("bump_seed", .u8),
                Field("code", .string),
                Field("vrf_id", .u16),
                Field("reference_count", .u32),
                Field("administrators", .vec(.pubkey)),
            ]
        }
        history.next("T1", "7015ebd96", "2026-02-10", "+ payment_status, token_account (#2880)") {
            $0 += [Field("payment_status", .enumeration("TenantPaymentStatus")), Field("token_account", .pubkey)]
        }
        // Renamed metro_routing (ff9d1a484, #2917) and route_liveness (058123263, #2926), same bytes.
        history.next("T2", "00d6bd964", "2026-02-10", "+ metro_route, route_aliveness (bool) (#2911)") {
            $0 += [Field("metro_route", .bool), Field("route_aliveness", .bool)]
        }
        history.next("T3", "94ff2dc39", "2026-02-11", "+ billing: TenantBillingConfig, an enum with payloads (#2922)") {
            $0.replace("metro_route", with: Field("metro_routing", .bool, renamedFrom: "metro_route"))
            $0.replace("route_aliveness", with: Field("route_liveness", .bool, renamedFrom: "route_aliveness"))
            $0.append(Field("billing", .tagged(.payloads([
                .init(0, "FlatPerEpoch", [
                    Field("rate", .u64, json: "BillingRate"),
                    Field("last_deduction_dz_epoch", .u64, json: "BillingLastDeductionDzEpoch"),
                ]),
            ])), json: "BillingDiscriminant"))
        }
        history.next("T4", "c60e14ded", "2026-04-18", "+ include_topologies (#3497)") {
            $0.append(Field("include_topologies", .vec(.pubkey)))
        }
        return AccountLayouts(
            name: "tenant", title: "Tenant", kind: .account(type: 13), versions: history.versions,
            enums: [EnumDefinition("TenantPaymentStatus", default: 0, [(0, "Delinquent"), (1, "Paid")])],
            // The upstream JSON does not list include_topologies; tenant.bin holds it (empty).
            samples: [AccountSample("tenant", title: "Tenant", unlisted: ["include_topologies"], [
                "account_type": 13, "owner": .key(0xD0), "bump_seed": 240, "code": "acme", "vrf_id": 500,
                "reference_count": 2, "administrators": [.key(0xD1)], "payment_status": 1, "token_account": .key(0xD2),
                "metro_routing": true, "route_liveness": false,
                "billing": ["version": 0, "rate": 0, "last_deduction_dz_epoch": 0], "include_topologies": [],
            ])])
    }()
}
