/// Device (AccountType 5): docs/layouts.md#device. The legacy interface slot is named `deprecated_interfaces` in
/// every version (it was `interfaces` in Rust until b206d6a67) so that `interfaces` always means the
/// trailing size-prefixed vector.
extension Registry {
    static let device: AccountLayouts = {
        var history = History(account: "device")
        history.next("D0", "9b0f071c7", "2025-06-11", "base layout (#556)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("index", .u128),
                Field("bump_seed", .u8),
                Field("location_pk", .pubkey),
                Field("exchange_pk", .pubkey),
                Field("device_type", .enumeration("DeviceType")),
                Field("public_ip", .ipv4),
                Field("status", .enumeration("DeviceStatus")),
                Field("code", .string),
                Field("dz_prefixes", .vec(.networkV4)),
            ]
        }
        history.next("D1", "18341b28a", "2025-06-19", "+ metrics_publisher_pk (#594)") {
            $0.append(Field("metrics_publisher_pk", .pubkey))
        }
        history.next("D2", "ecf915824", "2025-07-04", "+ contributor_pk (#679)") {
            $0.append(Field("contributor_pk", .pubkey))
        }
        history.next("D3", "5f0c2674c", "2025-07-22",
                     "+ bgp_asn, dia_bgp_asn, mgmt_vrf, dns_servers, ntp_servers, interfaces (#863)") {
            $0 += [
                Field("bgp_asn", .u32),
                Field("dia_bgp_asn", .u32),
                Field("mgmt_vrf", .string),
                Field("dns_servers", .vec(.ipv4)),
                Field("ntp_servers", .vec(.ipv4)),
                legacyInterfaces(.structure(preEnumInterface)),
            ]
        }
        history.next("D4", "7e95d2d94", "2025-07-28", "+ reference_count (#935)") {
            $0.append(Field("reference_count", .u32))
        }
        history.next("D5", "d659a1d8a", "2025-08-06", "- bgp_asn, dia_bgp_asn, dns_servers, ntp_servers (#1073)") {
            $0.remove("bgp_asn", "dia_bgp_asn", "dns_servers", "ntp_servers")
        }
        history.next("D6", "f01b62ddb", "2025-08-08", "interfaces become a tagged enum, tag 0 = V1 with status (#1104)") {
            $0.replace("deprecated_interfaces", with: legacyInterfaces(.tagged(tagged([interfaceV1], unknown: .fail))))
        }
        history.next("D7", "49ec603c8", "2025-08-14", "+ users_count, max_users (#1226)") {
            $0 += [Field("users_count", .u16), Field("max_users", .u16)]
        }
        history.next("D8", "f9f7ebe59", "2025-11-13", "interface tag 1 = V2 defined (#2135)") {
            $0.replace("deprecated_interfaces",
                       with: legacyInterfaces(.tagged(tagged([interfaceV1, interfaceV2(tag: 1)], unknown: .fail))))
        }
        history.next("D9", "62c3299e2", "2026-01-06", "+ device_health (#2525)") {
            $0.append(Field("device_health", .enumeration("DeviceHealth")))
        }
        history.next("D10", "103a3d383", "2026-01-07", "+ desired_status (#2536)") {
            $0.append(Field("desired_status", .enumeration("DeviceDesiredStatus")))
        }
        history.next("D11", "eb4c200b9", "2026-02-14", "+ per-type user counts and limits (#2863)") {
            $0 += [
                Field("unicast_users_count", .u16),
                Field("multicast_users_count", .u16),
                Field("max_unicast_users", .u16),
                Field("max_multicast_users", .u16),
            ]
        }
        history.next("D12", "bd8d8e47b", "2026-03-02", "+ reserved_seats (#3086)") {
            $0.append(Field("reserved_seats", .u16))
        }
        history.next("D13", "f6698ab6b", "2026-03-11",
                     "multicast counters renamed to subscribers, + publisher counters (#3234): the legacy on-disk shape") {
            $0.replace("multicast_users_count", with: Field("multicast_subscribers_count", .u16, renamedFrom: "multicast_users_count"))
            $0.replace("max_multicast_users", with: Field("max_multicast_subscribers", .u16, renamedFrom: "max_multicast_users"))
            $0 += [Field("multicast_publishers_count", .u16), Field("max_multicast_publishers", .u16)]
        }
        history.next("D14", "c60e14ded", "2026-04-18",
                     "custom legacy element reader: tag 2 read as V2, tag 3 = V3 with segments, tags >= 4 default (#3497)") {
            $0.replace("deprecated_interfaces", with: legacyInterfaces(.tagged(currentLegacyElement)))
        }
        history.next("D15", "c78c06c97", "2026-05-05", "+ trailing vec of size-prefixed interfaces (#3667)",
                     rules: [.rebuildInterfaces(legacy: "deprecated_interfaces", trailing: "interfaces")]) {
            $0.append(Field("interfaces", .vec(.sized(SizedElement(version: 4, fields: interfaceV2Body + [segments]))),
                            json: "NewInterfaces", element: "NewInterface"))
        }
        return AccountLayouts(name: "device", title: "Device", kind: .account(type: 5), versions: history.versions)
    }()

    private static func legacyInterfaces(_ element: FieldType) -> Field {
        Field("deprecated_interfaces", .vec(element), json: "Interfaces", element: "Interface")
    }

    private static func tagged(_ variants: [TaggedElement.Variant], unknown: TaggedElement.UnknownTag) -> TaggedElement {
        var union: [Field] = []
        for field in variants.flatMap(\.fields) where !union.contains(where: { $0.name == field.name }) {
            union.append(field)
        }
        // List the union in the order of the widest body, so that V1 fields do not come first.
        let widest = variants.max { $0.fields.count < $1.fields.count }!.fields
        union.sort { a, b in
            (widest.firstIndex(of: a) ?? Int.max) < (widest.firstIndex(of: b) ?? Int.max)
        }
        return TaggedElement(variants: variants, fields: union, unknownTag: unknown, minSize: 18)
    }

    private static let currentLegacyElement = tagged(
        [interfaceV1, interfaceV2(tag: 1), interfaceV2(tag: 2),
         TaggedElement.Variant(tag: 3, name: "V3", fields: interfaceV2Body + [segments])],
        unknown: .defaultBody(of: 1))

    /// V1 is the V2 body without the fields f9f7ebe59 added (cyoa, dia, bandwidth, cir, mtu, routing).
    private static let interfaceV1 = TaggedElement.Variant(tag: 0, name: "V1", fields: interfaceV2Body.filter {
        !["interface_cyoa", "interface_dia", "bandwidth", "cir", "mtu", "routing_mode"].contains($0.name)
    })

    /// Before f01b62ddb the element was a struct led by its own version byte, with no status.
    private static let preEnumInterface: [Field] =
        [Field("version", .enumeration("InterfaceVersion"))] + interfaceV1.fields.filter { $0.name != "status" }

    private static func interfaceV2(tag: UInt8) -> TaggedElement.Variant {
        TaggedElement.Variant(tag: tag, name: "V2", fields: interfaceV2Body)
    }

    private static let interfaceV2Body: [Field] = [
        Field("status", .enumeration("InterfaceStatus")),
        Field("name", .string),
        Field("interface_type", .enumeration("InterfaceType")),
        Field("interface_cyoa", .enumeration("InterfaceCYOA"), json: "InterfaceCYOA"),
        Field("interface_dia", .enumeration("InterfaceDIA"), json: "InterfaceDIA"),
        Field("loopback_type", .enumeration("LoopbackType")),
        Field("bandwidth", .u64),
        Field("cir", .u64),
        Field("mtu", .u16),
        Field("routing_mode", .enumeration("RoutingMode")),
        Field("vlan_id", .u16),
        Field("ip_net", .networkV4),
        Field("node_segment_idx", .u16),
        Field("user_tunnel_endpoint", .bool),
    ]

    private static let segments = Field("flex_algo_node_segments", .vec(.structure([
        Field("topology", .pubkey),
        Field("node_segment_idx", .u16),
    ])))
}
