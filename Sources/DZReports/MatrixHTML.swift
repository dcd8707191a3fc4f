import DZReportModel

/// The compatibility matrix as one self-contained HTML page (inline CSS, no scripts, no external
/// assets), to open from a CI artifact: a section per account with one coloured grid per reader side
/// by side, so the eye finds the red and yellow cells. Every cell's `title` tooltip gives the verdict's
/// details and the example bytes; misread and error cells also have a numbered note with the full hex.
public enum MatrixHTML {
    public static func render(_ matrix: CompatibilityMatrix, title: String = "dzcompat compatibility matrix") -> String {
        var accounts: [(name: String, grids: [MatrixGrid])] = []
        for table in matrix.tables {
            if let index = accounts.firstIndex(where: { $0.name == table.account }) {
                accounts[index].grids.append(MatrixGrid(table))
            } else {
                accounts.append((table.account, [MatrixGrid(table)]))
            }
        }
        var html = [
            "<!DOCTYPE html>",
            #"<html lang="en">"#,
            #"<head>"#,
            #"<meta charset="utf-8"/>"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#,
            "<title>\(text(title))</title>",
            "<style>\(style)</style>",
            "</head>",
            "<body>",
            "<h1>\(text(title))</h1>",
            "<p>Rows: reader version. Columns: account version. Outlined: a reader reading its own version. Hover a cell for details.</p>",
            #"<ul class="legend">"#,
        ]
        html += VerdictKind.allCases.map { #"<li><span class="v \#($0.name)">\#(text($0.symbol))</span> \#(text($0.meaning))</li>"# }
        html += ["</ul>", "<nav><ul>"]
        for (index, account) in accounts.enumerated() {
            html.append(##"<li><a href="#account-\##(index + 1)">\##(text(account.name))</a> \##(breaks(account.grids.reduce(0) { $0 + $1.breaks }))</li>"##)
        }
        html.append("</ul></nav>")
        for (index, account) in accounts.enumerated() {
            html += [#"<section id="account-\#(index + 1)">"#, "<h2>\(text(account.name))</h2>", #"<div class="grids">"#]
            for grid in account.grids { html += figure(grid) }
            html += ["</div>", "</section>"]
        }
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private static func figure(_ grid: MatrixGrid) -> [String] {
        var html = ["<figure>", "<figcaption>\(text(grid.reader)) \(breaks(grid.breaks))</figcaption>", "<table>"]
        html.append("<thead><tr><th scope=\"col\">reader ↓ account →</th>"
            + grid.columns.map { #"<th scope="col">\#(text($0))</th>"# }.joined() + "</tr></thead>")
        html.append("<tbody>")
        for row in grid.rows {
            html.append(#"<tr><th scope="row">\#(text(row.label))</th>"# + row.cells.map(cell).joined() + "</tr>")
        }
        html.append("</tbody>")
        html.append("</table>")
        if !grid.notes.isEmpty {
            html.append(#"<ol class="notes">"#)
            html += grid.notes.map {
                #"<li value="\#($0.number)"><b>\#(text($0.cell.plainPosition))</b>: \#(text($0.cell.plainVerdict))"#
                    + #"<details><summary>example, \#(Format.count(Format.byteCount(hex: $0.cell.exampleHex), "byte"))</summary>"#
                    + #"<code class="hex">\#(text($0.cell.exampleHex))</code></details></li>"#
            }
            html.append("</ol>")
        }
        html.append("</figure>")
        return html
    }

    private static func cell(_ cell: MatrixGrid.Cell?) -> String {
        guard let cell else { return #"<td class="none"></td>"# }
        let source = cell.source
        let tooltip = "\(source.plainPosition): \(source.plainVerdict)\nexample: \(Format.abbreviated(hex: source.exampleHex))"
        let same = source.readerVersion == source.accountVersion ? " same" : ""
        let note = cell.note.map { "<sup>\($0)</sup>" } ?? ""
        return #"<td class="v \#(cell.kind.name)\#(same)" title="\#(Escape.markup(tooltip, attribute: true))">\#(text(cell.kind.symbol))\#(note)</td>"#
    }

    private static func breaks(_ count: Int) -> String {
        count == 0
            ? #"<span class="count">compatible</span>"#
            : #"<span class="count break">\#(Format.count(count, "break"))</span>"#
    }

    private static func text(_ text: String) -> String { Escape.markup(text) }

    private static let style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1f2328;background:#fff}
        h1{font-size:22px;margin:0 0 8px}
        h2{font-size:18px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid #d0d7de}
        .legend,nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 20px}
        .grids{display:flex;flex-wrap:wrap;gap:28px;align-items:flex-start}
        figure{margin:0;width:min-content}
        figcaption{font-weight:600;margin-bottom:6px}
        table{border-collapse:collapse;font:12px/1.2 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
        th,td{border:2px solid #fff;padding:5px 7px;text-align:center;min-width:2.5em;white-space:nowrap}
        th{background:#f6f8fa;font-weight:600}
        tbody th{text-align:right}
        .v{display:inline-block;padding:1px 6px;border-radius:3px}
        td.v{display:table-cell;border-radius:0;cursor:help}
        .ok{background:#d3f5dc;color:#14532d}
        .zero_filled{background:#cdeff7;color:#0e4f63}
        .misread{background:#fde68a;color:#713f12;font-weight:700}
        .error{background:#dc2626;color:#fff;font-weight:700}
        .none{background:#eee}
        td.same{outline:2px solid #1f2328;outline-offset:-3px}
        .count{color:#57606a;font-weight:400}
        .count.break{color:#b91c1c;font-weight:700}
        figcaption,.notes{white-space:nowrap}
        .notes{font-size:12px;padding-left:2.4em;margin:8px 0 0}
        .notes li{white-space:normal}
        summary{cursor:pointer;color:#57606a}
        .hex{display:block;word-break:break-all;color:#57606a;font-size:11px}
        """
}
