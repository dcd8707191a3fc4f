@testable import DZCodec
import DZLayouts
import XCTest

/// The positional record a decode fills: field i is slot i, holding the typed value the tree shows.
final class PositionalRecordTests: XCTestCase {
    /// Every account version's sample, decoded into one reused record: each top-level slot holds the field's
    /// value inline, or (strings, bitmaps, vectors of raw elements) the range of the input it lies in.
    func testEachSlotHoldsItsFieldsValueOrItsBytesInTheInput() throws {
        var record = PositionalRecord()
        var ranges = 0
        let accounts = registry.accounts.filter { if case .account = $0.kind { true } else { false } }
        for version in accounts.flatMap(\.versions) {
            let bytes = sampleBytes(version)
            let plan = ProgramDecoder().plan(for: version)
            let tree = try ProgramDecoder().decode(bytes, as: version).record
            try bytes.withUnsafeBytes { raw in try plan.decode(raw, into: &record) }
            for (index, entry) in tree.entries.enumerated() where plan.rebuildingRule(of: index, record.table) == nil {
                let slot = record.field(index)
                let name = "\(version.reference).\(entry.name)"
                switch entry.value {
                case .string(let expected):
                    XCTAssertEqual(Array(bytes[slot.range]), expected, name)
                    ranges += 1
                case .list(let elements?) where plan.rawWidth(plan.steps[index].child) != nil:
                    XCTAssertEqual(slot.count, elements.count, name)
                    XCTAssertEqual(slot.length, elements.count * plan.steps[plan.steps[index].child].width, name)
                    if case .pubkey(let first)? = elements.first {
                        XCTAssertEqual(Array(bytes[slot.offset..<(slot.offset + 32)]), first.bytesArray, name)
                    }
                    ranges += 1
                case .list(let elements?):
                    XCTAssertEqual(slot.count, elements.count, name)
                case .option, .record, .list(nil):
                    break  // structured: the derived tree, compared with the span table's in SpanPassTests
                default:
                    XCTAssertEqual(slot, Slot(scalar: entry.value), name)
                }
            }
        }
        XCTAssertGreaterThan(ranges, 100)
    }

    /// A record keeps its slots when it is copied and the original decodes again.
    func testACopyKeepsItsValuesWhenTheOriginalDecodesAgain() throws {
        let user = layout("user")
        let plan = ProgramDecoder().plan(for: user)
        var record = PositionalRecord()
        let bytes = sampleBytes(user)
        try bytes.withUnsafeBytes { raw in try plan.decode(raw, into: &record) }
        let copy = record
        let owner = try XCTUnwrap(user.fields.firstIndex { $0.name == "owner" })
        let zeros = [UInt8](repeating: 0, count: bytes.count)
        try zeros.withUnsafeBytes { raw in XCTAssertThrowsError(try plan.decode(raw, into: &record)) }
        XCTAssertEqual(copy.field(owner).pubkey, try ProgramDecoder().decode(bytes, as: user).record["owner"]?.pubkeyValue)
        XCTAssertEqual(record.field(owner).pubkey, .zero)
    }
}

extension Pubkey {
    fileprivate var bytesArray: [UInt8] {
        withUnsafeBytes(of: bytes) { Array($0) }
    }
}
