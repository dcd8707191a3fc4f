import DZCodec
import DZLayouts
import XCTest

/// docs/readers.md §2.1 (the cursor of a failed fixed-width read) and the TypeScript column of §2.2.
final class PrimitiveTests: XCTestCase {
    // §2.1: a short fixed-width read defaults and does not move, so its bytes feed the next narrower read.
    func testACutTunnelIdLeavesItsStrayByteToStatus() throws {
        let user = try ok(Array(try fixture("user")[..<125]), "user@v7")
        XCTAssertEqual(user["tunnel_id"], .uint(0))
        XCTAssertEqual(user["tunnel_net"], .network(.zero))
        XCTAssertEqual(user["status"], .uint(100))
    }

    func testACutPublishersPrefixFeedsTunnelFlags() throws {
        let user = try ok(Array(try fixture("user")[..<134]), "user@v7")
        XCTAssertEqual(user["publishers"], .list([]))
        XCTAssertEqual(user["subscribers"], .list([]))
        XCTAssertEqual(user["validator_pubkey"], .pubkey(.zero))
        XCTAssertEqual(user["tunnel_endpoint"], .ipv4(.zero))
        XCTAssertEqual(user["tunnel_flags"], .uint(1))
        XCTAssertEqual(user["bgp_status"], .uint(0))
    }

    // §2.2 strings: fewer than 4 bytes left gives "" without moving; the rest of the account defaults.
    func testAStringWithoutItsPrefixIsEmpty() throws {
        let device = try ok(Array(try fixture("device")[..<122]), "device@v15")
        XCTAssertEqual(device["code"], .string([]))
        XCTAssertEqual(device["dz_prefixes"], .list([]))
    }

    func testAZeroLengthStringTakesItsPrefix() throws {
        let bytes = try fixture("device")
        let device = try ok(Array(bytes[..<120]) + le(0, 4) + Array(bytes[127...]), "device@v15")
        XCTAssertEqual(device["code"], .string([]))
        XCTAssertEqual(device["dz_prefixes"]?.items, [.network(NetworkV4(address: IPv4(10, 10, 0, 0), prefix: 24))])
    }

    // The length is peeked: nothing is used up, so dz_prefixes reads the code's length (3) as its count.
    func testAStringLongerThanTheRestIsEmptyAndUsesNothing() throws {
        XCTAssertEqual(thrown(Array(try fixture("device")[..<125]), "device@v15"),
                       "borsh: not enough data for 5 bytes at offset 124")
        let bytes = try fixture("device")
        for length: UInt64 in [1000, 0xFFFF_FFFF] {
            // The prefix is read again as dz_prefixes' count: 70 whole networks fit in the 354 bytes after it.
            let message = thrown(Array(bytes[..<120]) + le(length, 4) + Array(bytes[124...]), "device@v15")
            XCTAssertEqual(message, "borsh: not enough data for 5 bytes at offset 474")
        }
    }

    // §2.2 vec<pubkey>: whole elements are read while they fit, then the strict reader throws.
    func testAShortPubkeyVectorThrowsAfterItsWholeElements() throws {
        let bytes = try fixture("user")
        XCTAssertEqual(thrown(Array(bytes[..<140]), "user@v7"), "borsh: not enough data for 32 bytes at offset 136")
        // 0xFFFFFFFF: 198 bytes follow the count, six whole keys, then the throw.
        XCTAssertEqual(thrown(Array(bytes[..<132]) + le(0xFFFF_FFFF, 4) + Array(bytes[136...]), "user@v7"),
                       "borsh: not enough data for 32 bytes at offset 328")
    }

    func testAShortNetworkVectorThrowsAfterItsWholeElements() throws {
        let bytes = try fixture("device")
        XCTAssertEqual(thrown(Array(bytes[..<127]) + le(1000, 4) + Array(bytes[131...]), "device@v15"),
                       "borsh: not enough data for 5 bytes at offset 476")
    }

    // §2.2 nil vs empty: TS has no nil; every missing or empty vector is [].
    func testListsAreNeverNil() throws {
        for reference in ["user@v7", "device@v15", "global_state@v7", "device@v3"] {
            let record = try ok([], reference)
            for entry in record.entries {
                if case .list(let items) = entry.value { XCTAssertEqual(items, [], "\(reference) \(entry.name)") }
            }
        }
        let zeroCount = try ok(Array(try fixture("user")[..<132]) + le(0, 4), "user@v7")
        XCTAssertEqual(zeroCount["publishers"], .list([]))
    }

    // §2.2 u128 is a correct bigint (bytes 0..7 low); u64 is exact up to 2^64-1.
    func testWideIntegersAreExact() throws {
        var bytes = try fixture("user")
        bytes.replaceSubrange(33..<49, with: le(5, 8) + le(1, 8))
        bytes.replaceSubrange(242..<250, with: le(.max, 8))
        XCTAssertEqual(try ok(bytes, "user@v7")["index"], .u128(UInt128(1) << 64 + 5))
        XCTAssertEqual(rendered(bytes, "user@v7")?["index"], .string("18446744073709551621"))
        XCTAssertEqual(rendered(bytes, "user@v7")?["last_bgp_up_at"], .string("18446744073709551615"))
    }

    // bool is `u8 !== 0`.
    func testAnyNonZeroByteIsTrue() throws {
        let element: [UInt8] = [0, 3] + le(0, 4) + [0, 0] + le(0, 2) + [0, 0, 0, 0, 0] + le(0, 2) + [7]
        let device = try ok(try DeviceBytes.device(count: 1, legacy: element), "device@v15")
        XCTAssertEqual(device["deprecated_interfaces"]?.items.first?["user_tunnel_endpoint"], .bool(true))
    }
}
