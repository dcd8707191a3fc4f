import DZReportModel

/// The lint as GitHub Actions workflow commands: one `::error` per unaccepted finding, on its file
/// (`file=` is the linted directory joined with the file), and one `::warning` per stale policy entry.
public enum LintAnnotations {
    public static func render(_ report: LintReport) -> String {
        var lines: [String] = []
        for finding in report.unlisted {
            lines.append(DiffAnnotations.command(
                "error", file: "\(report.directory)/\(finding.file)",
                title: "Lint rule \(finding.rule.number) (\(finding.rule.summary)): \(finding.account).\(finding.field) at \(finding.location)",
                message: finding.message))
        }
        for entry in report.staleEntries {
            lines.append(DiffAnnotations.command("warning", title: "Stale lint-policy entry",
                                                 message: "No finding matches \(LintSummary.key(entry)) any more: remove the entry or find what changed.\nreason: \(entry.reason)"))
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
