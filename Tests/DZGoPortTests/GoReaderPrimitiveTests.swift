import DZGoPort
import DZJSON
import DZLayouts
import XCTest

/// docs/readers.md §2.1 and the Go column of §2.2: the ByteReader's rules, seen through the decoded value.
final class GoReaderPrimitiveTests: XCTestCase {
    /// A throwaway account layout of the given fields (an account, so the walker reads it).
    private func probe(_ fields: [Field]) -> LayoutVersion {
        var version = layout("reservation@v0")
        version.fields = fields
        return version
    }

    private func decode(_ bytes: [UInt8], _ fields: [Field]) -> [String: String] {
        let result = port.decodeToJSON(bytes, as: probe(fields))
        var out: [String: String] = [:]
        for member in result["ok"]?.objectValue?.members ?? [] {
            out[member.key] = JSONWriter.render(member.value, style: .compact)
        }
        return out
    }

    // §2.1: a cut wide field leaves its bytes for the next, narrower read.
    func testUserCutInsideTunnelIDGivesTheStrayByteToStatus() {
        let user = decoded(Array(fixture("user").prefix(Offsets.userTunnelID + 1)), "user@v7")
        XCTAssertEqual(user["tunnel_id"], json("0"))
        XCTAssertEqual(user["tunnel_net"], json(#""0.0.0.0/0""#))
        XCTAssertEqual(user["status"], json(#"{"value": 100, "label": "unknown"}"#))
    }

    func testUserCutInsidePublishersPrefixGivesTunnelFlagsOne() {
        let user = decoded(Array(fixture("user").prefix(Offsets.userPublishers + 2)), "user@v7")
        XCTAssertEqual(user["publishers"], json("null"))
        XCTAssertEqual(user["subscribers"], json("null"))
        XCTAssertEqual(user["validator_pubkey"], json(#""11111111111111111111111111111111""#))
        XCTAssertEqual(user["tunnel_endpoint"], json(#""0.0.0.0""#))
        XCTAssertEqual(user["tunnel_flags"], json("1"))
        XCTAssertEqual(user["bgp_status"], json("0"))
    }

    func testShortFixedWidthReadsDefaultWithoutMoving() {
        let fields = [Field("wide", .u64), Field("narrow", .u8)]
        XCTAssertEqual(decode([9, 8, 7], fields), ["wide": #""0""#, "narrow": "9"])
        XCTAssertEqual(decode(Array(repeating: 0xFF, count: 9), fields), ["wide": #""18446744073709551615""#, "narrow": "255"])
    }

    func testStrings() {
        let fields = [Field("s", .string), Field("next", .u8)]
        XCTAssertEqual(decode([0x41, 0, 0], fields), ["s": #""""#, "next": "65"], "fewer than 4 bytes: no move")
        XCTAssertEqual(decode([0, 0, 0, 0, 9], fields), ["s": #""""#, "next": "9"], "length 0: +4")
        XCTAssertEqual(decode([5, 0, 0, 0, 9], fields), ["s": #""""#, "next": "9"], "length past the end: +4 only")
        XCTAssertEqual(decode([3, 0, 0, 0, 0xFF, 0xFE, 0x41, 9], fields)["s"], #""fffe41""#, "invalid UTF-8 kept raw")
        XCTAssertEqual(decode([4, 0, 0, 0, 0xEF, 0xBB, 0xBF, 0x41], fields)["s"], #""efbbbf41""#, "BOM kept")
        XCTAssertEqual(decode([3, 0, 0, 0, 0xED, 0xA0, 0x80], fields)["s"], #""eda080""#, "surrogate kept")
    }

    func testPubkeyVectors() {
        let fields = [Field("v", .vec(.pubkey)), Field("next", .pubkey)]
        let key = [UInt8](repeating: 1, count: 32)
        let keyText = #""4vJ9JU1bJJE96FWSJKvHsmmFADCg4gpZQff4P3bkLKi""#
        XCTAssertEqual(decode([1, 0, 0], fields)["v"], "null", "fewer than 4 bytes: nil")
        XCTAssertEqual(decode([0, 0, 0, 0] + key, fields), ["v": "[]", "next": keyText], "count 0: empty, not nil")
        XCTAssertEqual(decode([1, 0, 0, 0] + key, fields), ["v": "[\(keyText)]", "next": #""11111111111111111111111111111111""#])
        XCTAssertEqual(decode([2, 0, 0, 0] + key, fields), ["v": "null", "next": keyText], "count·32 past the end: nil, +4")
        XCTAssertEqual(decode([0xFF, 0xFF, 0xFF, 0xFF] + key, fields), ["v": "null", "next": keyText])
    }

    func testNetworkVectorsAreNilForCountZero() {
        let fields = [Field("v", .vec(.networkV4)), Field("next", .u8)]
        XCTAssertEqual(decode([0, 0, 0, 0, 7], fields), ["v": "null", "next": "7"])
        XCTAssertEqual(decode([1, 0, 0, 0, 10, 0, 0, 1, 40, 7], fields), ["v": #"["10.0.0.1/40"]"#, "next": "7"],
                       "the prefix is kept as stored, even past 32")
        XCTAssertEqual(decode([2, 0, 0, 0, 10, 0, 0, 1, 8], fields), ["v": "null", "next": "10"])
    }

    func testVectorsTheBytesHoldAreRead() {
        let count = 65_537
        let bytes = patched([UInt8](repeating: 0, count: 4 + 5 * count), at: 0, UInt32(count))
        guard case .ok(let record) = port.decode(bytes, as: probe([Field("v", .vec(.networkV4))])) else { return XCTFail("decodes") }
        XCTAssertEqual(record["v"]?.listValue?.count, count)
        XCTAssertEqual(decode(Array(bytes.dropLast(5)), [Field("v", .vec(.networkV4))]), ["v": "null"],
                       "a count the bytes cannot hold never allocates")
    }

    /// Go's Uint128 has its halves swapped: High is the LE u64 of bytes 0..7.
    func testU128HalvesAreSwapped() {
        let fields = [Field("x", .u128)]
        XCTAssertEqual(decode([7] + [UInt8](repeating: 0, count: 15), fields)["x"], #"{"High":"7","Low":"0"}"#)
        let twoTo64Plus5 = patched(patched([UInt8](repeating: 0, count: 16), at: 0, UInt64(5)), at: 8, UInt64(1))
        XCTAssertEqual(decode(twoTo64Plus5, fields)["x"], #"{"High":"5","Low":"1"}"#)
    }

    func testBoolIsAnyNonZeroByte() {
        XCTAssertEqual(decode([2], [Field("b", .bool)])["b"], "true")
        XCTAssertEqual(decode([0], [Field("b", .bool)])["b"], "false")
    }
}
