import DZCodec
import DZLayouts
import DZPorts
import XCTest

/// The TypeScript column of docs/readers.md §8 not covered elsewhere, and the truncation sweep ranges.
final class DivergenceTests: XCTestCase {
    // Row 1: an empty buffer gives every default (enums 0, not the program's default variant).
    func testAnEmptyBufferGivesDefaults() throws {
        let user = try ok([], "user@v7")
        XCTAssertEqual(user["status"], .uint(0))
        XCTAssertEqual(user["index"], .u128(0))
        XCTAssertEqual(user["owner"], .pubkey(.zero))
        XCTAssertEqual(try ok([], "device@v15")["interfaces"], .list([]))
        XCTAssertEqual(try ok([], "global_state@v7")["foundation_allowlist"], .list([]))
    }

    // Row 3: a cut inside a vector throws; so do stray wide-field bytes landing on a vector count.
    func testStrayBytesOnAVectorCountThrow() throws {
        let user = try fixture("user")
        XCTAssertEqual(thrown(Array(user[..<246]), "user@v7"), "borsh: not enough data for 32 bytes at offset 246")
        let globalState = try fixture("global_state")
        XCTAssertNotNil(thrown(Array(globalState[..<6]), "global_state@v7"))
    }

    // Row 5: a cut inside string content leaves the prefix for the next field: mgmt_vrf's length (4)
    // becomes the legacy interface count.
    func testAStringCutInItsContentLeavesItsPrefix() throws {
        let device = try ok(Array(try fixture("device")[..<206]), "device@v15")
        XCTAssertEqual(device["mgmt_vrf"], .string([]))
        XCTAssertEqual(device["deprecated_interfaces"]?.items.count, 4)
    }

    // Row 17: unknown values are kept as raw numbers.
    func testUnknownEnumValuesAreKept() throws {
        var bytes = try fixture("user")
        bytes[50] = 9; bytes[115] = 9; bytes[131] = 9; bytes[241] = 7
        let user = try ok(bytes, "user@v7")
        XCTAssertEqual([user["user_type"], user["cyoa_type"], user["status"], user["bgp_status"]], [.uint(9), .uint(9), .uint(9), .uint(7)])
        XCTAssertEqual(rendered(bytes, "user@v7")?["bgp_status"]?["label"], .string("unknown"))
    }

    // Row 19: no decoder checks the account type byte.
    func testTheAccountTypeIsNotChecked() throws {
        var bytes = try fixture("user")
        bytes[0] = 5
        XCTAssertEqual(try ok(bytes, "user@v7")["account_type"], .uint(5))
        // Another account's bytes decode too, as far as their shape allows (a User read of device.bin
        // throws on a vector, so GlobalState stands in).
        XCTAssertEqual(try ok(try fixture("device"), "global_state@v7")["account_type"], .uint(5))
    }

    // Rows 20 and 21: trailing bytes are ignored.
    func testTrailingBytesAreIgnored() throws {
        let user = try fixture("user")
        XCTAssertEqual(try ok(user + [1, 2, 3], "user@v7"), try ok(user, "user@v7"))
        let device = try fixture("device")
        XCTAssertEqual(try ok(device + [0xAB, 0xAB], "device@v15"), try ok(device, "device@v15"))
    }

    // Rows 28 and 29: the old-layout tests of the SDK.
    func testOldUserLayoutsReadAsEmpty() throws {
        let user = try fixture("user")
        let zeroSlot = try ok(Array(user[..<(user.count - 68)]) + [UInt8](repeating: 0, count: 32), "user@v7")
        XCTAssertEqual(zeroSlot["feed_pks"], .list([]))
        let old = try ok(Array(user[..<241]), "user@v7")
        XCTAssertEqual([old["bgp_status"], old["last_bgp_up_at"], old["bgp_rtt_ns"], old["feed_pks"]],
                       [.uint(0), .uint(0), .uint(0), .list([])])
    }

    // The sweep (docs/readers.md, end of §8): every truncation of the reference-shaped fixtures. TS throws
    // exactly at these lengths (vector, string, or the Device count check) and decodes everywhere else.
    func testTheTruncationSweepRanges() throws {
        let expected: [(String, String, [ClosedRange<Int>])] = [
            ("user", "user@v7", [136...167, 172...203, 246...249, 254...257, 262...265, 270...333]),
            ("device", "device@v15", [124...126, 131...135, 319...319, 321...321, 323...323, 325...325, 327...327,
                                      329...329, 331...331, 333...335]),
            ("global_state", "global_state@v7", [6...17, 22...53, 66...69, 98...101, 130...133, 138...141, 146...173,
                                                 178...209]),
        ]
        for (name, reference, ranges) in expected {
            let bytes = try fixture(name)
            var throwing: [Int] = []
            for cut in 0...bytes.count {
                switch port.decode(Array(bytes[..<cut]), as: layout(reference)) {
                case .ok: break
                case .error(let className, _): XCTAssertEqual(className, "Error"); throwing.append(cut)
                case .fatal(let reason, _): XCTFail("\(name)@\(cut): fatal \(reason)")
                }
            }
            XCTAssertEqual(throwing, ranges.flatMap { Array($0) }, name)
        }
        // The device lengths where a stray tail byte is left report the count mismatch.
        for cut in [319, 321, 331, 333, 335] {
            XCTAssertEqual(thrown(Array(try fixture("device")[..<cut]), "device@v15"),
                           "Device interfaces length 0 != deprecatedInterfaces length 2", "device@\(cut)")
        }
    }
}
