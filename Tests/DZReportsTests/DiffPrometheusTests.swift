@testable import DZReports
import XCTest

final class DiffPrometheusTests: XCTestCase {
    let text = DiffPrometheus.render(Samples.diff())

    func testEveryLineFollowsTheExpositionGrammar() throws {
        let label = #"[a-zA-Z_][a-zA-Z0-9_]*="(?:\\[\\"n]|[^"\\\n])*""#
        let sample = try Regex(#"^[a-zA-Z_:][a-zA-Z0-9_:]*(?:\{"# + label + "(?:," + label + #")*\})? [0-9.eE+-]+$"#)
        let comment = try Regex(#"^# (?:HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (?:gauge|counter|untyped))$"#)
        XCTAssertTrue(text.hasSuffix("\n"))
        for line in text.dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
            XCTAssertTrue(line.wholeMatch(of: sample) != nil || line.wholeMatch(of: comment) != nil, String(line))
        }
    }

    func testEachMetricHasHelpAndTypeBeforeItsSamples() {
        var families: [String] = []
        var previous = ""
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix("# HELP ") {
                families.append(String(line.dropFirst(7).prefix { $0 != " " }))
            } else if line.hasPrefix("# TYPE ") {
                XCTAssertEqual(line, "# TYPE \(families.last ?? "") gauge")
                XCTAssertTrue(previous.hasPrefix("# HELP "))
            } else {
                XCTAssertEqual(String(line.prefix { $0 != "{" && $0 != " " }), families.last, "a sample sits under its own family")
            }
            previous = line
        }
        XCTAssertEqual(families, ["dzcompat_divergent_inputs", "dzcompat_divergence_groups", "dzcompat_corpus_inputs",
                                  "dzcompat_policy_stale_entries", "dzcompat_diff_seconds"])
    }

    func testValuesAndLabels() {
        XCTAssertTrue(text.contains("""
            dzcompat_divergent_inputs{account="device",reader="go",situation="string\\ncontent \\"x\\"\\\\"} 40
            dzcompat_divergent_inputs{account="device",reader="go",situation="truncation"} 3
            dzcompat_divergent_inputs{account="device",reader="ts",situation="truncation"} 3
            dzcompat_divergent_inputs{account="user",reader="py",situation="enum value"} 260

            """), "sorted, escaped, repeated keys summed")
        XCTAssertTrue(text.contains("""
            dzcompat_divergence_groups{account="device",status="accepted"} 1
            dzcompat_divergence_groups{account="device",status="unlisted"} 1
            dzcompat_divergence_groups{account="user",status="accepted"} 1
            dzcompat_divergence_groups{account="user",status="unlisted"} 1

            """))
        XCTAssertTrue(text.contains("\ndzcompat_corpus_inputs 190000\n"))
        XCTAssertTrue(text.contains("\ndzcompat_policy_stale_entries 1\n"))
        XCTAssertTrue(text.contains("\ndzcompat_diff_seconds 3.25\n"))
    }

    func testNonFiniteSecondsUseTheFormatsSpelling() {
        var report = Samples.diff()
        report.seconds = .infinity
        XCTAssertTrue(DiffPrometheus.render(report).contains("dzcompat_diff_seconds +Inf\n"))
        report.seconds = .nan
        XCTAssertTrue(DiffPrometheus.render(report).contains("dzcompat_diff_seconds NaN\n"))
    }
}
