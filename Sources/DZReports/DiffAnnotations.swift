import DZReportModel

/// The diff as GitHub Actions workflow commands, printed to a step's output: one `::error` per
/// unlisted divergence group and one `::warning` per stale policy entry, shown on the run's summary page.
public enum DiffAnnotations {
    public static func render(_ report: DiffReport) -> String {
        var lines: [String] = []
        for group in report.unlisted {
            let message = group.plainDescription(hex: Format.abbreviated(hex: group.example.hex)).joined(separator: "\n")
            lines.append(command("error", title: "Unlisted divergence: \(group.plainTitle)", message: message))
        }
        for entry in report.staleEntries {
            let message = "No divergence matches \(entry.plainKey) any more: remove the entry or find what changed.\nreason: \(entry.reason)"
            lines.append(command("warning", title: "Stale divergence-policy entry", message: message))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `file`, when given, places the annotation on that file (a path from the repository root).
    static func command(_ name: String, file: String? = nil, title: String, message: String) -> String {
        // Line breaks are the runner's to decode; other control characters (a terminal escape in a value)
        // would reach the log viewer raw, so they are shown as escapes.
        func shown(_ text: String) -> String { Escape.visible(text) { Escape.isControl($0) && $0 != "\n" && $0 != "\r" } }
        let place = file.map { "file=\(escapeProperty(shown($0)))," } ?? ""
        return "::\(name) \(place)title=\(escapeProperty(shown(title)))::\(escapeData(shown(message)))"
    }

    /// The escapes of @actions/core (`escapeData`): the runner reads one command per line and decodes these.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `escapeProperty` of @actions/core: `escapeData` plus `:` and `,`, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
