import DZReportModel

/// The compatibility matrix as GitHub-flavoured Markdown: one table per account and reader, with the
/// fields of each misread cell (and the message of each error cell) in a numbered list under the table.
public enum MatrixMarkdown {
    public static func render(_ matrix: CompatibilityMatrix) -> String {
        var blocks = [
            "## Compatibility matrix",
            "Rows: reader version; columns: account version.\n\n"
                + VerdictKind.allCases.map { "- \(Markdown.text($0.symbol)): \($0.meaning)" }.joined(separator: "\n"),
        ]
        for table in matrix.tables { blocks += section(MatrixGrid(table)) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func section(_ grid: MatrixGrid) -> [String] {
        var rows = [
            "| reader ↓ account → | " + grid.columns.map(Markdown.text).joined(separator: " | ") + " |",
            "|---|" + String(repeating: "---|", count: grid.columns.count),
        ]
        for row in grid.rows {
            rows.append("| **\(Markdown.text(row.label))** | " + row.cells.map { Markdown.text($0?.text ?? "") }.joined(separator: " | ") + " |")
        }
        var blocks = ["### \(Markdown.text(grid.title))", rows.joined(separator: "\n")]
        if !grid.notes.isEmpty { blocks.append(grid.notes.map(note).joined(separator: "\n")) }
        return blocks
    }

    private static func note(_ note: MatrixGrid.Note) -> String {
        let detail = switch note.cell.verdict {
        case .misread(let fields): "misread " + fields.map(Markdown.code).joined(separator: ", ")
        case .error(let message): "error " + Markdown.code(message)
        case .ok, .zeroFilled: Markdown.text(note.cell.plainVerdict)
        }
        return "\(note.number). \(Markdown.text(note.cell.plainPosition)): \(detail)"
    }
}
