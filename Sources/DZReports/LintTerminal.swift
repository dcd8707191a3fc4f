import DZCompat
import DZLint

/// The lint for a terminal: the verdict, then one line per finding (unaccepted ones first), each with
/// its rule, file@offset, account.field and message; accepted ones carry their reason. Then the skipped
/// files and the stale policy entries.
public enum LintTerminal {
    public static func render(_ report: LintReport) -> String {
        var lines = [LintSummary(report).verdict]
        for finding in report.findings {
            let status = finding.status.reason == nil ? "FAIL" : "ok  "
            lines.append("\(status) \(finding.rule.number) \(finding.rule.rawValue)  \(finding.location)  "
                + "\(finding.account).\(finding.field): \(finding.message)")
            if let reason = finding.status.reason { lines.append("       accepted: \(reason)") }
        }
        for skip in report.skipped { lines.append("skipped \(skip.file): \(skip.reason)") }
        for entry in report.staleEntries {
            lines.append("STALE policy entry \(LintSummary.key(entry)): no finding matches it any more (reason: \(entry.reason))")
        }
        return lines.map { Escape.visible($0, replacing: Escape.isControl) }.joined(separator: "\n") + "\n"
    }
}
