import DZCodec
import DZJSON
import DZLayouts
import DZPorts
import XCTest

/// The Python column of docs/readers.md §8: the divergence rows not covered elsewhere, and the truncation
/// sweep ranges at the end of §8.
final class DivergenceTests: XCTestCase {
    // MARK: Rows 1, 2, 19, 20, 21, 28, 29

    func testEveryAccountVersionReadsTheEmptyBufferAsDefaults() {
        let readers = Registry.standard.sdk("py").readers
        for account in Registry.standard.accounts {
            for version in account.versions {
                let result = decoded([], version)
                if readers[account.name] == nil {
                    XCTAssertEqual(result["error"]?["class"], .string("NoReader"), version.reference)
                    XCTAssertEqual(result["error"]?["message"], .string("the Python SDK has no reader for \(account.title)"))
                    continue
                }
                let walked = Registry.standard.sdk("py").readerFields(for: version, in: Registry.standard) ?? []
                // An empty account reads every byte as 0; an IntEnum without a member 0 (LinkLinkType) raises on it.
                let lackingZero = walked.compactMap { field -> String? in
                    guard case .enumeration(let id) = field.type,
                          case .labelled(let className, let labels, _)? = Registry.standard.sdk("py").enums[id],
                          !labels.contains(where: { $0.value == 0 }) else { return nil }
                    return className
                }
                if let className = lackingZero.first {
                    XCTAssertEqual(result["error"]?["message"], .string("0 is not a valid \(className)"), version.reference)
                } else {
                    XCTAssertEqual(result["ok"]?.objectValue?.members.map(\.key), walked.map(\.name), version.reference)
                }
            }
        }
    }

    func testCutAtAFieldBoundaryDefaultsTheRest() throws {
        let cuts: [(String, LayoutVersion, [Int])] = [
            ("user", user, [0, 1, 33, 49, 50, 51, 83, 115, 116, 120, 124, 126, 131, 132, 168, 204, 236, 240, 241, 242,
                            250, 258, 266]),
            ("global_state", globalState, [0, 1, 2, 18, 54, 58, 62, 94, 126, 134, 142, 174, 210, 226]),
            ("device", device, [1, 33, 49, 50, 82, 114, 115, 119, 120, 127, 136, 168, 200, 208, 260, 308, 312, 314, 316,
                                317, 318, 320, 322, 324, 326, 328, 330, 332, 336, 424]),
        ]
        for (name, version, lengths) in cuts {
            let bytes = try fixture(name)
            for length in lengths {
                guard case .ok = port.decode(Array(bytes[..<length]), as: version) else {
                    return XCTFail("\(name) cut at \(length) should decode")
                }
            }
        }
    }

    func testExtraTrailingBytesAreIgnored() throws {
        for (name, version) in [("user", user), ("global_state", globalState), ("device", device)] {
            let bytes = try fixture(name)
            XCTAssertEqual(decoded(bytes + [UInt8](repeating: 0xAB, count: 9), version), decoded(bytes, version), name)
        }
    }

    func testOldLayoutZeroFeedSlotReadsAsAnEmptyVector() throws {
        let bytes = try fixture("user")
        XCTAssertEqual(ok(Array(bytes.dropLast(68)) + [UInt8](repeating: 0, count: 32), user)["feed_pks"], .array([]))
    }

    func testOldLayoutWithoutTheBGPFields() throws {
        let value = ok(Array(try fixture("user").dropLast(93)), user)
        XCTAssertEqual(value["bgp_status"], enumValue(0, "unknown"))
        XCTAssertEqual(["last_bgp_up_at", "last_bgp_reported_at", "bgp_rtt_ns"].map { value[$0] }, Array(repeating: .string("0"), count: 3))
        XCTAssertEqual(value["feed_pks"], .array([]))
    }

    func testGlobalStateDeprecatedAllowlistIsReadStrictly() throws {
        // Six whole keys fit in the 200 bytes left, then the seventh raises.
        assertRaises(patched(try fixture("global_state"), at: 54, u32(100)), globalState, "ValueError",
                     "borsh: not enough data for 32 bytes at offset 250")
        assertRaises(patched(try fixture("global_state"), at: 18, u32(0xFFFF_FFFF)), globalState, "ValueError",
                     "borsh: not enough data for 32 bytes at offset 246")
    }

    // MARK: Older layout versions, read as a release that knew them would

    func testOlderUserVersionsReadTheSamePrefix() throws {
        let bytes = try fixture("user")
        let current = try XCTUnwrap(ok(bytes, user).objectValue)
        for number in 0..<6 {
            let older = try XCTUnwrap(ok(bytes, layout("user@v\(number)")).objectValue)
            for member in older.members { XCTAssertEqual(member.value, current[member.key], "user@v\(number) \(member.key)") }
        }
        XCTAssertEqual(ok(bytes, layout("user@v6"))["feed_pk"], .string(Pubkey(bytes[266..<298]).base58))
    }

    func testUntaggedInterfaceStructOfD5() throws {
        let element: [UInt8] = [1] + u32(2) + Array("lo".utf8) + [1, 1] + u16(5) + [10, 0, 0, 1, 32] + [7, 0, 1]
        let value = ok(Array(try fixture("device")[..<208]) + u32(1) + element + u32(12), layout("device@v5"))
        XCTAssertEqual(value["deprecated_interfaces"], .array([.object([
            "version": .integer(1), "name": .string("6c6f"), "interface_type": enumValue(1, "loopback"),
            "loopback_type": enumValue(1, "vpnv4"), "vlan_id": .integer(5), "ip_net": .string("10.0.0.1/32"),
            "node_segment_idx": .integer(7), "user_tunnel_endpoint": .bool(true),
        ])]))
        XCTAssertEqual(value["reference_count"], .integer(12))
    }

    func testReservation() {
        let bytes: [UInt8] = [14] + [UInt8](repeating: 1, count: 32) + [0xFD] + [UInt8](repeating: 2, count: 32) + [10, 0, 0, 2]
        let first = ok(bytes, layout("reservation@v0"))
        XCTAssertEqual(first["bump_seed"], .integer(253))
        XCTAssertEqual(first["client_ip"], .string("10.0.0.2"))
        XCTAssertEqual(ok(bytes, layout("reservation@v1"))["reserved_count"], .integer(10))
    }

    // MARK: The truncation sweep (every length of each reference fixture)

    private enum Failure: Hashable { case enumOrString, vector, mismatch }

    private func sweep(_ name: String, _ version: LayoutVersion) throws -> [Failure: Set<Int>] {
        let bytes = try fixture(name)
        var found: [Failure: Set<Int>] = [:]
        for length in 0...bytes.count {
            switch port.decode(Array(bytes[..<length]), as: version) {
            case .ok: continue
            case .error(_, let message):
                let kind: Failure = message.contains(" bytes at offset ") ? .vector
                    : message.hasPrefix("Device interfaces length") ? .mismatch : .enumOrString
                found[kind, default: []].insert(length)
            case .fatal(let reason, _):
                XCTFail("\(name) cut at \(length): fatal \(reason)")
            }
        }
        return found
    }

    private func lengths(_ spans: [ClosedRange<Int>]) -> Set<Int> { Set(spans.flatMap { $0 }) }

    func testUserSweep() throws {
        XCTAssertEqual(try sweep("user", user), [
            .enumOrString: lengths([52...82, 84...114, 117...117, 119...119, 121...121, 125...125, 127...130]),
            .vector: lengths([136...167, 172...203, 246...249, 254...257, 262...265, 270...333]),
        ])
    }

    func testDeviceSweep() throws {
        XCTAssertEqual(try sweep("device", device), [
            .enumOrString: lengths([
                51...81, 83...113, 116...118, 137...137, 140...167, 169...169, 172...199, 204...207, 215...226,
                248...248, 263...274, 282...286, 290...294, 296...296, 309...309, 313...313, 315...315, 341...352,
                374...374, 429...440, 448...452, 456...460, 462...462,
                124...126,  // a cut string: the "TS throws too" column of the table
            ]),
            .vector: lengths([131...135]),
            .mismatch: lengths([319...319, 321...321, 323...323, 325...325, 327...327, 329...329, 331...331, 333...335]),
        ])
    }

    func testGlobalStateSweep() throws {
        XCTAssertEqual(try sweep("global_state", globalState), [
            .vector: lengths([6...17, 22...53, 66...69, 98...101, 130...133, 138...141, 146...173, 178...209]),
        ])
    }
}
