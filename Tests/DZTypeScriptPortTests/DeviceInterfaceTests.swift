import DZCodec
import DZLayouts
import XCTest

/// docs/readers.md §3.3: the legacy list (no guard), the rebuild, the count check, the size-prefixed elements.
final class DeviceInterfaceTests: XCTestCase {
    private func interfaces(_ record: Record) -> [Value] { record["interfaces"]?.items ?? [] }
    private func legacy(_ record: Record) -> [Value] { record["deprecated_interfaces"]?.items ?? [] }

    // Step A, no guard (§8 row 2b): a cut right after the count still yields two default interfaces.
    func testACountWithNothingAfterItGivesDefaultInterfaces() throws {
        let device = try ok(Array(try fixture("device")[..<212]), "device@v15")
        XCTAssertEqual(legacy(device).map { $0["version"] }, [.uint(0), .uint(0)])
        XCTAssertEqual(interfaces(device).map { [$0["size"], $0["version"]] }, [[.uint(0), .uint(4)], [.uint(0), .uint(4)]])
    }

    // §8 row 11: count 1000 on the fixture loops 1000 times; a count the heap cannot hold is fatal.
    func testTheLegacyLoopRunsCountTimes() throws {
        let bytes = try fixture("device")
        let device = try ok(Array(bytes[..<208]) + le(1000, 4) + Array(bytes[212...]), "device@v15")
        XCTAssertEqual(legacy(device).count, 1000)
        XCTAssertEqual(interfaces(device).count, 1000)
        // Up to max_expanded_copies the defaults are listed one by one, one element shared, which step C
        // rebuilds once, not 65,536 times.
        let full = try ok(Array(bytes[..<208]) + le(65536, 4), "device@v15")
        XCTAssertEqual(legacy(full).count, 65536)
        XCTAssertEqual(interfaces(full).count, 65536)
        XCTAssertTrue(interfaces(full)[65535].isCopy(of: interfaces(full)[0]))
    }

    // The legacy list and its rebuild against node's heap: below the budget a run, above it the death
    // with the bytes both lists need.
    func testTheLegacyLoopDiesWhereNodesHeapEnds() throws {
        let head = Array(try fixture("device")[..<208])
        let model = MemoryModel.ts
        let needed = { (count: UInt64) in model.appendedList(count) + model.rebuiltList(count) }
        let fits = model.largestFitting(needed)
        for count in [65_537, 262_144, 1_000_000, 6_000_000, fits] {
            guard case .ok(let record) = port.decode(head + le(count, 4), as: layout("device@v15")) else {
                return XCTFail("count \(count) fits node's heap")
            }
            for name in ["deprecated_interfaces", "interfaces"] {
                guard case .run(_, let copies)? = record[name]?.listValue?.last else { return XCTFail("\(name): a run") }
                XCTAssertEqual(record[name]?.listValue?.logicalCount, Int(count))
                XCTAssertEqual(copies, Int(count))
            }
        }
        for count in [fits + 1, 0x0100_0000, 0xFFFF_FFFF] {
            let legacyBytes = model.appendedList(count)
            let expected = legacyBytes > model.budgetBytes ? legacyBytes : needed(count)
            XCTAssertEqual(port.decode(head + le(count, 4), as: layout("device@v15")), .outOfMemory(expected))
        }
    }

    // Step C rebuild: size 0, version 4, other fields copied; a V1 entry keeps mtu 0 (Rust widens to 9000).
    func testALegacyDeviceIsRebuiltAsVersionFour() throws {
        let device = try ok(try fixture("device_legacy"), "device@v15")
        let rebuilt = interfaces(device)
        XCTAssertEqual(rebuilt.map { $0["size"] }, [.uint(0), .uint(0)])
        XCTAssertEqual(rebuilt.map { $0["version"] }, [.uint(4), .uint(4)])
        XCTAssertEqual(rebuilt.map { $0["mtu"] }, [.uint(0), .uint(9000)])
        XCTAssertEqual(rebuilt.map { $0["name"] }, [.text("Loopback0"), .text("Ethernet1")])
        XCTAssertEqual(rebuilt.map { $0["flex_algo_node_segments"] }, [.list([]), .list([])])
    }

    // §8 row 24: an unknown legacy version reads nothing more and still comes back as version 4.
    func testAnUnknownLegacyVersionIsRebuiltAsVersionFour() throws {
        let device = try ok(try DeviceBytes.device(count: 1, legacy: [7]), "device@v15")
        XCTAssertEqual(legacy(device).first?["version"], .uint(7))
        XCTAssertEqual(legacy(device).first?["name"], .string([]))
        XCTAssertEqual(interfaces(device).first?["version"], .uint(4))
        XCTAssertEqual(device["reference_count"], .uint(12))
    }

    // Step C count check (§8 rows 7, 22, 23): TS throws, with its own field name in the message.
    func testACountMismatchThrows() throws {
        XCTAssertEqual(thrown(Array(try fixture("device")[..<319]), "device@v15"),
                       "Device interfaces length 0 != deprecatedInterfaces length 2")
        XCTAssertEqual(thrown(try fixture("device_legacy") + le(5, 4), "device@v15"),
                       "Device interfaces length 5 != deprecatedInterfaces length 2")
    }

    // With an empty legacy list, 1 to 3 stray bytes read as count 0, which matches.
    func testStrayBytesAfterAnEmptyLegacyListAreHarmless() throws {
        for stray in [[UInt8(1)], [1, 2], [1, 2, 3]] {
            let device = try ok(try DeviceBytes.device(count: 0, legacy: [], trailing: stray), "device@v15")
            XCTAssertEqual(interfaces(device), [])
        }
    }

    // Sized element: a size past the end does not move (readBytes), so the next element reads on from
    // where the body ended; Go clamps to the end instead (§8 row 8).
    func testASizePastTheEndDoesNotMove() throws {
        var bytes = try fixture("device")
        bytes.replaceSubrange(336..<338, with: le(0xFFFF, 2))
        let elements = interfaces(try ok(bytes, "device@v15"))
        XCTAssertEqual(elements.map { $0["size"] }, [.uint(0xFFFF), .uint(54)])
        XCTAssertEqual(elements.last?["name"], .text("Ethernet1"))
    }

    // No language moves back when size is smaller than what the body used.
    func testASmallSizeDoesNotMoveBack() throws {
        var bytes = try fixture("device")
        bytes.replaceSubrange(336..<338, with: le(3, 2))
        XCTAssertEqual(interfaces(try ok(bytes, "device@v15")).map { $0["name"] }, [.text("Loopback0"), .text("Ethernet1")])
    }

    // §8 row 25: version 5 is parsed as version 4, then the move to start+size skips the 8 unknown bytes.
    func testAFutureVersionIsParsedAsFourAndSkipped() throws {
        let future = interfaces(try ok(try fixture("device_future_version"), "device@v15"))
        let current = interfaces(try ok(try fixture("device"), "device@v15"))
        XCTAssertEqual(future.map { [$0["size"], $0["version"]] }, [[.uint(88), .uint(4)], [.uint(62), .uint(5)]])
        XCTAssertEqual(future[1].recordValue?.entries.dropFirst(2).map(\.value), current[1].recordValue?.entries.dropFirst(2).map(\.value))
    }

    // §8 row 12: a garbage segment count in a sized element stops when fewer than 34 bytes are left.
    func testASizedSegmentLoopStopsShortOfThirtyFourBytes() throws {
        var bytes = try fixture("device")
        bytes.replaceSubrange(386..<390, with: le(0xFFFF_FFFF, 4))
        let first = interfaces(try ok(bytes, "device@v15")).first
        XCTAssertEqual(first?["flex_algo_node_segments"]?.items.count, 2)  // 88 bytes left after the count
    }

    // §8 row 13: the legacy V3 loop stops too, so the tail survives; the segments are thrown away.
    func testALegacyV3SegmentLoopStopsAndKeepsTheTail() throws {
        let element: [UInt8] = [3] + DeviceBytes.v2Body + le(5, 4) + (0..<34).map(UInt8.init)
        let device = try ok(try DeviceBytes.device(count: 1, legacy: element), "device@v15")
        XCTAssertEqual(legacy(device).first?["flex_algo_node_segments"], .list([]))
        XCTAssertEqual(device["reference_count"], .uint(12))
        XCTAssertEqual(device["max_multicast_publishers"], .uint(10))
        XCTAssertEqual(interfaces(device).map { $0["name"] }, [.text("ab")])
    }

    // One stray tail byte more than a segment's worth is eaten as a segment, and the tail shifts.
    func testALegacyV3SegmentLoopEatsWholeSegmentsOfTheTail() throws {
        let element: [UInt8] = [3] + DeviceBytes.v2Body + le(5, 4)
        let device = try ok(try DeviceBytes.device(count: 1, legacy: element, trailing: [UInt8](repeating: 0, count: 10)), "device@v15")
        XCTAssertEqual(device["reference_count"], .uint(0))
        XCTAssertEqual(interfaces(device).count, 1)
    }
}
