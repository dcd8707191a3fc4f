import DZJSON
import DZReportModel

/// The lint as JSON, keys in a fixed order:
///
///     {"passes", "directory", "fixtures": [stem],
///      "findings": [{"rule", "account", "field", "file", "offset", "message", "status", "reason"}],
///      "skipped": [{"file", "reason"}],
///      "stale_entries": [{"rule", "account", "field", "file", "reason"}]}
///
/// `offset` is null where no byte is meant; `reason` is null for an unaccepted finding.
public enum LintJSON {
    public static func render(_ report: LintReport, style: JSONWriter.Style = .pretty) -> String {
        JSONWriter.render(value(report), style: style)
    }

    public static func value(_ report: LintReport) -> JSONValue {
        .object([
            "passes": .bool(report.passes),
            "directory": .string(report.directory),
            "fixtures": .array(report.fixtures.map(JSONValue.string)),
            "findings": .array(report.findings.map { finding in
                .object([
                    "rule": .string(finding.rule.rawValue),
                    "account": .string(finding.account),
                    "field": .string(finding.field),
                    "file": .string(finding.file),
                    "offset": finding.offset.map { .integer(Int64($0)) } ?? .null,
                    "message": .string(finding.message),
                    "status": .string(finding.status.name),
                    "reason": finding.status.reason.map(JSONValue.string) ?? .null,
                ])
            }),
            "skipped": .array(report.skipped.map { .object(["file": .string($0.file), "reason": .string($0.reason)]) }),
            "stale_entries": .array(report.staleEntries.map { entry in
                var object = JSONObject()
                for key in ["rule", "account", "field", "file"] { object.append(key, .string(entry.patterns[key] ?? "")) }
                object.append("reason", .string(entry.reason))
                return .object(object)
            }),
        ])
    }
}
