import DZReportModel

/// The four verdicts as every matrix renderer shows them.
enum VerdictKind: CaseIterable {
    case ok, zeroFilled, misread, error

    init(_ verdict: MatrixVerdict) {
        switch verdict {
        case .ok: self = .ok
        case .zeroFilled: self = .zeroFilled
        case .misread: self = .misread
        case .error: self = .error
        }
    }

    /// What a grid cell shows.
    var symbol: String {
        switch self {
        case .ok: "ok"
        case .zeroFilled: "zf"
        case .misread: "misread"
        case .error: "ERR"
        }
    }

    /// The name in JSON and in HTML class names.
    var name: String {
        switch self {
        case .ok: "ok"
        case .zeroFilled: "zero_filled"
        case .misread: "misread"
        case .error: "error"
        }
    }

    /// The legend's line.
    var meaning: String {
        switch self {
        case .ok: "every field read as written"
        case .zeroFilled: "fields the account lacks read as defaults, or a newer tail ignored, as the zero-fill rules say"
        case .misread: "fields differ from what the rules say (see the note)"
        case .error: "the reader gives no value (see the note)"
        }
    }

    /// A break of compatibility: what a reader of the matrix looks for.
    var isBreak: Bool { self == .misread || self == .error }
}

/// One `MatrixTable` laid out for drawing: reader versions as rows, account versions as columns, and a
/// numbered note for each misread or error cell. The terminal, Markdown and HTML renderers draw this.
struct MatrixGrid {
    struct Cell {
        var source: MatrixCell
        var kind: VerdictKind
        /// The number of the cell's note, for misread and error cells.
        var note: Int?

        /// `ok`, `zf`, `misread[1]`, `ERR[2]`.
        var text: String { note.map { "\(kind.symbol)[\($0)]" } ?? kind.symbol }
    }

    struct Row {
        var label: String
        /// One per column; nil where the table has no cell.
        var cells: [Cell?]
    }

    struct Note {
        var number: Int
        var cell: MatrixCell
    }

    let account: String
    /// `Go`
    let reader: String
    let columns: [String]
    let rows: [Row]
    /// One per misread or error cell, numbered from 1 in row order.
    let notes: [Note]

    init(_ table: MatrixTable) {
        account = table.account
        reader = table.reader.displayName
        columns = table.versions
        var notes: [Note] = []
        // A model reads with every version; a release's one row is labelled with the release's version.
        rows = table.cells.map { cells in
            Row(label: cells.first?.readerVersion ?? "", cells: table.versions.indices.map { column in
                guard cells.indices.contains(column) else { return nil }
                var cell = Cell(source: cells[column], kind: VerdictKind(cells[column].verdict))
                if cell.kind.isBreak {
                    cell.note = notes.count + 1
                    notes.append(Note(number: notes.count + 1, cell: cell.source))
                }
                return cell
            })
        }
        self.notes = notes
    }

    /// `user · Go`
    var title: String { "\(account) · \(reader)" }

    /// Misread and error cells.
    var breaks: Int { notes.count }
}

extension MatrixCell {
    /// `U3 reading U5`
    var plainPosition: String { "\(readerVersion) reading \(accountVersion)" }

    /// `misread: status, owner`, `error: account too short`, `ok`: the verdict with its details.
    var plainVerdict: String {
        switch verdict {
        case .ok: "ok"
        case .zeroFilled: "zero-filled"
        case .misread(let fields): "misread: " + fields.joined(separator: ", ")
        case .error(let message): "error: " + message
        }
    }
}
