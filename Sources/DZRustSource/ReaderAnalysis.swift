/// What a hand-written `TryFrom<&[u8]>` does with each field of its struct: read it in declaration
/// order with one Borsh call (and how it handles the error), or something else, which only the
/// registry's own definition can describe.
struct ReaderAnalysis {
    enum ErrorHandling: Equatable {
        /// `.unwrap_or_default()`, `.unwrap_or(X)`: the tokens of X, or nil for the type's default.
        case fallback([RustToken]?)
        /// `?` or `.unwrap()`: the whole account fails.
        case propagate
    }

    enum FieldReading {
        /// `fieldByField`: a struct literal whose fields are each read in order, so the struct needs no
        /// Borsh reader of its own.
        /// `reader`: the name of the call that reads it (`deserialize`, `deserialize_vec_with_capacity`).
        case inOrder(ErrorHandling, line: Int, fieldByField: Bool, reader: String)
        /// Why the field is not read in order by one call, and where.
        case handWritten(String, line: Int)
    }

    private(set) var fields: [String: FieldReading] = [:]

    init(_ reader: RustReaderImpl, fields declared: [RustField]) {
        let body = reader.body
        let lets = Self.letBindings(body)
        guard let literal = Self.structLiteral(body, typeName: reader.type) else {
            for field in declared {
                fields[field.name] = .handWritten("the reader builds no `Self { … }` literal", line: reader.location.line)
            }
            return
        }
        let entries = Self.literalEntries(body, literal)
        var last = -1
        for field in declared {
            guard let entry = entries.first(where: { $0.name == field.name }) else {
                fields[field.name] = .handWritten("the reader does not set \(field.name) in its literal", line: reader.location.line)
                continue
            }
            var expression = entry.expression
            if expression.isEmpty, let binding = lets[field.name] { expression = binding }
            switch Self.read(body, expression) {
            case .failure(let reason):
                fields[field.name] = .handWritten(reason.text, line: body[expression.isEmpty ? entry.index : expression.lowerBound].line)
            case .success(let (position, handling)):
                let line = body[position].line
                if position <= last {
                    fields[field.name] = .handWritten("\(field.name) is read out of the struct's field order", line: line)
                } else {
                    fields[field.name] = .inOrder(handling, line: line, fieldByField: Self.isLiteral(body, expression),
                                                  reader: body[position].text)
                    last = position
                }
            }
        }
    }

    /// The one Borsh read in `expression` (a call whose name contains `deserialize`, or a nested struct
    /// literal whose fields are each read in order), with its error handling.
    /// `Name { … }` and nothing else.
    private static func isLiteral(_ body: [RustToken], _ expression: Range<Int>) -> Bool {
        expression.count > 2 && body[expression.lowerBound].kind == .identifier && body[expression.lowerBound + 1].is("{")
            && closing(body, expression.lowerBound + 1) == expression.upperBound - 1
    }

    private static func read(_ body: [RustToken], _ expression: Range<Int>) -> Result<(Int, ErrorHandling), Reason> {
        let tokens = body[expression]
        // A nested struct literal read field by field (`version: ProgramVersion { major: …, … }`).
        if isLiteral(body, expression), let first = tokens.first {
            let entries = literalEntries(body, expression.lowerBound + 1)
            var reads: [(position: Int, handling: ErrorHandling)] = []
            for entry in entries {
                guard case .success(let read) = read(body, entry.expression), read.0 > (reads.last?.position ?? -1) else {
                    return .failure(Reason("\(first.text) is not read field by field in order"))
                }
                reads.append(read)
            }
            guard let start = reads.first else { return .failure(Reason("\(first.text) is built without reading")) }
            return .success(start)
        }
        let calls = tokens.indices.filter { tokens[$0].kind == .identifier && tokens[$0].text.lowercased().contains("deserialize") }
            .filter { $0 + 1 < expression.upperBound && (body[$0 + 1].is("(") || body[$0 + 1].is("::")) }
        // `BorshDeserialize::deserialize(…)` is one call spelled with two names.
        let reads = calls.filter { !(body[$0 + 1].is("::")) }
        guard !reads.isEmpty else { return .failure(Reason("computed, not read from the account data")) }
        guard reads.count == 1 else { return .failure(Reason("read by \(reads.count) calls")) }
        let texts = tokens.map(\.text)
        if texts.contains("unwrap_or_default") { return .success((reads[0], .fallback(nil))) }
        if let k = tokens.indices.first(where: { body[$0].isWord("unwrap_or") }), k + 1 < expression.upperBound, body[k + 1].is("("),
           let close = closing(body, k + 1) {
            return .success((reads[0], .fallback(Array(body[k + 2..<close]))))
        }
        if texts.contains("?") || texts.contains("unwrap") { return .success((reads[0], .propagate)) }
        return .failure(Reason("read without `unwrap_or_default`, `unwrap_or`, `unwrap` or `?`"))
    }

    struct Reason: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    /// `let name[: T] = expression;` at the top level of the body.
    private static func letBindings(_ body: [RustToken]) -> [String: Range<Int>] {
        var bindings: [String: Range<Int>] = [:], k = 0, depth = 0
        while k < body.count {
            let token = body[k]
            if token.is("{") || token.is("(") || token.is("[") { depth += 1 }
            if token.is("}") || token.is(")") || token.is("]") { depth -= 1 }
            if depth == 0, token.isWord("let") {
                var n = k + 1
                if n < body.count, body[n].isWord("mut") { n += 1 }
                guard n < body.count, body[n].kind == .identifier else { k += 1; continue }
                let name = body[n].text
                var equals = n + 1
                while equals < body.count && !body[equals].is("=") && !body[equals].is(";") { equals += 1 }
                var end = equals + 1, inner = 0
                while end < body.count {
                    if body[end].is("{") || body[end].is("(") || body[end].is("[") { inner += 1 }
                    if body[end].is("}") || body[end].is(")") || body[end].is("]") { inner -= 1 }
                    if inner == 0 && body[end].is(";") { break }
                    end += 1
                }
                if equals < body.count, body[equals].is("=") { bindings[name] = equals + 1..<min(end, body.count) }
                k = end
                continue
            }
            k += 1
        }
        return bindings
    }

    /// The index of the `{` of the reader's `Self { … }` (or `TypeName { … }`) literal.
    private static func structLiteral(_ body: [RustToken], typeName: String) -> Int? {
        body.indices.first { k in
            k + 1 < body.count && (body[k].isWord("Self") || body[k].isWord(typeName)) && body[k + 1].is("{")
        }.map { $0 + 1 }
    }

    /// `name: expression` entries (or `name` shorthand, with an empty expression) of the literal at `open`.
    private static func literalEntries(_ body: [RustToken], _ open: Int) -> [(name: String, expression: Range<Int>, index: Int)] {
        guard let close = closing(body, open) else { return [] }
        var entries: [(name: String, expression: Range<Int>, index: Int)] = []
        var k = open + 1
        while k < close {
            var end = k, depth = 0, angles = 0
            while end < close {
                let token = body[end]
                if token.is("{") || token.is("(") || token.is("[") { depth += 1 }
                if token.is("}") || token.is(")") || token.is("]") { depth -= 1 }
                // Turbofish arguments (`collect::<Vec<_, _>>`) hold commas too.
                if token.is("<") && end > 0 && (body[end - 1].is("::") || angles > 0) { angles += 1 }
                if token.is(">") && angles > 0 { angles -= 1 }
                if depth == 0 && angles == 0 && token.is(",") { break }
                end += 1
            }
            if body[k].kind == .identifier {
                let hasValue = k + 1 < end && body[k + 1].is(":")
                entries.append((body[k].text, hasValue ? k + 2..<end : k..<k, k))
            }
            k = end + 1
        }
        return entries
    }

    private static func closing(_ body: [RustToken], _ open: Int) -> Int? {
        var depth = 0
        for k in open..<body.count {
            if body[k].is("{") || body[k].is("(") || body[k].is("[") { depth += 1 }
            if body[k].is("}") || body[k].is(")") || body[k].is("]") {
                depth -= 1
                if depth == 0 { return k }
            }
        }
        return nil
    }
}
