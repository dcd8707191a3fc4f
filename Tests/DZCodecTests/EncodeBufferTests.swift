@testable import DZCodec
import DZFixtures
import DZLayouts
import XCTest

/// The encoder's fast path: a reused buffer, records in any order, paths only when needed.
final class EncodeBufferTests: XCTestCase {
    /// Records of every size, in an order that grows and shrinks the buffer, give the bytes a fresh
    /// encode gives.
    func testOneReusedBufferGivesWhatFreshEncodesGive() throws {
        let versions = registry.allVersions.filter { if case .account = registry.account($0.account)!.kind { true } else { false } }
        var buffer: [UInt8] = []
        for version in versions + versions.reversed() + versions {
            for record in [Samples.record(for: version), Record()] {
                try BinaryEncoder.encode(record, with: LayoutPlan.cached(for: version, registry: registry), into: &buffer)
                XCTAssertEqual(buffer, try BinaryEncoder.encode(record, version), version.reference)
            }
        }
    }

    func testEntryOrderDoesNotMatterAndTheFirstEntryOfANameWins() throws {
        let version = layout("device@D15")
        let record = Samples.record(for: version)
        let expected = try BinaryEncoder.encode(record, version)
        XCTAssertEqual(try BinaryEncoder.encode(Record(record.entries.reversed()), version), expected)
        var shuffle = SplitMix64(seed: 5)
        XCTAssertEqual(try BinaryEncoder.encode(Record(record.entries.shuffled(using: &shuffle)), version), expected)
        // A later duplicate is ignored, an earlier one is used: as `record[name]` says.
        let user = layout("user@v7")
        let sample = Samples.record(for: user)
        let later = Record(sample.entries + [(name: "tunnel_id", value: .uint(9))])
        let earlier = Record([(name: "tunnel_id", value: .uint(9))] + sample.entries)
        XCTAssertEqual(try BinaryEncoder.encode(later, user), try BinaryEncoder.encode(sample, user))
        var patched = sample
        patched["tunnel_id"] = .uint(9)
        XCTAssertEqual(try BinaryEncoder.encode(earlier, user), try BinaryEncoder.encode(patched, user))
    }

    func testErrorsNameNestedPaths() {
        let d15 = layout("device@v15")
        var record = Samples.record(for: d15)
        guard case .list(var interfaces?)? = record["interfaces"], var second = interfaces[1].recordValue else {
            return XCTFail("the sample has two interfaces")
        }
        second["name"] = .uint(1)
        interfaces[1] = .record(second)
        record["interfaces"] = .list(interfaces)
        XCTAssertThrowsError(try BinaryEncoder.encode(record, d15)) { error in
            XCTAssertEqual(error as? EncodingError, .typeMismatch(path: "interfaces[1].name", expected: "string", found: "unsigned integer"))
        }
        let u7 = layout("user@v7")
        XCTAssertThrowsError(try BinaryEncoder.encode(["feed_pks": .list([.pubkey(.zero), .uint(3)])], u7)) { error in
            XCTAssertEqual(error as? EncodingError, .typeMismatch(path: "feed_pks[1]", expected: "pubkey", found: "unsigned integer"))
        }
        XCTAssertThrowsError(try BinaryEncoder.encode(["bump_seed": .uint(256)], u7)) { error in
            XCTAssertEqual(error as? EncodingError, .valueOutOfRange(path: "bump_seed", value: "256", type: "u8"))
        }
    }

    func testSpansCoverEveryByteOfEveryTopLevelField() throws {
        let version = layout("device@v15")
        let (bytes, spans) = try BinaryEncoder.encodeWithSpans(Samples.record(for: version), version)
        let topLevel = spans.filter { !$0.path.contains(".") && !$0.path.contains("[") }
        XCTAssertEqual(topLevel.map(\.path), version.fields.map(\.name))
        XCTAssertEqual(topLevel.map(\.length).reduce(0, +), bytes.count)
        XCTAssertEqual(spans.first { $0.path == "interfaces[0].flex_algo_node_segments[0].topology" }?.length, 32)
    }

    func testValueOffsetIsWhereATupleKeepsTheValue() {
        XCTAssertEqual(EntryMatcher.valueOffset, MemoryLayout<(name: String, value: Value)>.offset(of: \(name: String, value: Value).value))
    }
}
