import DZCodec
import DZJSON
import DZLayouts
import XCTest

/// docs/readers.md §2.1 (the shared cursor rule) and the Python column of §2.2.
final class ReaderPrimitiveTests: XCTestCase {
    // MARK: §2.1: a short fixed-width read gives zero and does not move

    func testCutTunnelIdLeavesAStrayByteThatStatusTakes() throws {
        // user.bin cut after 1 of the 2 tunnel_id bytes (offset 124): status reads the 100 and raises.
        assertRaises(Array(try fixture("user")[..<125]), user, "ValueError", "100 is not a valid UserStatus")
    }

    func testCutPublishersPrefixLeavesStrayBytesForTunnelFlags() throws {
        let value = ok(Array(try fixture("user")[..<134]), user)
        XCTAssertEqual(value["publishers"], .array([]))
        XCTAssertEqual(value["subscribers"], .array([]))
        XCTAssertEqual(value["validator_pubkey"], .string(zeroKey))
        XCTAssertEqual(value["tunnel_endpoint"], .string("0.0.0.0"))
        XCTAssertEqual(value["tunnel_flags"], .integer(1))
        XCTAssertEqual(value["bgp_status"], enumValue(0, "unknown"))
    }

    func testShortWideFieldsAreZero() throws {
        let value = ok(Array(try fixture("user")[..<40]), user)
        XCTAssertEqual(value["owner"], .string("7Tk94Yf6oGXYDQYXqSZrwxYwqwEznCn34GcFKinYCEU7"))
        XCTAssertEqual(value["index"], .string("0"), "7 of 16 bytes: zero, no move")
        XCTAssertEqual(value["bump_seed"], .integer(200), "index's first byte lands here")
        XCTAssertEqual(value["tenant_pk"], .string(zeroKey))
        XCTAssertEqual(value["client_ip"], .string("0.0.0.0"), "the last 4 bytes")
    }

    func testEmptyBufferGivesEveryDefault() {
        let value = ok([], user)
        XCTAssertEqual(value["owner"], .string(zeroKey))
        XCTAssertEqual(value["index"], .string("0"))
        XCTAssertEqual(value["tunnel_net"], .string("0.0.0.0/0"))
        XCTAssertEqual(value["status"], enumValue(0, "pending (deprecated)"))
        XCTAssertEqual(value["feed_pks"], .array([]))
    }

    // MARK: §2.2: integers

    func testU128IsTheCorrectValueWithTheHighHalfSet() throws {
        let bytes = patched(try fixture("user"), at: 33, u64(5) + u64(1))
        XCTAssertEqual(ok(bytes, user)["index"], .string("18446744073709551621"))
    }

    func testU64MaxIsExact() throws {
        let bytes = patched(try fixture("user"), at: 242, u64(.max))
        XCTAssertEqual(ok(bytes, user)["last_bgp_up_at"], .string("18446744073709551615"))
    }

    // MARK: §2.2: strings (Device.code at 120)

    private func withCode(_ content: [UInt8], length: UInt32? = nil) throws -> [UInt8] {
        let current = try fixture("device")
        return Array(current[..<120]) + u32(length ?? UInt32(content.count)) + content + Array(current[127...])
    }

    func testStringWithFewerThanFourBytesLeftIsEmptyWithoutAMove() throws {
        let value = ok(Array(try fixture("device")[..<123]), device)
        XCTAssertEqual(value["code"], .string(""))
        XCTAssertEqual(value["dz_prefixes"], .array([]), "the 3 stray bytes are not a vector prefix either")
    }

    func testEmptyStringUsesItsPrefix() throws {
        let value = ok(try withCode([]), device)
        XCTAssertEqual(value["code"], .string(""))
        XCTAssertEqual(value["dz_prefixes"], .array([.string("10.10.0.0/24")]))
    }

    func testStringLongerThanTheBytesLeftRaisesWithTheOffsetAfterThePrefix() throws {
        for length: UInt32 in [1000, 0xFFFF_FFFF] {
            assertRaises(try withCode(Array("dz1".utf8), length: length), device, "ValueError",
                         "borsh: not enough data for string of length \(length) at offset 124")
        }
        assertRaises(Array(try fixture("device")[..<125]), device, "ValueError",
                     "borsh: not enough data for string of length 3 at offset 124")
    }

    func testInvalidUTF8RaisesUnicodeDecodeError() throws {
        assertRaises(try withCode([0xFF, 0xFE, 0x41]), device, "UnicodeDecodeError",
                     "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
        assertRaises(try withCode([0xED, 0xA0, 0x80]), device, "UnicodeDecodeError",
                     "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte")
        assertRaises(try withCode([0xC0, 0x80]), device, "UnicodeDecodeError",
                     "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte")
    }

    func testBOMIsKeptAndTextIsRenderedAsItsUTF8Hex() throws {
        XCTAssertEqual(ok(try withCode([0xEF, 0xBB, 0xBF, 0x41]), device)["code"], .string("efbbbf41"))
        XCTAssertEqual(ok(try withCode(Array("é€😀".utf8)), device)["code"], .string("c3a9e282acf09f9880"))
    }

    // MARK: §2.2: vectors

    func testVectorWithFewerThanFourBytesLeftIsEmpty() throws {
        XCTAssertEqual(ok(Array(try fixture("user")[..<268]), user)["feed_pks"], .array([]))
    }

    func testVectorCountZeroIsEmpty() throws {
        XCTAssertEqual(ok(Array(try fixture("user")[..<266]) + u32(0), user)["feed_pks"], .array([]))
    }

    func testVectorCutRaisesAtTheFirstMissingElement() throws {
        let current = try fixture("user")
        assertRaises(Array(current[..<136]), user, "ValueError", "borsh: not enough data for 32 bytes at offset 136")
        assertRaises(Array(current[..<300]), user, "ValueError", "borsh: not enough data for 32 bytes at offset 270")
    }

    func testHugeCountsRaiseAfterEveryWholeElement() throws {
        // publishers: six whole keys fit after 136; feed_pks: its own two keys fit after 270.
        for (offset, failing) in [(132, 328), (266, 334)] {
            assertRaises(patched(try fixture("user"), at: offset, u32(0xFFFF_FFFF)), user, "ValueError",
                         "borsh: not enough data for 32 bytes at offset \(failing)")
        }
        assertRaises(patched(try fixture("device"), at: 127, u32(0xFFFF_FFFF)), device, "ValueError",
                     "borsh: not enough data for 5 bytes at offset 476")
    }

    func testAVectorTheBytesHoldIsRead() throws {
        let head = Array(try fixture("user")[..<266])
        let count = 65_537
        guard case .ok(let record) = port.decode(head + u32(UInt32(count)) + [UInt8](repeating: 0, count: 32 * count), as: user)
        else { return XCTFail("a count the bytes hold decodes") }
        XCTAssertEqual(record["feed_pks"]?.listValue?.count, count)
    }

    func testVectorOfIPv4IsStrictLikeTheOthers() throws {
        let bytes = Array(try fixture("device")[..<200]) + u32(0) + u32(0) + u32(0) + u32(2) + [10, 0, 0, 1]
        assertRaises(bytes, layout("device@v3"), "ValueError", "borsh: not enough data for 4 bytes at offset 220")
    }
}
