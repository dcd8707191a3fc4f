import DZReportModel

/// The lint as JUnit XML: one `<testsuite>` per rule and one `<testcase>` per finding; unaccepted
/// findings fail, accepted ones pass with the policy's reason in `<system-out>`. Stale policy entries
/// are failures in a last suite named `policy`.
public enum LintJUnit {
    public static func render(_ report: LintReport) -> String {
        let failures = report.unlisted.count + report.staleEntries.count
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="dzcompat lint" tests="\#(report.findings.count + report.staleEntries.count)" failures="\#(failures)" errors="0">"#,
        ]
        for rule in LintRule.allCases {
            let findings = report.findings.filter { $0.rule == rule }
            lines.append(DiffJUnit.suiteOpening(rule.rawValue, tests: findings.count, failures: findings.filter { $0.status == .unlisted }.count))
            for finding in findings { lines += testcase(finding) }
            lines.append("  </testsuite>")
        }
        lines.append(DiffJUnit.suiteOpening("policy", tests: report.staleEntries.count, failures: report.staleEntries.count))
        for entry in report.staleEntries {
            lines += DiffJUnit.staleTestcase(key: LintSummary.key(entry), message: "no finding matches this entry any more", reason: entry.reason)
        }
        lines.append("  </testsuite>")
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func testcase(_ finding: LintFinding) -> [String] {
        DiffJUnit.testcase(classname: finding.account, name: "\(finding.location) \(finding.field)",
                           passed: finding.status.reason.map { "\(finding.message)\naccepted: \($0)" },
                           failure: (finding.rule.rawValue, finding.message, finding.message))
    }
}
