import DZReportModel

/// What several lint renderers say alike: the verdict line and how a policy entry is named.
struct LintSummary {
    let report: LintReport

    init(_ report: LintReport) { self.report = report }

    /// `dzcompat lint fixtures: pass: 0 unaccepted findings (12 accepted), 0 stale policy entries; 49 fixtures, 1 file skipped`
    var verdict: String {
        "dzcompat lint \(report.directory): \(report.passes ? "pass" : "fail"): "
            + "\(Format.count(report.unlisted.count, "unaccepted finding")) (\(report.findings.count - report.unlisted.count) accepted), "
            + "\(Format.count(report.staleEntries.count, "stale policy entry", "stale policy entries")); "
            + "\(Format.count(report.fixtures.count, "fixture")), \(Format.count(report.skipped.count, "file")) skipped"
    }

    /// `rule=round-trip account=user field=* file=user.bin`: the entry as its file keys it.
    static func key(_ entry: AcceptList.Entry) -> String {
        ["rule", "account", "field", "file"].map { "\($0)=\(entry.patterns[$0] ?? "")" }.joined(separator: " ")
    }
}
