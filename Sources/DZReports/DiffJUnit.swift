import DZReportModel

/// The diff as JUnit XML, for CI test views: one `<testsuite>` per account and one `<testcase>` per
/// divergence group; unlisted groups fail with their example, accepted ones pass with the policy's
/// reason in `<system-out>`. Stale policy entries are failures in a last suite named `policy`.
public enum DiffJUnit {
    public static func render(_ report: DiffReport) -> String {
        let summary = DiffSummary(report)
        let failures = report.unlisted.count + report.staleEntries.count
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="dzcompat diff" tests="\#(report.groups.count + report.staleEntries.count)" failures="\#(failures)" errors="0" time="\#(Format.seconds(report.seconds, decimals: 3))">"#,
        ]
        for account in summary.accounts {
            lines.append(suiteOpening(account.name, tests: account.groups, failures: account.unlistedGroups))
            for group in report.groups where group.account == account.name { lines += testcase(group) }
            lines.append("  </testsuite>")
        }
        lines.append(suiteOpening("policy", tests: report.staleEntries.count, failures: report.staleEntries.count))
        for entry in report.staleEntries { lines += testcase(entry) }
        lines.append("  </testsuite>")
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func suiteOpening(_ name: String, tests: Int, failures: Int) -> String {
        #"  <testsuite name="\#(attribute(name))" tests="\#(tests)" failures="\#(failures)" errors="0" skipped="0">"#
    }

    private static func testcase(_ group: DivergenceGroup) -> [String] {
        let message = "unlisted divergence: \(group.partitionText) on \(Format.count(group.count, "input"))"
        return testcase(classname: group.account, name: "\(group.field) (\(group.situation)): \(group.partitionText)",
                        passed: group.status.reason.map { "accepted: \($0)" },
                        failure: ("unlisted divergence", message, group.plainDescription(hex: group.example.hex).joined(separator: "\n")))
    }

    private static func testcase(_ entry: PolicyEntry) -> [String] {
        staleTestcase(key: entry.plainKey, message: "no divergence matches this entry any more", reason: entry.reason)
    }

    /// A policy entry that accepts nothing any more, as a failed test case of the `policy` suite.
    static func staleTestcase(key: String, message: String, reason: String) -> [String] {
        testcase(classname: "policy", name: key, passed: nil, failure: ("stale policy entry", message, "reason: \(reason)"))
    }

    /// One test case: passed, with `passed` as its output, or failed with `failure`.
    static func testcase(classname: String, name: String, passed: String?,
                         failure: @autoclosure () -> (type: String, message: String, text: String)) -> [String] {
        let body: String
        if let passed {
            body = "      <system-out>\(Escape.markup(passed))</system-out>"
        } else {
            let failure = failure()
            body = #"      <failure type="\#(attribute(failure.type))" message="\#(attribute(failure.message))">\#(Escape.markup(failure.text))</failure>"#
        }
        return [#"    <testcase classname="\#(attribute(classname))" name="\#(attribute(name))">"#, body, "    </testcase>"]
    }

    private static func attribute(_ text: String) -> String { Escape.markup(text, attribute: true) }
}
