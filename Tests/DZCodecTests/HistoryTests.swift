import DZCodec
import DZFixtures
import DZLayouts
import XCTest

/// The history cases docs/program-rules.md §4 and docs/readers.md §9.3 single out.
final class HistoryTests: XCTestCase {
    /// RFC 19 (3be93589f): a U3 account read by the U4 program has bgp_status Unknown and both slots 0.
    func testU3AccountReadAsU4() throws {
        let decoding = try decode(sampleBytes(layout("user@U3")), "user@U4")
        XCTAssertEqual(decoding.record["bgp_status"], .uint(0))
        XCTAssertEqual(decoding.record["last_bgp_up_at"], .uint(0))
        XCTAssertEqual(decoding.record["last_bgp_reported_at"], .uint(0))
        XCTAssertEqual(decoding.outcomes.suffix(3).map(\.outcome), [.missing, .missing, .missing])
        XCTAssertEqual(decoding.record["tunnel_flags"], .uint(0))
    }

    /// The upstream old-layout tests: today's user.bin without its last 93 bytes is U3 again.
    func testTodaysUserCutBy93BytesIsU3() throws {
        let bytes = sampleBytes(layout("user@U7"))
        XCTAssertEqual(Array(bytes.dropLast(93)), sampleBytes(layout("user@U3")))
        let decoding = try decode(Array(bytes.dropLast(93)), "user@U7")
        XCTAssertEqual(decoding.record["feed_pks"], .list([]))
        XCTAssertEqual(decoding.record["bgp_rtt_ns"], .uint(0))
    }

    /// docs/program-rules.md §4: U7 reads U6's zero feed_pk slot as an empty vector and ignores the other 28 bytes.
    func testU6ZeroSlotReadsAsEmptyFeedPks() throws {
        let u6 = sampleBytes(layout("user@U6"))
        XCTAssertEqual(Array(u6.suffix(32)), [UInt8](repeating: 0, count: 32))
        let decoding = try decode(u6, "user@U7")
        XCTAssertEqual(decoding.record["feed_pks"], .list([]))
        XCTAssertEqual(decoding.consumed, u6.count - 28)
    }

    /// docs/program-rules.md §4: a real key in the U6 slot becomes a huge count; the vector hits EOF and is empty.
    func testU6SlotHoldingAKeyReadsAsEmptyVecWithoutAllocating() throws {
        var record = Samples.record(for: layout("user@U6"))
        record["feed_pk"] = .pubkey(Pubkey([0x61, 0x62, 0x63, 0x64] + [UInt8](repeating: 7, count: 28)))
        let bytes = try BinaryEncoder.encode(record, layout("user@U6"))
        let decoding = try decode(bytes, "user@U7")
        XCTAssertEqual(decoding.record["feed_pks"], .list([]))
        XCTAssertEqual(decoding.outcomes.last?.outcome, .defaulted(reason: "32 bytes needed, 28 left"))
    }

    func testLegacyDeviceIsRebuiltWithVersion4RealSizesAndMtu9000() throws {
        let decoding = try decode(sampleBytes(layout("device@D13")), "device@D15")
        let interfaces = try XCTUnwrap(decoding.record["interfaces"]?.listValue)
        XCTAssertEqual(interfaces.count, 2)
        let loopback = try XCTUnwrap(interfaces[0].recordValue)
        XCTAssertEqual(loopback["version"], .uint(4))
        XCTAssertEqual(loopback["size"], .uint(54), "Rust computes a real size: 45 + len(Loopback0)")
        XCTAssertEqual(loopback["mtu"], .uint(9000), "V1 entries are widened with mtu 9000")
        XCTAssertEqual(interfaces[1].recordValue?["bandwidth"], .uint(10_000_000_000))
    }

    func testCurrentDeviceKeepsTheTrailingVec() throws {
        let decoding = try decode(sampleBytes(layout("device@D15")), "device@D15")
        let interfaces = try XCTUnwrap(decoding.record["interfaces"]?.listValue)
        XCTAssertEqual(interfaces.map { $0.recordValue?["size"] }, [.uint(88), .uint(54)])
        XCTAssertEqual(interfaces[0].recordValue?["flex_algo_node_segments"]?.listValue?.count, 1)
    }

    func testFutureVersionElementParsesKnownFieldsAndSkipsTheRest() throws {
        let bytes = FixtureCatalogue.stampFutureVersion(sampleBytes(layout("device@D15")))
        XCTAssertEqual(bytes.count, 486)
        let decoding = try decode(bytes, "device@D15")
        let element = try XCTUnwrap(decoding.record["interfaces"]?.listValue?.last?.recordValue)
        XCTAssertEqual(element["version"], .uint(5))
        XCTAssertEqual(element["size"], .uint(62))
        XCTAssertEqual(element["name"], .text("Ethernet1"))
        XCTAssertEqual(element["node_segment_idx"], .uint(200))
        XCTAssertEqual(decoding.consumed, 486)
    }

    func testTrailingCountMismatchIsAProgramPanic() throws {
        var bytes = sampleBytes(layout("device@D15"))
        bytes[332] = 1  // trailing count 1 against 2 legacy elements
        XCTAssertThrowsError(try decode(bytes, "device@D15")) { error in
            guard case .panic(_, let field, let offset, _)? = error as? ProgramDecodingError else {
                return XCTFail("expected a panic, got \(error)")
            }
            XCTAssertEqual(field, "interfaces")
            XCTAssertEqual(offset, 332)
        }
    }

    func testLegacyTag4OrMoreYieldsADefaultV2WithoutConsumingTheBody() throws {
        var bytes = sampleBytes(layout("device@D13"))
        bytes[208] = 1  // one legacy element…
        bytes[212] = 7  // …with an unknown tag
        let decoding = try decode(bytes, "device@D14")
        let legacy = try XCTUnwrap(decoding.record["deprecated_interfaces"]?.listValue)
        XCTAssertEqual(legacy.count, 1)
        XCTAssertEqual(legacy.first?.recordValue?["version"], .uint(1))
        XCTAssertEqual(legacy.first?.recordValue?["name"], .string([]))
        // The body was not consumed: reference_count reads its first bytes (status 3, then the name length 9).
        XCTAssertEqual(decoding.outcomes.first { $0.field == "reference_count" }?.offset, 213)
        XCTAssertEqual(decoding.record["reference_count"], .uint(0x0903))
    }

    func testUnknownEnumInALegacyBodyFailsTheWholeVecAndShiftsTheTail() throws {
        var bytes = sampleBytes(layout("device@D13"))
        bytes[213] = 9  // first legacy element's status: not an InterfaceStatus
        let decoding = try decode(bytes, "device@D13")
        XCTAssertEqual(decoding.record["deprecated_interfaces"], .list([]))
        XCTAssertEqual(decoding.outcomes.first { $0.field == "reference_count" }?.offset, 214,
                       "the cursor stays right after the bad byte")
    }

    func testUnknownTopLevelEnumsTakeTheirDefaults() throws {
        var bytes = sampleBytes(layout("user@U7"))
        bytes[131] = 42  // status
        bytes[241] = 9   // bgp_status
        let decoding = try decode(bytes, "user@U7")
        XCTAssertEqual(decoding.record["status"], .uint(1), "UserStatus defaults to Activated")
        XCTAssertEqual(decoding.record["bgp_status"], .uint(0))
        XCTAssertEqual(decoding.record["last_bgp_up_at"], .uint(1_700_000_000), "invalid values do not shift later fields")
    }

    func testNetworkPrefixAbove32ConsumesFiveBytesAndDefaults() throws {
        var bytes = sampleBytes(layout("user@U7"))
        bytes[130] = 33
        let decoding = try decode(bytes, "user@U7")
        XCTAssertEqual(decoding.record["tunnel_net"], .network(.zero))
        XCTAssertEqual(decoding.record["status"], .uint(1))
        XCTAssertEqual(decoding.record["publishers"]?.listValue?.count, 1)
    }

    func testAccountTypeIsCheckedLast() {
        XCTAssertThrowsError(try decode([7], "device@D15")) { error in
            XCTAssertEqual(error as? ProgramDecodingError, .invalidAccountData(account: "Device", expected: 5, found: 7))
        }
        XCTAssertThrowsError(try decode([], "user@U7"))
        XCTAssertThrowsError(try decode([99], "user@U7")) { error in
            XCTAssertEqual(error as? ProgramDecodingError, .invalidAccountData(account: "User", expected: 7, found: 0),
                           "an unknown AccountType decodes to None")
        }
        XCTAssertNoThrow(try decode([7], "user@U7"), "a 1-byte [7] is a valid all-default User")
    }

    func testGlobalStateAllowlistsPropagateErrors() {
        var bytes = sampleBytes(layout("global_state@G7"))
        bytes[18] = 200  // foundation_allowlist count far past the end
        XCTAssertThrowsError(try decode(bytes, "global_state@G7")) { error in
            guard case .fieldFailed(_, let field, let offset, _)? = error as? ProgramDecodingError else {
                return XCTFail("expected fieldFailed, got \(error)")
            }
            XCTAssertEqual(field, "foundation_allowlist")
            XCTAssertEqual(offset, 18)
        }
        var qa = sampleBytes(layout("global_state@G7"))
        qa[174] = 200  // qa_allowlist falls back instead
        XCTAssertEqual(try decode(qa, "global_state@G7").record["qa_allowlist"], .list([]))
    }

    func testTrailingBytesAreIgnored() throws {
        let bytes = sampleBytes(layout("user@U7"))
        XCTAssertEqual(try decode(bytes + [1, 2, 3], "user@U7").record, try decode(bytes, "user@U7").record)
    }
}
