import DZReportModel

/// The diff as Prometheus text exposition format 0.0.4 (for a node-exporter textfile or a push
/// gateway). Every metric is a gauge describing the last run; series come in a fixed order so two
/// renderings of one report are byte-identical.
public enum DiffPrometheus {
    /// The `Content-Type` to serve this text with.
    public static let contentType = "text/plain; version=0.0.4"

    public static func render(_ report: DiffReport) -> String {
        let summary = DiffSummary(report)
        var out = ""
        family(&out, "dzcompat_divergent_inputs", "Inputs on which a reader is outside the largest group of agreeing readers.",
               summary.oddCounts.map {
                   ([("account", $0.account), ("reader", $0.reader.rawValue), ("situation", $0.situation)], "\($0.count)")
               })
        family(&out, "dzcompat_divergence_groups", "Divergence groups by divergence-policy status.",
               summary.accounts.flatMap {
                   [([("account", $0.name), ("status", "accepted")], "\($0.acceptedGroups)"),
                    ([("account", $0.name), ("status", "unlisted")], "\($0.unlistedGroups)")]
               })
        family(&out, "dzcompat_corpus_inputs", "Inputs in the diff corpus.", [([], "\(report.corpusSize)")])
        family(&out, "dzcompat_policy_stale_entries", "Divergence-policy entries that no divergence matches.",
               [([], "\(report.staleEntries.count)")])
        family(&out, "dzcompat_diff_seconds", "Duration of the diff run in seconds.", [([], number(report.seconds))])
        return out
    }

    private static func family(_ out: inout String, _ name: String, _ help: String, _ samples: [([(String, String)], String)]) {
        out += "# HELP \(name) \(help)\n# TYPE \(name) gauge\n"
        for (labels, value) in samples {
            let labelText = labels.isEmpty ? "" : "{" + labels.map { "\($0.0)=\"\(labelValue($0.1))\"" }.joined(separator: ",") + "}"
            out += "\(name)\(labelText) \(value)\n"
        }
    }

    /// The format's escapes for label values: backslash, double quote and line feed.
    private static func labelValue(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Go's float syntax, which the format uses: Swift prints `inf`/`nan`, Prometheus wants `+Inf`/`NaN`.
    private static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        return "\(value)"
    }
}
