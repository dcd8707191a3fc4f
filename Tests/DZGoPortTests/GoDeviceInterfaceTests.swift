import DZGoPort
import DZLayouts
import DZJSON
import XCTest

/// docs/readers.md §3.3 (and §1.4, §1.5): the Device interface lists as the Go SDK reads them.
final class GoDeviceInterfaceTests: XCTestCase {
    private let device = fixture("device")
    private let legacyDevice = fixture("device_legacy")
    private let tailScalars = ["reference_count", "users_count", "max_users", "unicast_users_count",
                               "multicast_subscribers_count", "max_unicast_users", "max_multicast_subscribers",
                               "reserved_seats", "multicast_publishers_count", "max_multicast_publishers"]

    /// The 24 tail-scalar bytes of a legacy device (it ends right after them).
    private var legacyTail: [UInt8] { Array(legacyDevice.suffix(24)) }

    private func assertGuardFired(_ decoded: JSONObject, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(decoded["deprecated_interfaces"], json("[]"), file: file, line: line)
        XCTAssertEqual(decoded["interfaces"], json("null"), "not rebuilt", file: file, line: line)
        XCTAssertEqual(decoded["deserialize_error"], json("null"), file: file, line: line)
        for name in tailScalars { XCTAssertEqual(decoded[name], json("0"), name, file: file, line: line) }
        XCTAssertEqual(decoded["device_health"], json(#"{"value": 0, "label": "unknown"}"#), file: file, line: line)
    }

    // Step A: the guard, count·18 in uint32 greater than the bytes left.
    func testGuardFiresRightAfterTheCount() {
        assertGuardFired(decoded(Array(device.prefix(Offsets.deviceLegacyFirst)), "device@v15"))
    }

    func testGuardFiresOnAFarTooLargeCount() {
        assertGuardFired(decoded(patched(device, at: Offsets.deviceLegacyCount, UInt32(1000)), "device@v15"))
        assertGuardFired(decoded(patched(device, at: Offsets.deviceLegacyCount, UInt32.max), "device@v15"))
    }

    /// 238,609,295·18 wraps to 14 in uint32, slips past the guard and Go appends that many elements
    /// (the slice fits the machine), then step C's rebuild needs as much again: the process dies. The
    /// loop is long but not run: the rounds past the bytes read nothing.
    func testWrappedCountSlipsPastTheGuardAndExhaustsMemory() {
        let count: UInt64 = 238_609_295
        let bytes = patched(device, at: Offsets.deviceLegacyCount, UInt32(count))
        let model = MemoryModel.go
        XCTAssertLessThanOrEqual(model.appendedList(count), model.budgetBytes)
        XCTAssertEqual(port.decode(bytes, as: layout("device@v15")),
                       .outOfMemory(model.appendedList(count) + model.rebuiltList(count)))
    }

    func testLegacyElementsCarryNilSegments() {
        let decoded = decoded(device, "device@v15")
        XCTAssertEqual(element(decoded, "deprecated_interfaces", 0)?["flex_algo_node_segments"], json("null"))
        XCTAssertEqual(element(decoded, "interfaces", 0)?["flex_algo_node_segments"]?.arrayValue?.count, 1)
        XCTAssertEqual(element(decoded, "interfaces", 1)?["flex_algo_node_segments"], json("[]"),
                       "capacity allocated up front: empty, not nil")
    }

    // Step C with no bytes left: the legacy list rebuilt, version 4 and size 0, V1 fields kept (mtu 0).
    func testLegacyDeviceIsRebuilt() {
        let decoded = decoded(legacyDevice, "device@v15")
        let legacy = try! XCTUnwrap(decoded["deprecated_interfaces"]?.arrayValue)
        let rebuilt = try! XCTUnwrap(decoded["interfaces"]?.arrayValue)
        XCTAssertEqual(rebuilt.count, 2)
        XCTAssertEqual(legacy[0]["version"], json("0"))
        for (old, new) in zip(legacy, rebuilt) {
            XCTAssertEqual(new["version"], json("4"))
            XCTAssertEqual(new["size"], json("0"))
            for key in ["name", "status", "mtu", "ip_net", "bandwidth", "flex_algo_node_segments"] { XCTAssertEqual(new[key], old[key], key) }
        }
        XCTAssertEqual(rebuilt[0]["mtu"], json("0"), "a V1 entry has no mtu; Rust would widen it to 9000")
        XCTAssertEqual(decoded["deserialize_error"], json("null"))
    }

    /// Tags 4..255: nothing past the tag is read, fields stay zero, the tag is kept; rebuilt as version 4.
    func testUnknownLegacyVersionReadsNothingMore() {
        let bytes = Array(legacyDevice.prefix(Offsets.deviceLegacyCount)) + [1, 0, 0, 0, 7] + legacyTail
        let decoded = decoded(bytes, "device@v15")
        XCTAssertEqual(element(decoded, "deprecated_interfaces", 0)?["version"], json("7"))
        XCTAssertEqual(element(decoded, "deprecated_interfaces", 0)?["name"], json(#""""#))
        XCTAssertEqual(element(decoded, "interfaces", 0)?["version"], json("4"))
        XCTAssertEqual(decoded["reference_count"], json("12"), "the tail is read right after the tag")
    }

    /// A legacy V3 element with a huge segment count: no guard; each round's u16 eats 2 tail bytes.
    func testLegacyV3SegmentLoopEatsTheTail() {
        let v2Body = Array(device[(Offsets.deviceLegacyFirst + 1)..<260])
        let bytes = Array(device.prefix(Offsets.deviceLegacyCount)) + [1, 0, 0, 0, 3] + v2Body + [0xFF, 0xFF, 0xFF, 0xFF]
            + Array(device[Offsets.deviceReferenceCount..<Offsets.deviceTrailingCount])
        let decoded = decoded(bytes, "device@v15")
        for name in tailScalars { XCTAssertEqual(decoded[name], json("0"), name) }
        XCTAssertEqual(element(decoded, "deprecated_interfaces", 0)?["name"], json(#""4c6f6f706261636b30""#))
        XCTAssertEqual(element(decoded, "interfaces", 0)?["version"], json("4"), "nothing left: rebuilt")
    }

    // Step C: a trailing count that differs from the legacy count.
    func testCountMismatchSetsDeserializeError() {
        let cut = decoded(Array(device.prefix(319)), "device@v15")
        XCTAssertEqual(cut["deserialize_error"],
                       json(#""DeserializeDevice: interfaces length 0 != deprecated_interfaces length 2""#))
        XCTAssertEqual(cut["interfaces"], json("null"))
        XCTAssertEqual(cut["users_count"], json("5"), "other fields stay filled")
        let junk = decoded(legacyDevice + [1, 0, 0, 0], "device@v15")
        XCTAssertEqual(junk["deserialize_error"],
                       json(#""DeserializeDevice: interfaces length 1 != deprecated_interfaces length 2""#))
    }

    /// With an empty legacy list, 1 to 3 stray bytes read as count 0, which matches.
    func testStrayBytesAfterAnEmptyLegacyListAreHarmless() {
        let empty = Array(legacyDevice.prefix(Offsets.deviceLegacyCount)) + [0, 0, 0, 0] + legacyTail
        for stray in 1...3 {
            let decoded = decoded(empty + [UInt8](repeating: 0xAB, count: stray), "device@v15")
            XCTAssertEqual(decoded["interfaces"], json("[]"), "\(stray)")
            XCTAssertEqual(decoded["deserialize_error"], json("null"), "\(stray)")
        }
    }

    // Sized elements: the skip to start+size is clamped at the end and never moves back.
    func testCutInsideASizedElementLeavesTheNextOneAllZero() {
        let decoded = decoded(Array(device.prefix(400)), "device@v15")
        XCTAssertEqual(element(decoded, "interfaces", 1)?["size"], json("0"))
        XCTAssertEqual(element(decoded, "interfaces", 1)?["version"], json("0"))
        XCTAssertEqual(element(decoded, "interfaces", 1)?["name"], json(#""""#))
    }

    func testSizePastTheEndClampsAndSmallSizeDoesNotMoveBack() {
        let pastEnd = decoded(patched(device, at: Offsets.deviceTrailingFirst, UInt16.max), "device@v15")
        XCTAssertEqual(element(pastEnd, "interfaces", 1)?["name"], json(#""""#))
        let small = decoded(patched(device, at: Offsets.deviceTrailingFirst, UInt16(3)), "device@v15")
        XCTAssertEqual(element(small, "interfaces", 0)?["size"], json("3"))
        XCTAssertEqual(element(small, "interfaces", 1)?["name"], json(#""45746865726e657431""#))
    }

    /// The body is always read with the version-4 layout, then the reader moves to start+size.
    func testFutureVersionIsReadAsVersionFour() {
        let decoded = decoded(fixture("device_future_version"), "device@v15")
        let second = element(decoded, "interfaces", 1)
        XCTAssertEqual(second?["version"], json("5"))
        XCTAssertEqual(second?["size"], json("62"))
        XCTAssertEqual(second?["name"], json(#""45746865726e657431""#))
        XCTAssertEqual(decoded["deserialize_error"], json("null"))
    }

    /// Go makes the segment slice with capacity seg_count before reading: a count whose capacity is past
    /// the machine's memory kills it; below, the loop stops once a segment no longer fits.
    func testGarbageSizedSegmentCountExhaustsMemory() {
        let segmentCount = Offsets.deviceTrailingFirst + 50
        let model = MemoryModel.go
        // The fixture's two legacy elements were appended first.
        let legacyBytes = model.appendedList(2)
        let fits = model.largestFitting { legacyBytes + model.segmentCapacity($0) }
        for count in [fits + 1, 0xFFFF_FFFF] {
            XCTAssertEqual(port.decode(patched(device, at: segmentCount, UInt32(count)), as: layout("device@v15")),
                           .outOfMemory(legacyBytes + model.segmentCapacity(count)))
        }
        // Below the budget the loop stops on the bytes, whatever the count.
        let segments = { (count: UInt64) -> JSONValue? in
            element(decoded(patched(self.device, at: segmentCount, UInt32(count)), "device@v15"), "interfaces", 0)?["flex_algo_node_segments"]
        }
        XCTAssertEqual(segments(65_537)?.arrayValue?.count, 2)
        for count in [262_144, 1_000_000, 6_000_000, fits] { XCTAssertEqual(segments(count), segments(65_537), "count \(count)") }
        XCTAssertEqual(element(decoded(patched(device, at: segmentCount, UInt32(0)), "device@v15"), "interfaces", 0)?["flex_algo_node_segments"],
                       json("[]"))
    }

    /// Versions before the trailing vec stop after the legacy list's tail: no rebuild, no mismatch.
    func testPreTrailingVersionsIgnoreTrailingBytes() {
        let decoded = decoded(device, "device@v14")
        XCTAssertNil(decoded["interfaces"])
        XCTAssertEqual(decoded["deserialize_error"], json("null"))
        XCTAssertEqual(decoded["max_multicast_publishers"], json("10"))
    }
}
