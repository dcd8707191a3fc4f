import DZCodec
import DZLayouts
import DZLint
import XCTest

/// Rule 4 on crafted fixtures: an enum byte the program does not know decodes to its default, which
/// encodes as another byte: every top-level enum of every account, in turn.
final class RoundTripRuleTests: XCTestCase {
    func testAnUnknownEnumByteDoesNotRoundTrip() throws {
        var checked = 0
        // Instruction arguments with an unknown enum make the program panic: rule 2's finding, not this one.
        for account in Registry.standard.accounts {
            guard case .account = account.kind else { continue }
            let version = account.current
            let bytes = try sampleBytes(version, account: account)
            let outcomes = try ProgramDecoder().decode(bytes, as: version).outcomes
            for (index, field) in version.fields.enumerated() where field.name != "account_type" {
                guard case .enumeration = field.type else { continue }
                var broken = bytes
                broken[outcomes[index].offset] = 0xFF
                let report = try FixtureFolder([try consistent(account.name, broken, version, account: account)]).lint()
                let found = report.findings.filter { $0.rule == .roundTrip }
                XCTAssertEqual(found.map(\.location), ["\(account.name).bin@\(outcomes[index].offset)"], "\(account.name).\(field.name)")
                XCTAssertEqual(found.first?.field, field.name)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 5)
    }

    /// The generated set round-trips, the legacy Device with the version it was written with. Every
    /// fixture is linted but those of the instruction samples upstream keeps in another form (the
    /// builder's JSON, argument bodies without their tag).
    func testTheGeneratedSetRoundTrips() throws {
        let report = try FixtureFolder(catalogue.keys.sorted().map(file)).lint()
        XCTAssertEqual(report.findings.filter { $0.rule == .roundTrip }, [])
        let otherForms = Set(Registry.standard.accounts.flatMap(\.samples).filter { $0.form != .whole }.compactMap(\.fixture))
        XCTAssertFalse(otherForms.isEmpty)
        XCTAssertEqual(Set(report.fixtures), Set(catalogue.keys).subtracting(otherForms))
    }
}
