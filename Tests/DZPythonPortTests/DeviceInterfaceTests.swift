import DZCodec
import DZJSON
import DZLayouts
import XCTest

/// docs/readers.md §3.3 with §1.4 and §1.5: the Device legacy list, the tail scalars and the trailing vec.
final class DeviceInterfaceTests: XCTestCase {
    /// device.bin in parts: head (up to the legacy count), the two V2 legacy elements, the tail scalars,
    /// the trailing vec; device_legacy.bin's first element is a V1.
    private struct Parts {
        var head, loopbackV2, ethernetV2, tail, trailing, loopbackV1: [UInt8]

        init() throws {
            let current = try fixture("device"), legacy = try fixture("device_legacy")
            head = Array(current[..<208])
            loopbackV2 = Array(current[212..<260])
            ethernetV2 = Array(current[260..<308])
            tail = Array(current[308..<332])
            trailing = Array(current[332...])
            loopbackV1 = Array(legacy[212..<239])
        }

        func build(_ elements: [[UInt8]], tail: [UInt8]? = nil, trailing: [UInt8] = []) -> [UInt8] {
            head + u32(UInt32(elements.count)) + elements.flatMap { $0 } + (tail ?? self.tail) + trailing
        }
    }

    private func elements(_ value: JSONValue, _ name: String) -> [JSONValue] { value[name]?.arrayValue ?? [] }

    // MARK: Step A: legacy elements

    func testV1HasLoopbackRightAfterTypeAndNoV2Fields() throws {
        let parts = try Parts()
        let element = elements(ok(parts.build([parts.loopbackV1]), device), "deprecated_interfaces")[0]
        XCTAssertEqual(element["version"], .integer(0))
        XCTAssertEqual(element["loopback_type"], enumValue(1, "vpnv4"))
        XCTAssertEqual(element["mtu"], .integer(0))
        XCTAssertEqual(element["bandwidth"], .string("0"))
        XCTAssertEqual(element["interface_cyoa"], enumValue(0, "none"))
        XCTAssertEqual(element["ip_net"], .string("10.0.0.1/32"))
        XCTAssertEqual(element["node_segment_idx"], .integer(100))
    }

    func testTagsOneAndTwoReadTheV2Body() throws {
        let parts = try Parts()
        let base = elements(ok(parts.build([parts.ethernetV2]), device), "deprecated_interfaces")[0]
        XCTAssertEqual(base["mtu"], .integer(9000))
        XCTAssertEqual(base["cir"], .string("5000000000"))
        let tagTwo = elements(ok(parts.build([[2] + parts.ethernetV2.dropFirst()]), device), "deprecated_interfaces")[0]
        var expected = try XCTUnwrap(base.objectValue)
        expected["version"] = .integer(2)
        XCTAssertEqual(tagTwo, .object(expected))
    }

    func testTagThreeReadsAndDropsItsSegments() throws {
        let parts = try Parts()
        let segments = u32(2) + [UInt8](repeating: 1, count: 34) + [UInt8](repeating: 2, count: 34)
        let value = ok(parts.build([[3] + parts.ethernetV2.dropFirst() + segments]), device)
        XCTAssertEqual(elements(value, "deprecated_interfaces")[0]["flex_algo_node_segments"], .array([]))
        XCTAssertEqual(value["reference_count"], .integer(12), "the tail is read after the segments")
        XCTAssertEqual(elements(value, "interfaces")[0]["flex_algo_node_segments"], .array([]))
    }

    func testUnknownTagsReadNothingMoreAndComeBackAsVersionFour() throws {
        let parts = try Parts()
        for tag in 4...255 {
            let value = ok(parts.build([[UInt8(tag)]]), device)
            let legacy = elements(value, "deprecated_interfaces")[0], rebuilt = elements(value, "interfaces")[0]
            XCTAssertEqual(legacy["version"], .integer(Int64(tag)))
            XCTAssertEqual(legacy["name"], .string(""))
            XCTAssertEqual(rebuilt["version"], .integer(4))
            XCTAssertEqual(rebuilt["size"], .integer(0))
            XCTAssertEqual(value["reference_count"], .integer(12))
        }
    }

    func testOlderLayoutsReadUnknownTagsAsDefaultsToo() throws {
        // D6 knows only tag 0 (the program rejects other tags); the SDK reads nothing more for tag 2.
        let value = ok(try Parts().head + u32(1) + [2] + u32(12), layout("device@v6"))
        XCTAssertEqual(elements(value, "deprecated_interfaces").first?["version"], .integer(2))
        XCTAssertEqual(elements(value, "deprecated_interfaces").first?["name"], .string(""))
        XCTAssertEqual(value["reference_count"], .integer(12))
    }

    // MARK: Step A: the unguarded loop

    func testCutAfterTheCountGivesDefaultElementsRebuiltAsVersionFour() throws {
        let value = ok(Array(try fixture("device")[..<212]), device)
        XCTAssertEqual(elements(value, "deprecated_interfaces").map { $0["version"] }, [.integer(0), .integer(0)])
        XCTAssertEqual(elements(value, "interfaces").map { [$0["version"], $0["size"]] },
                       [[.integer(4), .integer(0)], [.integer(4), .integer(0)]])
    }

    func testCutInsideTheListReadsPartialElements() throws {
        let value = ok(Array(try fixture("device")[..<230]), device)
        let first = elements(value, "deprecated_interfaces")[0]
        XCTAssertEqual(first["name"], .string("4c6f6f706261636b30"))
        XCTAssertEqual(first["interface_type"], enumValue(1, "loopback"))
        XCTAssertEqual(first["interface_cyoa"], enumValue(0, "none"))
    }

    func testCountOf1000RaisesOnGarbage() throws {
        assertRaises(patched(try fixture("device"), at: 208, u32(1000)), device, "ValueError",
                     "borsh: not enough data for string of length 1677722880 at offset 315")
    }

    func testCountDiesWhereTheMachinesMemoryEnds() throws {
        let parts = try Parts()
        let limit = ReaderLimits.maxExpandedCopies
        guard case .ok(let record) = port.decode(parts.head + u32(UInt32(limit)), as: device) else {
            return XCTFail("a count at the limit decodes")
        }
        XCTAssertEqual(record["deprecated_interfaces"]?.listValue?.count, limit)
        XCTAssertEqual(record["interfaces"]?.listValue?.count, limit)
        // The rounds that read nothing are one element, and step C rebuilds it once, not 65,536 times.
        let rebuilt = record["interfaces"]?.listValue ?? []
        XCTAssertTrue(rebuilt.last?.isCopy(of: rebuilt[0]) ?? false)
        let model = MemoryModel.py
        let needed = { (count: UInt64) in model.appendedList(count) + model.rebuiltList(count) }
        let fits = model.largestFitting(needed)
        for count in [65_537, 262_144, 1_000_000, 6_000_000, 0x0100_0000, fits] {
            guard case .ok(let record) = port.decode(parts.head + u32(UInt32(count)), as: device) else {
                return XCTFail("count \(count) fits the machine")
            }
            guard case .run(_, let copies)? = record["interfaces"]?.listValue?.last else { return XCTFail("a run") }
            XCTAssertEqual(copies, Int(count))
        }
        for count in [fits + 1, 0xFFFF_FFFF] {
            let legacyBytes = model.appendedList(count)
            let expected = legacyBytes > model.budgetBytes ? legacyBytes : needed(count)
            XCTAssertEqual(port.decode(parts.head + u32(UInt32(count)), as: device), .outOfMemory(expected))
        }
    }

    func testV3SegmentCountEatsTheTail() throws {
        // 3 at 212 turns element 0 into V3: its seg_count is element 1's first four bytes (590593).
        let value = ok(patched(try fixture("device"), at: 212, [3]), device)
        XCTAssertEqual(elements(value, "deprecated_interfaces")[1]["name"], .string(""))
        XCTAssertEqual(value["reference_count"], .integer(0))
    }

    /// 2^32 − 1 rounds that read nothing once the bytes are gone: a long loop, not a hang.
    func testAHugeV3SegmentCountIsALongLoopNotAHang() throws {
        let parts = try Parts()
        let element = [3] + parts.ethernetV2.dropFirst()
        for count: UInt32 in [65_537, 0x0100_0000, 0xFFFF_FFFF] {
            let value = ok(parts.build([element + u32(count)]), device)
            XCTAssertEqual(value["reference_count"], .integer(0), "the loop ate the tail")
        }
    }

    // MARK: Step C: the trailing vec

    func testRebuildCopiesLegacyElementsAsVersionFourSizeZero() throws {
        let value = ok(try fixture("device_legacy"), device)
        let legacy = elements(value, "deprecated_interfaces"), rebuilt = elements(value, "interfaces")
        XCTAssertEqual(rebuilt.count, 2)
        for (old, new) in zip(legacy, rebuilt) {
            XCTAssertEqual(new["size"], .integer(0))
            XCTAssertEqual(new["version"], .integer(4))
            for member in try XCTUnwrap(old.objectValue).members where member.key != "version" {
                XCTAssertEqual(new[member.key], member.value, member.key)
            }
        }
        XCTAssertEqual(rebuilt[0]["mtu"], .integer(0), "the SDK copies the V1 element; Rust would say 9000")
    }

    func testStrayTailBytesAreACountMismatch() throws {
        let current = try fixture("device")
        for length in [319, 321, 323, 325, 327, 329, 331, 333, 334, 335] {
            assertRaises(Array(current[..<length]), device, "ValueError",
                         "Device interfaces length 0 != deprecated_interfaces length 2")
        }
    }

    func testJunkAfterALegacyDeviceIsACountMismatch() throws {
        assertRaises(try fixture("device_legacy") + u32(7), device, "ValueError",
                     "Device interfaces length 7 != deprecated_interfaces length 2")
        assertRaises(patched(try fixture("device"), at: 332, u32(3)), device, "ValueError",
                     "Device interfaces length 3 != deprecated_interfaces length 2")
    }

    func testEmptyLegacyListToleratesOneToThreeJunkBytes() throws {
        let parts = try Parts()
        for junk in 1...3 {
            XCTAssertEqual(ok(parts.build([], trailing: [UInt8](repeating: 0xAB, count: junk)), device)["interfaces"], .array([]))
        }
        assertRaises(parts.build([], trailing: [1, 0, 0, 0]), device, "ValueError",
                     "Device interfaces length 1 != deprecated_interfaces length 0")
    }

    // MARK: The sized element

    func testFutureVersionSkipsItsExtraBytes() throws {
        let last = elements(ok(try fixture("device_future_version"), device), "interfaces")[1]
        XCTAssertEqual(last["size"], .integer(62))
        XCTAssertEqual(last["version"], .integer(5))
        XCTAssertEqual(last["mtu"], .integer(9000))
    }

    func testVersionNeverChangesTheBody() throws {
        let current = try fixture("device")
        var base = try XCTUnwrap(elements(ok(current, device), "interfaces")[0].objectValue)
        for version: UInt8 in [0, 9] {
            base["version"] = .integer(Int64(version))
            XCTAssertEqual(elements(ok(patched(current, at: 338, [version]), device), "interfaces")[0], .object(base))
        }
    }

    func testSizeSmallerThanTheBodyDoesNotMoveBack() throws {
        for size: UInt16 in [0, 1, 2, 3] {
            let value = ok(patched(try fixture("device"), at: 336, u16(size)), device)
            XCTAssertEqual(elements(value, "interfaces")[0]["size"], .integer(Int64(size)))
            XCTAssertEqual(elements(value, "interfaces")[1]["name"], .string("45746865726e657431"))
        }
    }

    func testSizePastTheEndDoesNotMove() throws {
        let value = ok(patched(try fixture("device"), at: 336, u16(1000)), device)
        XCTAssertEqual(elements(value, "interfaces")[0]["size"], .integer(1000))
        XCTAssertEqual(elements(value, "interfaces")[1]["name"], .string("45746865726e657431"))
    }

    func testCutInsideASizedElementReadsLeftovers() throws {
        let value = ok(Array(try fixture("device")[..<400]), device)
        XCTAssertEqual(elements(value, "interfaces")[0]["flex_algo_node_segments"], .array([]))
        XCTAssertEqual(elements(value, "interfaces")[1]["size"], .integer(69))
        XCTAssertEqual(elements(value, "interfaces")[1]["version"], .integer(0))
    }

    func testGarbageSegmentCountStopsWhenASegmentNoLongerFits() throws {
        let bytes = patched(try fixture("device"), at: 386, u32(0xFFFF_FFFF))
        XCTAssertEqual(elements(ok(bytes + [UInt8](repeating: 0, count: 200), device), "interfaces")[0]["flex_algo_node_segments"]?
            .arrayValue?.count, 8)
        assertRaises(bytes, device, "ValueError", "40 is not a valid InterfaceStatus")
    }

    func testSegmentsKeepTheirValues() throws {
        let segment = elements(ok(try fixture("device"), device), "interfaces")[0]["flex_algo_node_segments"]?.arrayValue
        XCTAssertEqual(segment?.count, 1)
        XCTAssertEqual(segment?.first?["node_segment_idx"], .integer(300))
    }
}
