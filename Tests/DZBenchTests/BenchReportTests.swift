@testable import DZBench
import DZJSON
import XCTest

/// What the bench computes from its samples and how it prints them; no timing is measured here.
final class BenchReportTests: XCTestCase {
    func testARowIsTheMedianOfItsSamplesAndMeetsItsTargetByIt() {
        var row = BenchRow(section: .codec, name: "decode", samples: [4, 1, 2], bytesPerOperation: 1_000_000, target: .rate(0.4))
        XCTAssertEqual(row.seconds, 2)
        XCTAssertEqual(row.megabytesPerSecond, 0.5)
        XCTAssertEqual(row.meetsTarget, true)
        row.samples = [1, 2, 4, 5]
        XCTAssertEqual(row.seconds, 3, "an even count: the mean of the middle two")
        XCTAssertEqual(row.meetsTarget, false)
        row.target = .ratio(1.5)
        XCTAssertNil(row.meetsTarget, "a ratio target without a measured ratio says nothing")
        row.ratio = 2
        XCTAssertEqual(row.meetsTarget, true)
        row.target = .seconds(2.5)
        XCTAssertEqual(row.meetsTarget, false)
        let skipped = BenchRow.skipped(.native, "go batch", reason: "not built", target: .rate(1))
        XCTAssertNil(skipped.seconds)
        XCTAssertNil(skipped.meetsTarget)
    }

    func testNumbersArePrintedWithTheirUnit() {
        XCTAssertEqual(BenchReport.duration(70.4e-9), "70.4 ns")
        XCTAssertEqual(BenchReport.duration(1.234e-6), "1.23 µs")
        XCTAssertEqual(BenchReport.duration(4.56e-3), "4.56 ms")
        XCTAssertEqual(BenchReport.duration(12.5), "12.50 s")
        XCTAssertEqual(BenchReport.rate(14.2e6), "14.2 M")
        XCTAssertEqual(BenchReport.rate(85_300), "85.3 k")
        XCTAssertEqual(BenchReport.rate(512), "512.0")
        XCTAssertEqual(BenchReport.fixed(0.05, digits: 1), "0.1")
        XCTAssertEqual(BenchReport.fixed(-1.5, digits: 1), "-1.5")
        XCTAssertEqual(BenchReport.fixed(2.999, digits: 0), "3")
    }

    func testTheReportNamesEveryRowAndMissedTargets() throws {
        let rows = [
            BenchRow(section: .codec, name: "decode user", samples: [1e-6], target: .rate(2e6)),
            BenchRow.skipped(.native, "go batch", reason: "not built"),
        ]
        let report = BenchReport(rows: rows, options: BenchOptions(), loadAverage: (start: nil, end: nil))
        XCTAssertEqual(report.missed.map(\.name), ["decode user"])
        let table = report.table()
        XCTAssertTrue(table.contains("decode user"), table)
        XCTAssertTrue(table.contains("skipped: not built"), table)
        let row = table.split(separator: "\n").first { $0.contains("decode user") }
        XCTAssertEqual(row?.split(separator: " ").last, "no", table)
        let json = report.json()
        XCTAssertEqual(json["schema"]?.stringValue, BenchReport.schemaName)
        XCTAssertEqual(json["rows"]?.arrayValue?.map { $0["met"] }, [.bool(false), .null])
    }
}
