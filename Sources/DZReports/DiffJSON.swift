import DZJSON
import DZReportModel

/// The diff as JSON: every field of the report, keys in a fixed order, snake_case like layouts.json.
///
///     {"passes", "corpus_size", "seed", "seconds", "readers",
///      "groups": [{"account", "field", "situation", "partition", "count", "status", "reason",
///                  "example": {"layout", "situation", "hex", "values": [{"reader", "value"}]}}],
///      "stale_entries": [{"account", "field", "situation", "readers", "reason"}],
///      "odd_counts": [{"account", "reader", "situation", "count"}]}
///
/// `seed` is a decimal string: a u64 does not survive JSON numbers in JavaScript or jansson. `reason` is
/// null for unlisted groups. `odd_counts` is sorted by account, reader and situation.
public enum DiffJSON {
    public static func render(_ report: DiffReport, style: JSONWriter.Style = .pretty) -> String {
        JSONWriter.render(value(report), style: style)
    }

    public static func value(_ report: DiffReport) -> JSONValue {
        let odd: [JSONValue] = DiffSummary(report).oddCounts.map {
            .object(["account": .string($0.account), "reader": .string($0.reader.rawValue),
                     "situation": .string($0.situation), "count": .integer(Int64($0.count))])
        }
        return .object([
            "passes": .bool(report.passes),
            "corpus_size": .integer(Int64(report.corpusSize)),
            "seed": .string(String(report.seed)),
            "seconds": .real(report.seconds),
            "readers": .array(report.readers.map { .string($0.rawValue) }),
            "groups": .array(report.groups.map(group)),
            "stale_entries": .array(report.staleEntries.map(entry)),
            "odd_counts": .array(odd),
        ])
    }

    private static func group(_ group: DivergenceGroup) -> JSONValue {
        let example = group.example
        return .object([
            "account": .string(group.account),
            "field": .string(group.field),
            "situation": .string(group.situation),
            "partition": .array(group.partition.map { .array($0.map { .string($0.rawValue) }) }),
            "count": .integer(Int64(group.count)),
            "status": .string(group.status.name),
            "reason": group.status.reason.map(JSONValue.string) ?? .null,
            "example": .object([
                "layout": .string(example.layout),
                "situation": .string(example.situation),
                "hex": .string(example.hex),
                "values": .array(example.values.map { .object(["reader": .string($0.reader.rawValue), "value": .string($0.value)]) }),
            ]),
        ])
    }

    private static func entry(_ entry: PolicyEntry) -> JSONValue {
        .object(JSONObject([
            (key: "account", value: .string(entry.account)),
            (key: "field", value: .string(entry.field)),
            (key: "situation", value: .string(entry.situation)),
            entry.release.map { (key: "release", value: .string($0.rawValue)) } ?? (key: "readers", value: .string(entry.readers)),
            (key: "reason", value: .string(entry.reason)),
        ]))
    }
}
