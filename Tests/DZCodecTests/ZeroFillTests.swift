@testable import DZCodec
import DZLayouts
import XCTest

/// docs/program-rules.md §2: every prefix of every version, read with any version of the same account whose fields
/// agree with it position by position, gives the zero-fill result: the fields wholly inside the prefix
/// keep their values, the first field that is cut and every field after it take their defaults.
final class ZeroFillTests: XCTestCase {
    func testEveryTruncationOfEveryFixtureWithEveryCompatibleVersion() throws {
        let decoder = ProgramDecoder()
        var checked = 0
        for account in registry.accounts {
            guard case .account = account.kind else { continue }
            for writer in account.versions {
                let bytes = sampleBytes(writer)
                let full = try decoder.decode(bytes, as: writer)
                let ends = zip(full.outcomes.indices, full.outcomes).map { index, _ in
                    index + 1 < full.outcomes.count ? full.outcomes[index + 1].offset : full.consumed
                }
                for reader in account.versions where Self.agree(writer.fields, reader.fields) {
                    for length in 0...bytes.count {
                        let prefix = Array(bytes.prefix(length))
                        let expected = Self.zeroFilled(full, ends: ends, length: length, reader: reader, decoder: decoder)
                        // An empty account decodes to account_type None, which the type check rejects.
                        guard length > 0, let expected else {
                            XCTAssertThrowsError(try decoder.decode(prefix, as: reader), "\(writer.reference) cut at \(length)")
                            continue
                        }
                        let got = try decoder.decode(prefix, as: reader)
                        XCTAssertEqual(got.record, expected, "\(writer.reference) cut at \(length), read as \(reader.reference)")
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 30_000)
    }

    /// The shorter field list is a prefix of the longer one.
    static func agree(_ a: [Field], _ b: [Field]) -> Bool {
        let common = min(a.count, b.count)
        return Array(a.prefix(common)) == Array(b.prefix(common))
    }

    /// nil where the program rejects the prefix: a propagating field (GlobalState's first allowlists)
    /// whose count is present but whose elements are cut, or a prefix shorter than a bitmap's start.
    static func zeroFilled(_ full: ProgramDecoding, ends: [Int], length: Int, reader: LayoutVersion, decoder: ProgramDecoder) -> Record? {
        var record = Record()
        var cut = false
        for (index, field) in reader.fields.enumerated() {
            if case .bitmap(let start) = field.type {
                // Split first (docs/program-rules.md §7): the bitmap is whatever of it the prefix holds.
                guard length >= start else { return nil }
                guard index < full.record.entries.count, case .string(let bytes) = full.record.entries[index].value else { return nil }
                record.entries.append((name: field.name, value: .string(Array(bytes.prefix(length - start)))))
                continue
            }
            let wasCut = cut
            cut = cut || index >= ends.count || ends[index] > length
            if cut && !wasCut && field.onError == .propagate && index < ends.count && length - full.outcomes[index].offset >= 4 {
                return nil
            }
            // A cut field takes its declared default (`unwrap_or(n)`), else its type's zero.
            let fallback = field.defaultValue.map { Value.uint(UInt64($0)) } ?? Value.zero(of: field.type, registry: registry)
            record.entries.append((name: field.name, value: cut ? fallback : full.record.entries[index].value))
        }
        for rule in reader.rules {
            guard case .rebuildInterfaces(let legacy, let trailing) = rule else { continue }
            if record[trailing]?.listValue?.isEmpty ?? true {
                record[trailing] = .list((record[legacy]?.listValue ?? []).map(decoder.rebuild))
            }
        }
        return record
    }
}
