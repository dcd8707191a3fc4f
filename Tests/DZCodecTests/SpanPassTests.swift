@testable import DZCodec
import DZLayouts
import XCTest

/// The zero-copy span pass and what it shares: one table reused across decodes, the plain-run shortcut,
/// values materialised per field, and the plan cache.
final class SpanPassTests: XCTestCase {
    /// Every truncation of every sample, read with every version of its account through one reused
    /// table and one reused record, gives what a fresh decode gives: the tree derived from the record,
    /// and each field materialised alone from the span table (the streaming writer's way).
    func testOneReusedTableGivesWhatFreshDecodesGive() throws {
        let decoder = ProgramDecoder()
        var table = SpanTable()
        var record = PositionalRecord()
        for account in registry.accounts {
            for writer in account.versions {
                let bytes = sampleBytes(writer)
                for reader in account.versions {
                    let plan = decoder.plan(for: reader)
                    for length in stride(from: 0, through: bytes.count, by: 3) {
                        let prefix = Array(bytes.prefix(length))
                        let fresh = Result { try decoder.decode(prefix, as: reader) }
                        let reused = Result { () throws(ProgramDecodingError) in try plan.scan(prefix, into: &table) }
                        let recorded = prefix.withUnsafeBytes { raw in Result { () throws(ProgramDecodingError) in try plan.decode(raw, into: &record) } }
                        XCTAssertEqual(recorded.map { record.table.consumed }, reused.map { table.consumed })
                        switch (fresh, reused) {
                        case (.success(let expected), .success):
                            let got = prefix.withUnsafeBytes { plan.decoding(of: $0, record: record) }
                            XCTAssertEqual(got, expected, "\(writer.reference) cut at \(length) read as \(reader.reference)")
                            for (index, entry) in expected.record.entries.enumerated() {
                                let value = prefix.withUnsafeBytes { plan.value(ofField: index, in: $0, table: table) }
                                XCTAssertEqual(value, entry.value, "\(reader.reference).\(entry.name) materialised alone")
                            }
                        case (.failure(let expected), .failure(let got)):
                            XCTAssertEqual(got, expected as? ProgramDecodingError)
                        default:
                            XCTFail("\(writer.reference) cut at \(length) read as \(reader.reference): \(fresh) vs \(reused)")
                        }
                    }
                }
            }
        }
    }

    /// The shortcut over runs of plain fields (LayoutPlan.isPlain) must agree with the reader: given its
    /// width, a plain value consumes exactly that and cannot fail, whatever the bytes.
    func testPlainValuesReadExactlyTheirWidthWhateverTheBytes() {
        var random = SplitMix64(seed: 0x9A1)
        var checked = 0
        for version in registry.allVersions {
            let plan = ProgramDecoder().plan(for: version)
            for index in 0..<plan.fieldCount where LayoutPlan.isPlain(plan.steps[index], mode: plan.fieldMode) {
                let width = plan.steps[index].width
                for round in 0..<300 {
                    let bytes = (0..<width).map { $0 == 0 && round < 256 ? UInt8(round) : UInt8(truncatingIfNeeded: random.next()) }
                    let consumed: Int? = bytes.withUnsafeBytes { raw in
                        var cursor = Cursor(raw)
                        do { _ = try plan.read(index, &cursor, plan.fieldMode, SpanSink()) } catch { return nil }
                        return cursor.position
                    }
                    XCTAssertEqual(consumed, width, "\(version.reference) field \(index)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }

    func testRunsStopAtFieldsTheRulesRead() {
        let plan = ProgramDecoder().plan(for: layout("device@D15"))
        XCTAssertEqual(plan.steps[0].run, 0, "account_type is checked last, so it is read as itself")
        XCTAssertEqual(plan.steps[1].run, 8, "owner … status, up to the code string")
        XCTAssertEqual(plan.steps[1].runWidth, 32 + 16 + 1 + 32 + 32 + 1 + 4 + 1)
        let trailing = plan.rules[0].trailing
        XCTAssertEqual(plan.steps[trailing].run, 0)
    }

    func testPlansAreSharedPerVersionAndRegistry() {
        let version = layout("user@v7")
        XCTAssertTrue(ProgramDecoder().plan(for: version) === ProgramDecoder().plan(for: version))
        // Another registry whose UserStatus defaults differently compiles its own plan.
        let enums = registry.enumDefinitions.map { definition in
            var changed = definition
            if definition.id == "UserStatus" { changed.defaultValue = 0 }
            return changed
        }
        let other = Registry(accounts: registry.accounts, enums: enums)
        let otherPlan = ProgramDecoder(registry: other).plan(for: version)
        XCTAssertFalse(otherPlan === ProgramDecoder().plan(for: version))
        XCTAssertEqual(try ProgramDecoder(registry: other).decode([7], as: version).record["status"], .uint(0))
        XCTAssertEqual(try ProgramDecoder().decode([7], as: version).record["status"], .uint(1))
    }
}
