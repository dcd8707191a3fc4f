import DZCodec
import DZComparison
import DZFixtures
import DZJSON
import DZLayouts
import DZPorts
import XCTest

/// Real divergences between the SDKs (docs/readers.md §8) show when the ports read the same bytes.
final class DivergenceTests: XCTestCase {
    let readers = ReaderSet()

    func read(_ bytes: [UInt8], _ reference: String) -> [ReaderID: JSONValue] {
        let version = try! Registry.standard.resolve(reference)
        return Dictionary(uniqueKeysWithValues: ReaderID.allCases.map { ($0, readers.decode(bytes, as: version, by: $0)) })
    }

    func sample(_ reference: String) -> [UInt8] {
        let version = try! Registry.standard.resolve(reference)
        return try! BinaryEncoder.encode(Samples.record(for: version), version)
    }

    /// Row 26: Go's Uint128 puts the low half in High.
    func testGoU128IndexHasSwappedHalves() {
        let results = read(sample("user@v7"), "user@v7")
        XCTAssertEqual(results[.go]?["ok"]?["index"], .object(["High": .string("200"), "Low": .string("0")]))
        XCTAssertEqual(results[.ts]?["ok"]?["index"], .string("200"))
        XCTAssertEqual(results[.py]?["ok"]?["index"], .string("200"))
        XCTAssertEqual(results[.program]?["ok"]?["index"], .string("200"))
    }

    /// Row 14: invalid UTF-8 in a Device code: raw bytes in Go, U+FFFD per maximal subpart in TypeScript,
    /// UnicodeDecodeError in Python.
    func testDeviceCodeWithInvalidUTF8() throws {
        var record = Samples.device
        record["code"] = .string([0xFF, 0xFE, 0x41])
        let results = read(try BinaryEncoder.encode(record, try Registry.standard.resolve("device@v15")), "device@v15")
        XCTAssertEqual(results[.go]?["ok"]?["code"], .string("fffe41"))
        XCTAssertEqual(results[.ts]?["ok"]?["code"], .string("efbfbdefbfbd41"))
        XCTAssertEqual(results[.py]?["error"]?["class"], .string("UnicodeDecodeError"))
        XCTAssertEqual(results[.py]?["error"]?["message"], .string("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"))
        XCTAssertEqual(results[.program]?["ok"]?["code"], .string(""), "the program defaults invalid UTF-8")
    }

    /// Row 17: an unknown UserStatus makes Python raise; Go and TypeScript keep it; the program defaults it.
    func testUnknownUserStatusOnPython() {
        var bytes = sample("user@v7")
        bytes[131] = 9
        let results = read(bytes, "user@v7")
        XCTAssertEqual(results[.py]?["error"]?["message"], .string("9 is not a valid UserStatus"))
        XCTAssertEqual(results[.go]?["ok"]?["status"]?["value"], .integer(9))
        XCTAssertEqual(results[.ts]?["ok"]?["status"]?["label"], .string("unknown"))
        XCTAssertEqual(results[.program]?["ok"]?["status"]?["value"], .integer(1))
    }

    /// Row 16: a string length past the end moves Go's cursor by 4, TypeScript's by 0, and Python raises.
    func testStringLengthPastTheEndGivesThreeCursors() {
        var bytes = sample("device@v15")
        bytes.replaceSubrange(120..<124, with: [0xE8, 0x03, 0, 0])  // code length 1000
        let results = read(bytes, "device@v15")
        XCTAssertEqual(results[.go]?["ok"]?["code"], .string(""))
        XCTAssertEqual(results[.py]?["error"]?["message"],
                       .string("borsh: not enough data for string of length 1000 at offset 124"))
        // Go goes on 4 bytes later (dz_prefixes' count is read from "dz1" and the next byte); TypeScript
        // re-reads the length prefix as dz_prefixes' count, 1000: it reads the 70 whole 5-byte elements
        // that fit (124…474) and throws on the 71st.
        XCTAssertNotNil(results[.go]?["ok"])
        XCTAssertEqual(results[.ts]?["error"]?["message"], .string("borsh: not enough data for 5 bytes at offset 474"))
        XCTAssertNotEqual(results[.go], results[.ts])
    }

    /// Rows 3, 9: a vector count past the end: Go's nil and +4, TypeScript throws, Python raises.
    func testVectorCountPastTheEnd() {
        var bytes = sample("user@v7")
        bytes.replaceSubrange(132..<136, with: [0xFF, 0xFF, 0xFF, 0xFF])
        let results = read(bytes, "user@v7")
        XCTAssertEqual(results[.go]?["ok"]?["publishers"], .null)
        // TypeScript reads the 6 whole keys that fit after the count (136…328), then throws.
        XCTAssertEqual(results[.ts]?["error"]?["message"], .string("borsh: not enough data for 32 bytes at offset 328"))
        XCTAssertEqual(results[.py]?["error"]?["class"], .string("ValueError"))
        XCTAssertEqual(results[.py]?["error"]?["message"], results[.ts]?["error"]?["message"])
        XCTAssertEqual(results[.program]?["ok"]?["publishers"], .array([]))
    }
}
