/// One token of Rust source, with the line it starts on.
public struct RustToken: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case identifier
        /// An integer or float literal, as written (`64512`, `0x10`, `1_000u64`).
        case number
        /// A string, byte-string or char literal (its text is the literal as written).
        case literal
        /// `'a`: only its text matters, to skip it.
        case lifetime
        /// One punctuation character, or one of `::`, `->`, `=>`.
        case punct
    }

    public var kind: Kind
    public var text: String
    public var line: Int

    func `is`(_ punct: String) -> Bool { kind == .punct && text == punct }
    func isWord(_ word: String) -> Bool { kind == .identifier && text == word }
}

/// Why a file could not be tokenized.
public struct RustLexError: Error, Equatable, Sendable {
    public var line: Int
    public var reason: String
}

/// Tokenizes the part of Rust the importer reads: identifiers, literals, punctuation. Comments (line,
/// nested block and doc comments) are dropped.
enum RustLexer {
    static func tokenize(_ source: String) throws(RustLexError) -> [RustToken] {
        let bytes = Array(source.utf8)
        var tokens: [RustToken] = []
        var i = 0, line = 1
        func at(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0 }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\n") { line += 1; i += 1; continue }
            if c == 32 || c == 9 || c == 13 { i += 1; continue }
            if c == UInt8(ascii: "/") && at(i + 1) == UInt8(ascii: "/") {
                while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            }
            if c == UInt8(ascii: "/") && at(i + 1) == UInt8(ascii: "*") {
                let start = line
                var depth = 0
                repeat {
                    guard i < bytes.count else { throw RustLexError(line: start, reason: "unterminated block comment") }
                    if bytes[i] == UInt8(ascii: "/") && at(i + 1) == UInt8(ascii: "*") { depth += 1; i += 2; continue }
                    if bytes[i] == UInt8(ascii: "*") && at(i + 1) == UInt8(ascii: "/") { depth -= 1; i += 2; continue }
                    if bytes[i] == UInt8(ascii: "\n") { line += 1 }
                    i += 1
                } while depth > 0
                continue
            }
            let start = i, startLine = line
            // Raw strings: r"…", r#"…"#, br#"…"#.
            if (c == UInt8(ascii: "r") || (c == UInt8(ascii: "b") && at(i + 1) == UInt8(ascii: "r"))),
               let open = rawStringOpening(bytes, c == UInt8(ascii: "r") ? i + 1 : i + 2) {
                let hashes = open.hashes
                i = open.body
                while true {
                    guard i < bytes.count else { throw RustLexError(line: startLine, reason: "unterminated raw string") }
                    if bytes[i] == UInt8(ascii: "\n") { line += 1 }
                    if bytes[i] == UInt8(ascii: "\""), (0..<hashes).allSatisfy({ at(i + 1 + $0) == UInt8(ascii: "#") }) {
                        i += 1 + hashes
                        break
                    }
                    i += 1
                }
                tokens.append(RustToken(kind: .literal, text: text(start..<i), line: startLine))
                continue
            }
            if c == UInt8(ascii: "\"") || (c == UInt8(ascii: "b") && at(i + 1) == UInt8(ascii: "\"")) {
                i += c == UInt8(ascii: "b") ? 2 : 1
                while true {
                    guard i < bytes.count else { throw RustLexError(line: startLine, reason: "unterminated string") }
                    if bytes[i] == UInt8(ascii: "\n") { line += 1 }
                    // An escape, including a line continuation (backslash, newline).
                    if bytes[i] == UInt8(ascii: "\\") {
                        if at(i + 1) == UInt8(ascii: "\n") { line += 1 }
                        i += 2
                        continue
                    }
                    if bytes[i] == UInt8(ascii: "\"") { i += 1; break }
                    i += 1
                }
                tokens.append(RustToken(kind: .literal, text: text(start..<i), line: startLine))
                continue
            }
            if c == UInt8(ascii: "'") || (c == UInt8(ascii: "b") && at(i + 1) == UInt8(ascii: "'")) {
                // A char literal ('x', '\n', '\u{1F600}') or, after a plain quote, a lifetime ('a).
                var k = c == UInt8(ascii: "b") ? i + 2 : i + 1
                if at(k) == UInt8(ascii: "\\") {
                    k += 2
                    while k < bytes.count && bytes[k] != UInt8(ascii: "'") && bytes[k] != UInt8(ascii: "\n") { k += 1 }
                } else {
                    k += utf8Length(at(k))
                }
                if at(k) == UInt8(ascii: "'") {
                    i = k + 1
                    tokens.append(RustToken(kind: .literal, text: text(start..<i), line: startLine))
                    continue
                }
                guard c == UInt8(ascii: "'"), isIdentifierStart(at(i + 1)) else {
                    throw RustLexError(line: startLine, reason: "unterminated character literal")
                }
                i += 1
                while isIdentifierContinue(at(i)) { i += 1 }
                tokens.append(RustToken(kind: .lifetime, text: text(start..<i), line: startLine))
                continue
            }
            if isIdentifierStart(c) {
                while isIdentifierContinue(at(i)) { i += 1 }
                tokens.append(RustToken(kind: .identifier, text: text(start..<i), line: startLine))
                continue
            }
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                while isIdentifierContinue(at(i)) || (at(i) == UInt8(ascii: ".") && isDigit(at(i + 1))) { i += 1 }
                tokens.append(RustToken(kind: .number, text: text(start..<i), line: startLine))
                continue
            }
            let pair = (c, at(i + 1))
            if pair == (UInt8(ascii: ":"), UInt8(ascii: ":")) || pair == (UInt8(ascii: "-"), UInt8(ascii: ">"))
                || pair == (UInt8(ascii: "="), UInt8(ascii: ">")) {
                i += 2
            } else {
                guard c < 0x80 else { throw RustLexError(line: startLine, reason: "unexpected character outside a literal") }
                i += 1
            }
            tokens.append(RustToken(kind: .punct, text: text(start..<i), line: startLine))
        }
        return tokens
    }

    private static func rawStringOpening(_ bytes: [UInt8], _ k: Int) -> (hashes: Int, body: Int)? {
        var k = k, hashes = 0
        while k < bytes.count && bytes[k] == UInt8(ascii: "#") { hashes += 1; k += 1 }
        guard k < bytes.count, bytes[k] == UInt8(ascii: "\"") else { return nil }
        return (hashes, k + 1)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    private static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || c == UInt8(ascii: "_") || c >= 0x80
    }
    private static func isIdentifierContinue(_ c: UInt8) -> Bool { isIdentifierStart(c) || isDigit(c) }
    private static func utf8Length(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2 }
}
