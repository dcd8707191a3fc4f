import DZCodec
import DZLayouts
import XCTest

/// Field offsets and totals of the fixture instances, as docs/layouts.md#user, docs/layouts.md#device and docs/layouts.md#global-state give them.
final class OffsetTests: XCTestCase {
    func offsets(_ reference: String) throws -> [String: Int] {
        let version = layout(reference)
        let decoding = try ProgramDecoder().decode(sampleBytes(version), as: version)
        return Dictionary(uniqueKeysWithValues: decoding.outcomes.map { ($0.field, $0.offset) })
    }

    func testUserOffsets() throws {
        let expected: [String: Int] = [
            "account_type": 0, "owner": 1, "index": 33, "bump_seed": 49, "user_type": 50, "tenant_pk": 51,
            "device_pk": 83, "cyoa_type": 115, "client_ip": 116, "dz_ip": 120, "tunnel_id": 124, "tunnel_net": 126,
            "status": 131, "publishers": 132, "subscribers": 168, "validator_pubkey": 204, "tunnel_endpoint": 236,
            "tunnel_flags": 240, "bgp_status": 241, "last_bgp_up_at": 242, "last_bgp_reported_at": 250,
            "bgp_rtt_ns": 258, "feed_pks": 266,
        ]
        XCTAssertEqual(try offsets("user@v7"), expected)
        XCTAssertEqual(try offsets("user@v6")["feed_pk"], 266)
    }

    func testUserSizesFollowTheHistory() {
        // P = S = 1, F = 2: 140+64, 172+64, 176+64, 177+64, 194+64, 202+64, 234+64, 206+128.
        XCTAssertEqual(registry.account("user")!.versions.map { sampleBytes($0).count }, [204, 236, 240, 241, 258, 266, 298, 334])
    }

    func testDeviceOffsets() throws {
        let expected: [String: Int] = [
            "account_type": 0, "owner": 1, "index": 33, "bump_seed": 49, "location_pk": 50, "exchange_pk": 82,
            "device_type": 114, "public_ip": 115, "status": 119, "code": 120, "dz_prefixes": 127,
            "metrics_publisher_pk": 136, "contributor_pk": 168, "mgmt_vrf": 200, "deprecated_interfaces": 208,
            "reference_count": 308, "users_count": 312, "max_users": 314, "device_health": 316, "desired_status": 317,
            "unicast_users_count": 318, "multicast_subscribers_count": 320, "max_unicast_users": 322,
            "max_multicast_subscribers": 324, "reserved_seats": 326, "multicast_publishers_count": 328,
            "max_multicast_publishers": 330, "interfaces": 332,
        ]
        XCTAssertEqual(try offsets("device@v15"), expected)
    }

    func testDeviceSizesOfTheFixtureEras() {
        // T = 287 for the legacy sample: T+10, T+18, T+20, T+24; current 478.
        XCTAssertEqual(["device@D10", "device@D11", "device@D12", "device@D13", "device@D15"].map { sampleBytes(layout($0)).count },
                       [297, 305, 307, 311, 478])
    }

    func testGlobalStateOffsets() throws {
        let expected: [String: Int] = [
            "account_type": 0, "bump_seed": 1, "account_index": 2, "foundation_allowlist": 18, "device_allowlist": 54,
            "user_allowlist": 58, "activator_authority_pk": 62, "sentinel_authority_pk": 94,
            "contributor_airdrop_lamports": 126, "user_airdrop_lamports": 134, "health_oracle_pk": 142,
            "qa_allowlist": 174, "feature_flags": 210, "feed_authority_pk": 226,
        ]
        XCTAssertEqual(try offsets("global_state@v7"), expected)
        XCTAssertEqual(["global_state@G4", "global_state@G5", "global_state@G6", "global_state@G7"].map { sampleBytes(layout($0)).count },
                       [210, 226, 258, 258])
    }

    func testReservationAndInstructionSizes() throws {
        XCTAssertEqual(sampleBytes(layout("reservation@v0")).count, 70)
        XCTAssertEqual(try offsets("reservation@v0"), ["account_type": 0, "owner": 1, "bump_seed": 33, "device_pk": 34, "client_ip": 66])
        XCTAssertEqual(sampleBytes(layout("reservation@v1")).count, 68)
        let sub = try BinaryEncoder.encodeInstruction(["bgp_status": .uint(1), "bgp_rtt_ns": .uint(5_500_000)],
                                                      layout("set_user_bgp_status@v1"), variant: 106)
        XCTAssertEqual(sub, [0x6A, 1, 0x60, 0xEC, 0x53, 0, 0, 0, 0, 0])
        XCTAssertEqual(try BinaryEncoder.encodeInstruction(["bgp_status": .uint(2)], layout("set_user_bgp_status@v0"), variant: 106),
                       [0x6A, 2])
    }
}
