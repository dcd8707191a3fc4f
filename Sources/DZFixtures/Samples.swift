import DZCodec
import DZLayouts

/// The sample values of the upstream fixture generator (docs/layouts.md#user, docs/program-rules.md §6.2, docs/layouts.md#global-state), as records of
/// today's fields. Older versions take the same values wherever the field exists.
public enum Samples {
    static func key(_ byte: UInt8) -> Value { .pubkey(.fromByte(byte)) }

    public static let user: Record = [
        "account_type": .uint(7), "owner": key(0x60), "index": .u128(200), "bump_seed": .uint(248),
        "user_type": .uint(3), "tenant_pk": key(0x61), "device_pk": key(0x62), "cyoa_type": .uint(2),
        "client_ip": .ipv4(IPv4(198, 51, 100, 10)), "dz_ip": .ipv4(IPv4(10, 200, 0, 1)), "tunnel_id": .uint(100),
        "tunnel_net": .network(NetworkV4(address: IPv4(169, 254, 100, 0), prefix: 30)), "status": .uint(1),
        "publishers": .list([key(0x63)]), "subscribers": .list([key(0x64)]), "validator_pubkey": key(0x65),
        "tunnel_endpoint": .ipv4(.zero), "tunnel_flags": .uint(0), "bgp_status": .uint(1),
        "last_bgp_up_at": .uint(1_700_000_000), "last_bgp_reported_at": .uint(1_700_000_100),
        "bgp_rtt_ns": .uint(5_500_000), "feed_pks": .list([key(0x67), key(0x68)]),
    ]

    static let loopback: Record = [
        "status": .uint(3), "name": .text("Loopback0"), "interface_type": .uint(1), "interface_cyoa": .uint(0),
        "interface_dia": .uint(0), "loopback_type": .uint(1), "bandwidth": .uint(0), "cir": .uint(0),
        "mtu": .uint(9000), "routing_mode": .uint(0), "vlan_id": .uint(0),
        "ip_net": .network(NetworkV4(address: IPv4(10, 0, 0, 1), prefix: 32)), "node_segment_idx": .uint(100),
        "user_tunnel_endpoint": .bool(false),
    ]

    static let ethernet: Record = [
        "status": .uint(3), "name": .text("Ethernet1"), "interface_type": .uint(2), "interface_cyoa": .uint(1),
        "interface_dia": .uint(1), "loopback_type": .uint(0), "bandwidth": .uint(10_000_000_000),
        "cir": .uint(5_000_000_000), "mtu": .uint(9000), "routing_mode": .uint(1), "vlan_id": .uint(100),
        "ip_net": .network(NetworkV4(address: IPv4(172, 16, 0, 1), prefix: 30)), "node_segment_idx": .uint(200),
        "user_tunnel_endpoint": .bool(true),
    ]

    /// The Device of today (device.bin): the legacy slot holds V2 copies of the trailing elements.
    public static let device: Record = {
        var record = deviceScalars
        let segment: Value = .record(["topology": key(0x45), "node_segment_idx": .uint(300)])
        record["deprecated_interfaces"] = .list([.record(["version": .uint(1)] + loopback), .record(["version": .uint(1)] + ethernet)])
        record["interfaces"] = .list([
            .record(["size": .uint(88), "version": .uint(4)] + loopback + ["flex_algo_node_segments": .list([segment])]),
            .record(["size": .uint(54), "version": .uint(4)] + ethernet + ["flex_algo_node_segments": .list([])]),
        ])
        return record
    }()

    /// The Device before the trailing vec (device_legacy.bin): a V1 loopback and a V2 ethernet.
    public static let legacyDevice: Record = {
        var record = deviceScalars
        record["deprecated_interfaces"] = .list([.record(["version": .uint(0)] + loopback), .record(["version": .uint(1)] + ethernet)])
        return record
    }()

    private static let deviceScalars: Record = [
        "account_type": .uint(5), "owner": key(0x40), "index": .u128(7), "bump_seed": .uint(250),
        "location_pk": key(0x41), "exchange_pk": key(0x42), "device_type": .uint(2),
        "public_ip": .ipv4(IPv4(203, 0, 113, 1)), "status": .uint(1), "code": .text("dz1"),
        "dz_prefixes": .list([.network(NetworkV4(address: IPv4(10, 10, 0, 0), prefix: 24))]),
        "metrics_publisher_pk": key(0x43), "contributor_pk": key(0x44), "mgmt_vrf": .text("mgmt"),
        "reference_count": .uint(12), "users_count": .uint(5), "max_users": .uint(100), "device_health": .uint(3),
        "desired_status": .uint(1), "unicast_users_count": .uint(3), "multicast_subscribers_count": .uint(2),
        "max_unicast_users": .uint(50), "max_multicast_subscribers": .uint(50), "reserved_seats": .uint(3),
        "multicast_publishers_count": .uint(1), "max_multicast_publishers": .uint(10),
    ]

    public static let globalState: Record = [
        "account_type": .uint(1), "bump_seed": .uint(254), "account_index": .u128(42),
        "foundation_allowlist": .list([key(0x01)]), "device_allowlist": .list([]), "user_allowlist": .list([]),
        "activator_authority_pk": key(0x02), "sentinel_authority_pk": key(0x03),
        "contributor_airdrop_lamports": .uint(1_000_000_000), "user_airdrop_lamports": .uint(50_000),
        "health_oracle_pk": key(0x04), "qa_allowlist": .list([key(0x05)]), "feature_flags": .u128(1),
        "feed_authority_pk": key(0x06),
    ]

    /// A reservation of one seat on the sample device, by the sample feed authority.
    public static let reservation: Record = [
        "account_type": .uint(14), "owner": key(0x06), "bump_seed": .uint(253), "device_pk": key(0x62),
        "client_ip": .ipv4(IPv4(198, 51, 100, 10)), "reserved_count": .uint(4),
    ]

    public static let setUserBGPStatus: Record = ["bgp_status": .uint(1), "bgp_rtt_ns": .uint(5_500_000)]
    public static let reserveConnection: Record = ["client_ip": .ipv4(IPv4(198, 51, 100, 10)), "count": .uint(4)]

    /// The sample for an account, as the writer of `version` would have held it.
    public static func record(for version: LayoutVersion, registry: Registry = .standard) -> Record {
        let base: Record = switch version.account {
        case "user": user
        case "device": version.rules.isEmpty ? legacyDevice : device
        case "global_state": globalState
        case "reservation": reservation
        case "set_user_bgp_status": setUserBGPStatus
        case "reserve_connection": reserveConnection
        default: registry.account(version.account).flatMap { account in
            account.samples.first.map { record($0, fields: account.current.fields) }
        } ?? [:]
        }
        return project(base, onto: version.fields, renames: renames(of: version.account, registry: registry))
    }

    /// A registry sample as a record of `fields` (the account's current ones, or any version's).
    public static func record(_ sample: AccountSample, fields: [Field]) -> Record {
        Record(fields.compactMap { field in
            sample.values[field.name].map { (name: field.name, value: value($0, as: field.type)) }
        })
    }

    /// A sample value read as `type` wants it. A value that does not fit its field comes out as a value
    /// the encoder refuses for that type, so building the fixtures fails naming the field.
    static func value(_ sample: SampleValue, as type: FieldType) -> Value {
        switch (type, sample) {
        case (.option(let element), _): return .option(value(sample, as: element))
        case (.i64, .int(let v)): return .int(Int64(truncatingIfNeeded: v))
        case (.u128, .int(let v)): return .u128(UInt128(v))
        case (.f64, .float(let v)): return .f64(v.bitPattern)
        case (_, .int(let v)): return .uint(v)
        case (.bool, .bool(let flag)): return .bool(flag)
        case (.pubkey, .key(let byte)): return .pubkey(.fromByte(byte))
        case (.ipv4, .text(let text)): return .ipv4(IPv4(dotted: text) ?? .zero)
        case (.networkV4, .text(let text)): return .network(NetworkV4(cidr: text) ?? .zero)
        case (_, .text(let text)): return .text(text)
        case (.bitmap, .list(let items)):
            return .string(items.map { if case .int(let byte) = $0 { UInt8(truncatingIfNeeded: byte) } else { 0 } })
        case (.vec(let element), .list(let items)): return .list(items.map { value($0, as: element) })
        case (.structure(let fields), .record(let values)):
            return .record(record(AccountSample("", title: "", values), fields: fields))
        case (.tagged(let element), .record(let values)):
            var tag: UInt8 = 0
            if case .int(let raw)? = values["version"] { tag = UInt8(truncatingIfNeeded: raw) }
            let fields = element.variant(for: tag)?.fields ?? []
            return .record(["version": .uint(UInt64(tag))] + record(AccountSample("", title: "", values), fields: fields))
        default: return .list(nil)
        }
    }

    /// Every (old name → new name) rename in an account's history.
    static func renames(of account: String, registry: Registry) -> [String: String] {
        var renames: [String: String] = [:]
        for field in registry.account(account)?.versions.flatMap(\.fields) ?? [] {
            if let former = field.renamedFrom { renames[former] = field.name }
        }
        return renames
    }

    /// Keeps the fields `fields` has (under their current or former names); adapts interface elements
    /// to the element types of that version.
    static func project(_ record: Record, onto fields: [Field], renames: [String: String]) -> Record {
        Record(fields.compactMap { field in
            guard let value = record[field.name] ?? renames[field.name].flatMap({ record[$0] }) else { return nil }
            return (name: field.name, value: adapt(value, to: field.type, renames: renames))
        })
    }

    private static func adapt(_ value: Value, to type: FieldType, renames: [String: String]) -> Value {
        switch (type, value) {
        case (.option, .option):
            return value
        case (.option, _):
            // The field became optional later (CreateLink side_z_iface_name): the old writer set it.
            return .option(value)
        case (_, .option(let inner?)):
            return adapt(inner, to: type, renames: renames)
        case (.vec(let element), .list(let items)):
            return .list(items?.map { adapt($0, to: element, renames: renames) })
        case (.tagged(let element), .record(let record)):
            // A tag the version does not know yet is written as the newest earlier variant (V2 → V1).
            let tag = UInt8(record["version"]?.uintValue ?? 0)
            let variant = element.variants.last { $0.tag <= tag } ?? element.variants[0]
            return .record(["version": .uint(UInt64(variant.tag))] + project(record, onto: variant.fields, renames: renames))
        case (.structure(let fields), .record(let record)):
            var adapted = project(record, onto: fields, renames: renames)
            // The pre-enum interface struct carried a version byte of its own: V1.
            if fields.contains(where: { $0.name == "version" }) { adapted["version"] = .uint(1) }
            return .record(adapted)
        default:
            return value
        }
    }
}
