/// Escaping shared by every renderer. Reports carry text nobody controls (values read from damaged
/// inputs, error messages, policy reasons), so every such string goes through one of these.
enum Escape {
    /// C0 and C1 control characters and DEL: they would move a terminal's cursor, end a Markdown line
    /// or table row, or hide part of a value.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Characters XML 1.0 forbids anywhere, even as character references (its `Char` production).
    /// Swift strings hold no lone surrogates, so the rest of the production always holds.
    static func isXMLInvalid(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// `text` with every character `isReplaced` picks written as an escape a reader can see:
    /// `\n`, `\r`, `\t`, or `\u001B`.
    static func visible(_ text: String, replacing isReplaced: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: isReplaced) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isReplaced(scalar) { out.append(contentsOf: visibleEscape(scalar).unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    private static func visibleEscape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let digits = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }
    }

    /// Text or an attribute value in XML or HTML. In attributes, tabs and line feeds become character
    /// references because attribute-value normalization would otherwise turn them into spaces; carriage
    /// returns always do, since parsers fold a literal CR into LF. Characters XML forbids become visible
    /// escapes: a JUnit file with one of them would not parse at all.
    static func markup(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case _ where isXMLInvalid(scalar): out += visibleEscape(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Inline GitHub-flavoured Markdown built from untrusted text.
enum Markdown {
    /// Punctuation that can open inline syntax (emphasis, links, raw HTML, entities, code, strikethrough)
    /// or split a table cell. GFM honours a backslash before any ASCII punctuation.
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    /// Plain text for a paragraph, heading, list item or table cell. Safe in table cells, unlike `code`:
    /// GFM splits cells on `|` before it parses code spans, and only a backslash-escaped pipe survives.
    static func text(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in Escape.visible(text, replacing: Escape.isControl).unicodeScalars {
            if special.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// A code span (not for table cells, see `text`): fenced by more backticks than the longest run
    /// inside, padded with a space when the content starts or ends with a backtick or space, which GFM
    /// strips again.
    static func code(_ text: String) -> String {
        let content = Escape.visible(text, replacing: Escape.isControl)
        guard !content.isEmpty else { return "*empty*" }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: content) + 1)
        let padded = content.first == "`" || content.last == "`" || content.first == " " || content.last == " "
        return padded ? "\(fence) \(content) \(fence)" : "\(fence)\(content)\(fence)"
    }

    /// A fenced code block of `lines`.
    static func codeBlock(_ lines: [String]) -> String {
        let content = lines.map { Escape.visible($0, replacing: Escape.isControl) }
        let fence = String(repeating: "`", count: max(3, content.map { longestRun(of: "`", in: $0) + 1 }.max() ?? 0))
        return ([fence] + content + [fence]).joined(separator: "\n")
    }

    private static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for c in text {
            current = c == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
