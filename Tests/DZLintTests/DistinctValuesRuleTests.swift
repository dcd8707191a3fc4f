import DZCodec
import DZFixtures
import DZLayouts
import DZLint
import DZReportModel
import XCTest

/// Rule 1 on crafted fixtures: each account's sample with one field zeroed, or one field given the value
/// of another of its type, gains exactly that finding.
final class DistinctValuesRuleTests: XCTestCase {
    /// Distinct-values findings of a kind (zero, repeat) on fields that had none of that kind in the
    /// unchanged sample.
    func added(_ account: AccountLayouts, _ change: (inout Record) -> Void) throws -> [LintFinding] {
        let version = account.current
        var record = Samples.record(for: version)
        let before = try lint(account, record)
        change(&record)
        let after = try lint(account, record)
        func key(_ finding: LintFinding) -> String { finding.field + (finding.message.contains("the zero") ? " zero" : " repeat") }
        let had = Set(before.map(key))
        return after.filter { !had.contains(key($0)) }
    }

    func lint(_ account: AccountLayouts, _ record: Record) throws -> [LintFinding] {
        let version = account.current
        let bytes: [UInt8] = switch account.kind {
        case .account: try BinaryEncoder.encode(record, version)
        case .instruction(let variant): try BinaryEncoder.encodeInstruction(record, version, variant: variant)
        }
        return try FixtureFolder([consistent(account.name, bytes, version, account: account)]).lint()
            .findings.filter { $0.rule == .distinctValues }
    }

    func testAZeroedFieldIsAFinding() throws {
        var checked = 0
        for account in Registry.standard.accounts {
            let version = account.current
            let sample = Samples.record(for: version)
            for field in version.fields where field.type.fixedWidth != nil && field.name != "account_type" {
                let zero = Value.zero(of: field.type, registry: .standard)
                guard sample[field.name] != zero, case .uint = zero else { continue }
                let found = try added(account) { $0[field.name] = .uint(0) }
                XCTAssertEqual(found.map(\.field), [field.name], "\(version.reference) \(field.name) = 0")
                XCTAssertTrue(found.first?.message.contains("the zero") ?? false)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 10)
    }

    func testARepeatedValueOfOneTypeIsAFinding() throws {
        var checked = 0
        for account in Registry.standard.accounts {
            let version = account.current
            let sample = Samples.record(for: version)
            let scalars = version.fields.filter { $0.type.fixedWidth != nil && $0.name != "account_type" }
            for (index, first) in scalars.enumerated() {
                guard let second = scalars[(index + 1)...].first(where: { FixtureJSONTyp.of($0) == FixtureJSONTyp.of(first) && holds($0, first) }),
                      sample[first.name] != sample[second.name], sample[first.name] != Value.zero(of: first.type, registry: .standard)
                else { continue }
                let found = try added(account) { $0[second.name] = sample[first.name] }
                XCTAssertEqual(found.map(\.field), [second.name], "\(version.reference) \(second.name) = \(first.name)")
                XCTAssertTrue(found.first?.message.contains(first.jsonName) ?? false, "\(found)")
                checked += 1
                break
            }
        }
        XCTAssertGreaterThan(checked, 2)
    }

    /// Whether `field` can hold `other`'s values: an enum holds only its own (another value reads back
    /// as its default, which is no repeat).
    func holds(_ field: Field, _ other: Field) -> Bool {
        if case .enumeration = field.type { return field.type == other.type }
        return true
    }

    /// An empty vector is the zero of a vector.
    func testAnEmptyVectorIsAFinding() throws {
        let account = Registry.standard.account("user")!
        let found = try added(account) { $0["publishers"] = .list([]) }
        XCTAssertEqual(found.map(\.field), ["publishers.count"])
    }
}

/// The `typ` a fixture gives a field (enums are `u8`).
enum FixtureJSONTyp {
    static func of(_ field: Field) -> String {
        if case .enumeration = field.type { return "u8" }
        return field.type.kindName
    }
}
