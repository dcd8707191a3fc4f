import DZReportModel

/// The diff as GitHub-flavoured Markdown, for a pull-request comment: the verdict on the first line,
/// a per-account summary, every unlisted group in full, then the accepted groups and the stale policy
/// entries. The accepted groups (often hundreds) sit in a collapsed `<details>` block.
public enum DiffMarkdown {
    /// Examples longer than this many hex characters go in a collapsed code block instead of a code span.
    public static let inlineHexLimit = 64

    public static func render(_ report: DiffReport) -> String {
        let summary = DiffSummary(report)
        var blocks = [verdict(report), runLine(report), summaryTable(summary)]
        let unlisted = report.unlisted
        if !unlisted.isEmpty {
            blocks.append("## Unlisted divergences (\(unlisted.count))")
            for (index, group) in unlisted.enumerated() { blocks += unlistedGroup(group, number: index + 1) }
        }
        let accepted = report.groups.filter { $0.status != .unlisted }
        if !accepted.isEmpty { blocks.append(acceptedSection(accepted)) }
        if !report.staleEntries.isEmpty { blocks.append(staleSection(report.staleEntries)) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func verdict(_ report: DiffReport) -> String {
        let counts = "\(Format.count(report.unlisted.count, "unlisted divergence group")), "
            + Format.count(report.staleEntries.count, "stale policy entry", "stale policy entries")
        return "**dzcompat diff: \(report.passes ? "pass" : "fail")**: \(counts)"
    }

    private static func runLine(_ report: DiffReport) -> String {
        let readers = report.readers.map(\.displayName).joined(separator: ", ")
        return "\(Format.count(report.corpusSize, "input")), seed \(report.seed), "
            + "\(Format.seconds(report.seconds)) s; readers: \(Markdown.text(readers))."
    }

    private static func summaryTable(_ summary: DiffSummary) -> String {
        guard !summary.accounts.isEmpty else { return "No divergences." }
        var rows = ["| account | groups | inputs | unlisted groups |", "|---|--:|--:|--:|"]
        for account in summary.accounts {
            rows.append("| \(Markdown.text(account.name)) | \(account.groups) | \(account.inputs) | \(account.unlistedGroups) |")
        }
        let total = summary.accounts.reduce(into: DiffSummary.Account(name: "total")) {
            $0.groups += $1.groups
            $0.inputs += $1.inputs
            $0.unlistedGroups += $1.unlistedGroups
        }
        rows.append("| **total** | \(total.groups) | \(total.inputs) | \(total.unlistedGroups) |")
        return rows.joined(separator: "\n")
    }

    private static func unlistedGroup(_ group: DivergenceGroup, number: Int) -> [String] {
        let example = group.example
        var blocks = [
            "### \(number). \(Markdown.code(group.account)) \(Markdown.code(group.field)): \(Markdown.text(group.situation))",
            "Readers \(Markdown.code(group.partitionText)) on \(Format.count(group.count, "input")). "
                + "Smallest example: \(Markdown.code(example.layout)), \(Markdown.text(example.situation)), "
                + "\(Format.count(Format.byteCount(hex: example.hex), "byte")).",
        ]
        if example.hex.utf8.count <= inlineHexLimit {
            blocks.append("Input: \(Markdown.code(example.hex))")
        } else {
            blocks.append("<details><summary>Input (\(Format.count(Format.byteCount(hex: example.hex), "byte")))</summary>\n\n"
                + Markdown.codeBlock(Format.hexLines(example.hex)) + "\n\n</details>")
        }
        blocks.append(example.values.map { "- \(Markdown.text($0.reader.displayName)): \(Markdown.code($0.value))" }.joined(separator: "\n"))
        return blocks
    }

    private static func acceptedSection(_ groups: [DivergenceGroup]) -> String {
        var rows = ["| account | field | situation | readers | inputs | reason |", "|---|---|---|---|--:|---|"]
        for group in groups {
            let cells = [group.account, group.field, group.situation, group.partitionText].map(Markdown.text)
            rows.append("| \(cells.joined(separator: " | ")) | \(group.count) | \(Markdown.text(group.status.reason ?? "")) |")
        }
        let inputs = groups.reduce(0) { $0 + $1.count }
        return "<details><summary>Accepted divergences: \(Format.count(groups.count, "group")), "
            + "\(Format.count(inputs, "input"))</summary>\n\n" + rows.joined(separator: "\n") + "\n\n</details>"
    }

    private static func staleSection(_ entries: [PolicyEntry]) -> String {
        var rows = [
            "## Stale policy entries (\(entries.count))",
            "",
            "No divergence matches these entries any more: remove them from the policy, or find what changed.",
            "",
            "| account | field | situation | readers | reason |",
            "|---|---|---|---|---|",
        ]
        for entry in entries {
            rows.append("| " + [entry.account, entry.field, entry.situation, entry.readers, entry.reason].map(Markdown.text).joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n")
    }
}
