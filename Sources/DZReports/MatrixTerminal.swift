import DZReportModel

/// The compatibility matrix as aligned text for a terminal: one grid per account and reader, notes for
/// the misread and error cells under each grid, and a legend at the end.
public enum MatrixTerminal {
    /// - Parameter colour: colour the verdicts with ANSI escapes (green ok, cyan zero-filled, yellow
    ///   misread, red error). The caller decides, usually from `isatty`, so piped output stays plain.
    public static func render(_ matrix: CompatibilityMatrix, colour: Bool) -> String {
        var blocks = matrix.tables.map { grid(MatrixGrid($0), colour: colour) }
        blocks.append("Rows: reader version; columns: account version.\n"
            + VerdictKind.allCases.map { "  \(paint($0.symbol, $0, colour))\(pad("", 8 - $0.symbol.count))\($0.meaning)" }.joined(separator: "\n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func grid(_ grid: MatrixGrid, colour: Bool) -> String {
        let labelWidth = grid.rows.map { plain($0.label).count }.max() ?? 0
        let widths = grid.columns.indices.map { column in
            grid.rows.reduce(plain(grid.columns[column]).count) { max($0, $1.cells[column]?.text.count ?? 0) }
        }
        var lines = [plain(grid.title)]
        lines.append(line(pad("", labelWidth), grid.columns.indices.map { pad(plain(grid.columns[$0]), widths[$0]) }))
        for row in grid.rows {
            lines.append(line(pad(plain(row.label), labelWidth), row.cells.indices.map { column in
                guard let cell = row.cells[column] else { return pad("", widths[column]) }
                // Padding outside the colour, so trailing blanks can be trimmed.
                return paint(cell.text, cell.kind, colour) + pad("", widths[column] - cell.text.count)
            }))
        }
        lines += grid.notes.map { "  [\($0.number)] \(plain($0.cell.plainPosition)): \(plain($0.cell.plainVerdict))" }
        return lines.joined(separator: "\n")
    }

    private static func line(_ label: String, _ cells: [String]) -> String {
        var text = "  " + ([label] + cells).joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Control characters from layouts or error messages would drive the terminal, not print.
    private static func plain(_ text: String) -> String { Escape.visible(text, replacing: Escape.isControl) }

    private static func paint(_ text: String, _ kind: VerdictKind, _ colour: Bool) -> String {
        guard colour else { return text }
        let code = switch kind {
        case .ok: "32"
        case .zeroFilled: "36"
        case .misread: "33"
        case .error: "31"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
