import DZReportModel
@testable import DZReports
import Foundation
import XCTest

final class DiffMarkdownTests: XCTestCase {
    let text = DiffMarkdown.render(Samples.diff())

    func testTheFirstLineIsTheVerdict() {
        XCTAssertEqual(text.split(separator: "\n").first, "**dzcompat diff: fail**: 2 unlisted divergence groups, 1 stale policy entry")
        XCTAssertEqual(DiffMarkdown.render(Samples.passingDiff()).split(separator: "\n").first,
                       "**dzcompat diff: pass**: 0 unlisted divergence groups, 0 stale policy entries")
    }

    func testTheSummaryTableCountsEachAccount() {
        XCTAssertTrue(text.contains("190000 inputs, seed 18446744073709551615, 3.25 s; readers: program, Go, TypeScript, Python."))
        XCTAssertTrue(text.contains("""
            | account | groups | inputs | unlisted groups |
            |---|--:|--:|--:|
            | device | 2 | 43 | 1 |
            | user | 2 | 1456 | 1 |
            | **total** | 4 | 1499 | 2 |
            """))
    }

    func testUnlistedGroupsComeFirstThenAcceptedThenStale() throws {
        let device = try XCTUnwrap(text.offset(of: "### 1. `device` `interfaces[].mtu`: truncation"))
        let user = try XCTUnwrap(text.offset(of: "### 2. `user` `status`: enum value"))
        let accepted = try XCTUnwrap(text.offset(of: "<details><summary>Accepted divergences: 2 groups, 1240 inputs</summary>"))
        let stale = try XCTUnwrap(text.offset(of: "## Stale policy entries (1)"))
        XCTAssertLessThan(device, user)
        XCTAssertLessThan(user, accepted)
        XCTAssertLessThan(accepted, stale)
        XCTAssertFalse(text.contains("`name`"), "accepted groups are table rows, not full entries")
    }

    func testAnUnlistedGroupShowsItsReadersExampleAndValues() {
        XCTAssertTrue(text.contains("Readers `program+go+ts | py` on 256 inputs. Smallest example: `user@v7`, user\\_v7 status=9, 3 bytes."))
        XCTAssertTrue(text.contains("Input: `0105ff`"), "a short input is a code span")
        XCTAssertTrue(text.contains("- program: `Activated`\n- Go: `Activated`\n- TypeScript: `Activated`\n- Python: `error: ValueError"))
    }

    func testALongInputIsACollapsedCodeBlock() throws {
        let start = try XCTUnwrap(text.offset(of: "<details><summary>Input (200 bytes)</summary>\n\n```\n"))
        let lines = text.dropFirst(start).split(separator: "\n").dropFirst(2).prefix { $0 != "```" }
        XCTAssertEqual(lines.count, 7, "400 hex digits in lines of 64")
        XCTAssertEqual(lines.joined(), Samples.longHex)
    }

    func testValuesCannotBreakTheirCodeSpanOrLine() {
        // A backtick run of 2 inside: fenced by 3. Control characters are shown, not emitted.
        XCTAssertTrue(text.contains("- Python: ``a|b`c` \\u0001\u{FFFE}\\r``"))
        XCTAssertTrue(text.contains("error: ValueError: 9 is not a valid UserStatus\\n<script>"), "line break shown as \\n")
        XCTAssertFalse(text.contains("\r"))
    }

    func testEveryTableRowHasTheHeadersNumberOfCells() {
        var columns: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let cells = unescapedPipes(in: line) - 1
            if let columns { XCTAssertEqual(cells, columns, String(line)) } else { columns = cells }
        }
        XCTAssertTrue(text.contains(#"| device | name | string content | program+py \| go+ts | 40 | TS decodes invalid UTF-8 with U+FFFD \| as does Go |"#))
        XCTAssertTrue(text.contains(#"Go and TS return a partial account \<see docs/readers.md\> \& co"#))
        XCTAssertTrue(text.contains(#"| \* | interfaces\[\].\* | \* | program \| go+ts+py | fixed in v0.4: 100% done, a,b:c\\nsecond line |"#))
    }

    func testTheAcceptedSectionIsCollapsedAndOmittedWhenEmpty() {
        XCTAssertEqual(text.count(of: "<details>"), text.count(of: "</details>"))
        var report = Samples.diff()
        report.groups = report.unlisted
        XCTAssertFalse(DiffMarkdown.render(report).contains("Accepted divergences"))
        XCTAssertTrue(DiffMarkdown.render(DiffReport(corpusSize: 0, seed: 1, readers: [], groups: [], staleEntries: [], oddCounts: [], seconds: 0))
            .contains("No divergences."))
    }

    private func unescapedPipes(in line: Substring) -> Int {
        var count = 0, escaped = false
        for c in line {
            if c == "|" && !escaped { count += 1 }
            escaped = c == "\\" && !escaped
        }
        return count
    }
}
