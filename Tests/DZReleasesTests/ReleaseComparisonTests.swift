import DZComparison
import DZCorpus
import DZCrossCheck
import DZLayouts
import DZPorts
import DZReleases
import DZReportModel
import XCTest

/// The releases in the cross-check (port fidelity) and in the matrix.
final class ReleaseComparisonTests: XCTestCase {
    /// Where releases.json says a release runs the port's code, the two agree on every corpus input of
    /// that layout version; every entry has inputs to compare.
    func testWhereTheCodeIsTheSameThePortAndTheReleaseAgreeOnEveryCorpusInput() throws {
        let inputs = try Corpus().inputs()
        var same = 0
        for release in try ReleaseReaderTests.loaded.get() {
            for result in ReleaseFidelity.run(release, inputs: inputs) {
                XCTAssertGreaterThan(result.inputs, 0, "\(release.id) \(result.entry.layout)")
                guard result.entry.sameCode else { continue }
                same += 1
                XCTAssertEqual(result.agreeing, result.inputs, "\(release.id) \(result.entry.layout): \(result.mismatches.first.map { "\($0.input.hex): port \($0.port) release \($0.release)" } ?? "")")
            }
        }
        XCTAssertGreaterThan(same, 0, "releases.json names at least one layout where a release runs the port's code")
    }

    /// The releases in the diff add their own divergences and change none of the models': every split of
    /// the modelled readers the diff finds with the releases (the releases left out) it finds without
    /// them, and the other way round. On every 40th corpus input.
    func testReleasesInTheDiffLeaveTheModelsComparisonAsItIs() throws {
        let inputs = try Corpus().inputs().enumerated().filter { $0.offset % 40 == 0 }.map(\.element)
        func splits(_ report: DiffReport) -> Set<String> {
            Set(report.groups.compactMap { group in
                let models = group.partition.map { $0.filter { !$0.isRelease } }.filter { !$0.isEmpty }
                guard models.count > 1 else { return nil }
                return "\(group.account) \(group.field) \(group.situation) \(models.map { $0.map(\.rawValue).joined(separator: "+") }.joined(separator: " | "))"
            })
        }
        let without = DiffEngine().run(inputs, seed: 0)
        let with = DiffEngine(readers: ReaderSet(releases: try ReleaseReaderTests.loaded.get())).run(inputs, seed: 0)
        XCTAssertFalse(splits(without).isEmpty)
        XCTAssertEqual(splits(with).subtracting(splits(without)).sorted(), [], "found only with the releases")
        XCTAssertEqual(splits(without).subtracting(splits(with)).sorted(), [], "found only without them")
        XCTAssertTrue(with.groups.contains { $0.partition.joined().contains(where: \.isRelease) }, "the releases differ somewhere")
    }

    /// A release has one row per account it reads, labelled with its version, reading every account version.
    func testTheMatrixShowsEachReleaseReadingEveryAccountVersion() throws {
        let releases = try ReleaseReaderTests.loaded.get()
        let matrix = try MatrixBuilder(readers: ReaderSet(releases: releases)).build()
        for release in releases {
            for account in Registry.standard.accounts {
                let table = matrix.tables.first { $0.account == account.name && $0.reader == release.id }
                guard let own = release.versions(of: account).first else { XCTAssertNil(table); continue }
                let cells = try XCTUnwrap(table, "\(release.id) \(account.name)").cells
                XCTAssertEqual(cells.count, 1)
                XCTAssertEqual(cells[0].map(\.accountVersion), account.versions.map(\.label))
                XCTAssertEqual(cells[0].map(\.readerVersion), Array(repeating: release.release.version, count: account.versions.count))
                let ownCell = try XCTUnwrap(cells[0].first { $0.accountVersion == own.label })
                XCTAssertEqual(ownCell.verdict, .ok, "\(release.id) on its own \(own.reference)")
            }
        }
    }
}
