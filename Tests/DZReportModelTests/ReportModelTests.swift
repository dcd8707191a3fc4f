import DZPorts
import DZReportModel
import XCTest

final class ReportModelTests: XCTestCase {
    private func group(_ partition: [[ReaderID]], status: PolicyStatus = .unlisted) -> DivergenceGroup {
        DivergenceGroup(account: "user", field: "status", situation: "enum value", partition: partition, count: 1,
                        example: DivergenceExample(layout: "user@v7", hex: "07", situation: "user_v7 cut at 1", values: []),
                        status: status)
    }

    func testThePartitionIsWrittenInReaderOrderAndTheOddReadersAreOutsideTheLargestGroup() {
        let split = group([[.program, ReaderID(.port(.go))], [ReaderID(.port(.ts))], [ReaderID(.port(.py))]])
        XCTAssertEqual(split.partitionText, "program+go | ts | py")
        XCTAssertEqual(split.odd, [ReaderID(.port(.ts)), ReaderID(.port(.py))])
        XCTAssertEqual(group([]).odd, [])
    }

    func testADiffPassesOnlyWithoutUnlistedGroupsAndStaleEntries() {
        let accepted = group([[.program], [ReaderID(.port(.go))]], status: .accepted(reason: "r"))
        func report(_ groups: [DivergenceGroup], stale: [PolicyEntry] = []) -> DiffReport {
            DiffReport(corpusSize: 1, seed: 0, readers: ReaderID.allCases, groups: groups, staleEntries: stale, oddCounts: [], seconds: 0)
        }
        XCTAssertTrue(report([accepted]).passes)
        XCTAssertFalse(report([accepted, group([[.program], [ReaderID(.port(.go))]])]).passes)
        XCTAssertFalse(report([], stale: [PolicyEntry(account: "*", field: "*", situation: "*", readers: "*", reason: "r")]).passes)
    }

    func testAReleaseEntryNamesTheReleaseApartFromItsPort() throws {
        let release = try XCTUnwrap(ReaderID(rawValue: "py@0.0.3"))
        let entry = PolicyEntry(account: "user", field: "*", situation: "*", release: release, reason: "r")
        XCTAssertEqual(entry.readers, "py@0.0.3 apart from py")
        XCTAssertEqual(entry.release, release)
    }

    func testALintReportPassesOnlyWithoutUnacceptedFindingsAndStaleEntries() {
        var finding = LintFinding(rule: .roundTrip, account: "user", field: "*", file: "user.bin", offset: 3, message: "m")
        XCTAssertEqual(finding.location, "user.bin@3")
        let unaccepted = LintReport(directory: "d", fixtures: ["user"], skipped: [], findings: [finding], staleEntries: [])
        XCTAssertFalse(unaccepted.passes)
        finding.status = .accepted(reason: "r")
        XCTAssertTrue(LintReport(directory: "d", fixtures: ["user"], skipped: [], findings: [finding], staleEntries: []).passes)
        XCTAssertEqual(LintRule.allCases.map(\.number), Array(1...LintRule.allCases.count))
    }
}
