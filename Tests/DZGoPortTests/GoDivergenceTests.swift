import DZGoPort
import DZJSON
import DZLayouts
import DZPorts
import XCTest

/// The Go column of docs/readers.md §8 (the divergence matrix, row by row) and its truncation sweep.
final class GoDivergenceTests: XCTestCase {
    private let user = fixture("user")
    private let device = fixture("device")
    private let globalState = fixture("global_state")

    func testRow1EmptyBuffer() {
        let user = decoded([], "user@v7")
        for list in ["publishers", "subscribers", "feed_pks"] { XCTAssertEqual(user[list], json("null"), list) }
        XCTAssertEqual(user["index"], json(#"{"High": "0", "Low": "0"}"#))
        XCTAssertEqual(user["status"], json(#"{"value": 0, "label": "pending (deprecated)"}"#), "Go's zero, not Rust's default")
        let device = decoded([], "device@v15")
        XCTAssertEqual(device["deprecated_interfaces"], json("[]"))
        XCTAssertEqual(device["interfaces"], json("[]"))
        XCTAssertEqual(device["dz_prefixes"], json("null"))
        XCTAssertEqual(decoded([], "global_state@v7")["qa_allowlist"], json("null"))
    }

    /// A vector whose count·32 exceeds the bytes left is nil with +4; decoding goes on misaligned.
    func testRows3And9VectorPastTheEnd() {
        XCTAssertEqual(decoded(Array(user.prefix(270)), "user@v7")["feed_pks"], json("null"))
        XCTAssertEqual(decoded(Array(globalState.prefix(30)), "global_state@v7")["foundation_allowlist"], json("null"))
        let huge = decoded(patched(user, at: Offsets.userFeedPks, UInt32.max), "user@v7")
        XCTAssertEqual(huge["feed_pks"], json("null"))
        let misaligned = decoded(patched(globalState, at: 18, UInt32(100)), "global_state@v7")
        XCTAssertEqual(misaligned["foundation_allowlist"], json("null"))
        XCTAssertEqual(misaligned["device_allowlist"]?.arrayValue?.count, 1, "its count is read from the foundation key")
    }

    func testRow10CountZero() {
        XCTAssertEqual(decoded(patched(user, at: Offsets.userFeedPks, UInt32(0)), "user@v7")["feed_pks"], json("[]"))
        let noPrefixes = Array(device.prefix(Offsets.deviceDzPrefixes)) + [0, 0, 0, 0]
        XCTAssertEqual(decoded(noPrefixes, "device@v0")["dz_prefixes"], json("null"))
    }

    /// A cut in string content: "" and +4, then the content bytes are read as the next field.
    func testRows5And16StringPastTheEnd() {
        let cut = decoded(Array(device.prefix(Offsets.deviceCode + 6)), "device@v15")
        XCTAssertEqual(cut["code"], json(#""""#))
        XCTAssertEqual(cut["dz_prefixes"], json("null"), "the 2 content bytes are too few for a count")
        let long = decoded(patched(device, at: Offsets.deviceCode, UInt32(1000)), "device@v15")
        XCTAssertEqual(long["code"], json(#""""#))
        XCTAssertEqual(long["dz_prefixes"], json("null"), "its count is read from the content \"dz1\" and beyond")
    }

    func testRow14InvalidUTF8IsKeptRaw() {
        var bytes = device
        bytes.replaceSubrange((Offsets.deviceCode + 4)..<(Offsets.deviceCode + 7), with: [0xFF, 0xFE, 0x41])
        XCTAssertEqual(decoded(bytes, "device@v15")["code"], json(#""fffe41""#))
    }

    func testRows17And18EnumValues() {
        func userWith(_ offset: Int, _ raw: UInt8) -> JSONObject {
            var bytes = user
            bytes[offset] = raw
            return decoded(bytes, "user@v7")
        }
        XCTAssertEqual(userWith(50, 9)["user_type"], json(#"{"value": 9, "label": "<panic>"}"#))
        XCTAssertEqual(userWith(115, 9)["cyoa_type"], json(#"{"value": 9, "label": "<panic>"}"#))
        XCTAssertEqual(userWith(131, 9)["status"], json(#"{"value": 9, "label": "unknown"}"#))
        XCTAssertEqual(userWith(131, 2)["status"], json(#"{"value": 2, "label": "suspended (deprecated)"}"#))
        XCTAssertEqual(userWith(131, 3)["status"], json(#"{"value": 3, "label": "deleted"}"#))
        XCTAssertEqual(userWith(241, 7)["bgp_status"], json("7"))
        func deviceWith(_ offset: Int, _ raw: UInt8) -> JSONObject {
            var bytes = device
            bytes[offset] = raw
            return decoded(bytes, "device@v15")
        }
        XCTAssertEqual(deviceWith(114, 3)["device_type"], json(#"{"value": 3, "label": "<panic>"}"#))
        XCTAssertEqual(deviceWith(119, 5)["status"], json(#"{"value": 5, "label": "drained"}"#))
        XCTAssertEqual(deviceWith(119, 7)["status"], json(#"{"value": 7, "label": "link-provisioning"}"#))
        XCTAssertEqual(deviceWith(316, 9)["device_health"], json(#"{"value": 9, "label": "DeviceHealth(9)"}"#))
        XCTAssertEqual(deviceWith(317, 3)["desired_status"], json(#"{"value": 3, "label": "unknown"}"#))
        XCTAssertEqual(element(deviceWith(213, 9), "deprecated_interfaces", 0)?["status"],
                       json(#"{"value": 9, "label": "<panic>"}"#))
    }

    /// No decoder checks byte 0; trailing bytes after User and GlobalState are ignored.
    func testRows19And20() {
        XCTAssertEqual(decoded([0] + user.dropFirst(), "user@v7")["account_type"], json("0"))
        if case .error = port.decode(device, as: layout("user@v7")) { XCTFail("a Device blob decodes as a User") }
        XCTAssertEqual(goJSON(user + [1, 2, 3], "user@v7"), goJSON(user, "user@v7"))
        XCTAssertEqual(goJSON(globalState + [9], "global_state@v7"), goJSON(globalState, "global_state@v7"))
    }

    func testRow26And27WideIntegers() {
        let index = patched(patched(user, at: 33, UInt64(5)), at: 41, UInt64(1))
        XCTAssertEqual(decoded(index, "user@v7")["index"], json(#"{"High": "5", "Low": "1"}"#))
        XCTAssertEqual(decoded(patched(user, at: 258, UInt64.max), "user@v7")["bgp_rtt_ns"], json(#""18446744073709551615""#))
    }

    /// §9.3: the old scalar feed_pk slot (32 zero bytes) reads as an empty, non-nil feed_pks.
    func testRows28And29OldUserLayouts() {
        let zeroSlot = decoded(Array(user.dropLast(68)) + [UInt8](repeating: 0, count: 32), "user@v7")
        XCTAssertEqual(zeroSlot["feed_pks"], json("[]"))
        let old = decoded(Array(user.dropLast(93)), "user@v7")
        XCTAssertEqual(old["bgp_status"], json("0"))
        XCTAssertEqual(old["last_bgp_up_at"], json(#""0""#))
        XCTAssertEqual(old["bgp_rtt_ns"], json(#""0""#))
        XCTAssertEqual(old["feed_pks"], json("null"))
        XCTAssertEqual(old["tunnel_flags"], json("0"))
    }

    /// §8 sweep, Go column: every truncation decodes (Go never fails); on device.bin the guard, the
    /// mismatch and the clamped skip show exactly at the listed lengths.
    func testTruncationSweep() {
        for (name, reference) in [("user", "user@v7"), ("global_state", "global_state@v7"), ("device_legacy", "device@v15")] {
            let bytes = fixture(name)
            for length in 0...bytes.count {
                guard case .ok = port.decode(Array(bytes.prefix(length)), as: layout(reference)) else {
                    return XCTFail("\(name)@\(length) does not decode")
                }
            }
        }
        let mismatch = Set([319, 321, 323, 325, 327, 329, 331, 333, 334, 335])
        for length in 0...device.count {
            let decoded = decoded(Array(device.prefix(length)), "device@v15")
            let guardFired = (212...247).contains(length)
            XCTAssertEqual(decoded["deserialize_error"] != json("null"), mismatch.contains(length), "device@\(length)")
            XCTAssertEqual(decoded["interfaces"] == json("null"), guardFired || mismatch.contains(length), "device@\(length)")
            if guardFired { XCTAssertEqual(decoded["deprecated_interfaces"], json("[]"), "device@\(length)") }
            if (338...423).contains(length) {
                XCTAssertEqual(element(decoded, "interfaces", 1)?["size"], json("0"), "device@\(length): clamped skip")
            }
        }
    }
}
