import DZGate
import DZLayouts
import DZPorts
import DZReleases
import DZTestSupport
import XCTest

/// The gate runs the releases on accounts written at the new layout and names each one a change breaks.
final class ReleaseGateTests: XCTestCase {
    /// The standard registry with one more User version: today's fields edited by `edit`.
    private func userEdited(_ edit: (inout [Field]) -> Void) throws -> Registry {
        let base = Registry.standard
        var user = try XCTUnwrap(base.account("user"))
        var version = user.current
        edit(&version.fields)
        (version.id, version.label) = ("v\(user.versions.count)", "\(version.label)+edit")
        version.acknowledgements = []
        user.versions.append(version)
        return Registry(accounts: base.accounts.map { $0.name == "user" ? user : $0 }, enums: base.enumDefinitions)
    }

    private func gate(_ working: Registry) throws -> GateReport {
        var options = GateOptions()
        options.releases = try ReleaseReaderTests.loaded.get()
        return Gate.compare(baseline: .standard, working: working, options: options)
    }

    func testAFieldInsertedBeforeWhatTheReleasesReadBreaksThem() throws {
        let report = try gate(try userEdited { $0.insert(Field("inserted", .u8), at: 2) })
        let finding = try XCTUnwrap(report.findings.first { $0.account == "user" && $0.field == "inserted" })
        XCTAssertEqual(finding.verdict, .breaking)
        for release in try ReleaseReaderTests.loaded.get() {
            XCTAssertTrue(finding.affected.contains(release.id), "\(release.id) misreads what follows the insert: \(finding.affected)")
        }
        XCTAssertTrue(report.render(.text).contains("released Python SDK 0.0.3"))
    }

    func testAFieldAppendedAfterWhatTheReleasesReadLeavesThemAlone() throws {
        let report = try gate(try userEdited { $0.append(Field("appended", .u64)) })
        let finding = try XCTUnwrap(report.findings.first { $0.account == "user" && $0.field == "appended" })
        for release in try ReleaseReaderTests.loaded.get() {
            XCTAssertFalse(finding.affected.contains(release.id), "\(release.id): \(finding.affected)")
            XCTAssertFalse(finding.unverified.contains { $0.reader == release.id }, "\(release.id): \(finding.unverified)")
        }
    }
}
