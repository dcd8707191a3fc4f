import DZReportModel

/// The lint for a terminal: the verdict, one line per unaccepted finding (rule, file@offset,
/// account.field, message), the accepted ones counted under each reason (`--format json` lists them
/// all), then the skipped files and the stale policy entries.
public enum LintTerminal {
    public static func render(_ report: LintReport) -> String {
        var lines = [LintSummary(report).verdict]
        for finding in report.unlisted {
            lines.append("FAIL \(finding.rule.number) \(finding.rule.rawValue)  \(finding.location)  "
                + "\(finding.account).\(finding.field): \(finding.message)")
        }
        var reasons: [String] = []
        var counts: [String: Int] = [:]
        for finding in report.findings {
            guard let reason = finding.status.reason else { continue }
            if counts[reason] == nil { reasons.append(reason) }
            counts[reason, default: 0] += 1
        }
        for reason in reasons { lines.append("accepted \(Format.count(counts[reason]!, "finding")): \(reason)") }
        for skip in report.skipped { lines.append("skipped \(skip.file): \(skip.reason)") }
        for entry in report.staleEntries {
            lines.append("STALE policy entry \(LintSummary.key(entry)): no finding matches it any more (reason: \(entry.reason))")
        }
        return lines.map { Escape.visible($0, replacing: Escape.isControl) }.joined(separator: "\n") + "\n"
    }
}
