/// Why a file could not be parsed: the construct the importer expected and where.
public struct RustParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String
    public var description: String { "\(location): \(reason)" }
}

/// Reads the items of one file that the importer needs (structs, enums, type aliases, integer
/// constants, `TryFrom<&[u8]>`, `BorshDeserialize` and `Default` impls) and skips every other item
/// whole (functions, `use`, traits, macros, `#[cfg(test)]` modules). Expressions are kept as tokens.
struct RustParser {
    private let tokens: [RustToken]
    private let file: String
    private var position = 0
    private(set) var items = RustFileItems()

    static func parse(_ text: String, file: String) throws(RustParseError) -> RustFileItems {
        let tokens: [RustToken]
        do { tokens = try RustLexer.tokenize(text) } catch {
            throw RustParseError(location: SourceLocation(file: file, line: error.line), reason: error.reason)
        }
        var parser = RustParser(tokens: tokens, file: file)
        try parser.parseItems(until: tokens.count)
        return parser.items
    }

    private init(tokens: [RustToken], file: String) {
        self.tokens = tokens
        self.file = file
    }

    // MARK: Items

    private mutating func parseItems(until end: Int) throws(RustParseError) {
        while position < end {
            let attributes = try parseAttributes()
            guard position < end else { break }
            if attributes.contains(where: { $0.text == "cfg(test)" }) {
                try skipItem()
                continue
            }
            skipVisibility()
            let keyword = current
            switch keyword.kind == .identifier ? keyword.text : "" {
            case "struct": try parseStruct(attributes)
            case "enum": try parseEnum(attributes)
            case "type": try parseAlias()
            case "const" where peek(1)?.isWord("fn") != true: try parseConstant()
            case "impl": try parseImpl()
            case "mod":
                position += 2
                if current.is("{") {
                    let close = try matching(position)
                    position += 1
                    try parseItems(until: close)
                    position = close + 1
                } else {
                    try skipItem()
                }
            default: try skipItem()
            }
        }
    }

    private mutating func parseStruct(_ attributes: [RustAttribute]) throws(RustParseError) {
        let location = here
        position += 1
        let name = try identifier("a struct name")
        try skipGenerics()
        var fields: [RustField] = []
        if current.is("(") {
            fields = try parseTupleFields()
            try skipItem()
        } else if current.is("{") {
            fields = try parseNamedFields()
        } else {
            try skipItem()
        }
        items.structs.append(RustStruct(name: name, fields: fields, derives: Self.derives(attributes), location: location))
    }

    /// `(#[attr] pub T, …)`, from the parenthesis to past its match; the fields are named `0`, `1`, ….
    private mutating func parseTupleFields() throws(RustParseError) -> [RustField] {
        let close = try matching(position)
        position += 1
        var fields: [RustField] = []
        while position < close {
            let attributes = try parseAttributes()
            skipVisibility()
            let location = here
            fields.append(RustField(name: "\(fields.count)", type: try parseType(), attributes: attributes, location: location))
            if current.is(",") { position += 1 }
        }
        position = close + 1
        return fields
    }

    /// `{ #[attr] pub a: T, … }`, from the brace to past its match.
    private mutating func parseNamedFields() throws(RustParseError) -> [RustField] {
        let close = try matching(position)
        position += 1
        var fields: [RustField] = []
        while position < close {
            let fieldAttributes = try parseAttributes()
            guard position < close else { break }
            skipVisibility()
            let location = here
            let name = try identifier("a field name")
            try expect(":")
            fields.append(RustField(name: name, type: try parseType(), attributes: fieldAttributes, location: location))
            if current.is(",") { position += 1 }
        }
        position = close + 1
        return fields
    }

    private mutating func parseEnum(_ attributes: [RustAttribute]) throws(RustParseError) {
        let location = here
        position += 1
        let name = try identifier("an enum name")
        try skipGenerics()
        guard current.is("{") else { throw error("expected '{' after enum \(name)") }
        let close = try matching(position)
        position += 1
        var variants: [RustVariant] = []
        while position < close {
            let variantAttributes = try parseAttributes()
            guard position < close else { break }
            let variantLocation = here
            let variantName = try identifier("a variant name")
            var payload: [RustField] = []
            if current.is("(") {
                payload = try parseTupleFields()
            } else if current.is("{") {
                payload = try parseNamedFields()
            }
            var discriminant: String?
            if current.is("=") {
                position += 1
                var text: [String] = []
                while position < close && !current.is(",") { text.append(current.text); position += 1 }
                discriminant = text.joined()
            }
            if current.is(",") { position += 1 }
            variants.append(RustVariant(
                name: variantName, discriminant: discriminant,
                isDefault: variantAttributes.contains { $0.text == "default" }, payload: payload, location: variantLocation))
        }
        position = close + 1
        items.enums.append(RustEnum(name: name, variants: variants, derives: Self.derives(attributes),
                                    attributes: attributes, location: location))
    }

    private mutating func parseAlias() throws(RustParseError) {
        let location = here
        position += 1
        let name = try identifier("a type alias name")
        // A generic alias (`type A<'a> = …`) is not a wire type; skipped.
        guard current.is("=") else { return try skipItem() }
        position += 1
        items.aliases.append((name, try parseType(), location))
        try skipItem()
    }

    private mutating func parseConstant() throws(RustParseError) {
        let location = here
        position += 1
        let name = try identifier("a constant name")
        try expect(":")
        _ = try parseType()
        try expect("=")
        if current.kind == .number, peek(1)?.is(";") == true {
            items.constants.append((name, current.text, location))
        }
        try skipItem()
    }

    private mutating func parseImpl() throws(RustParseError) {
        let location = here
        position += 1
        try skipGenerics()
        let first = try parseType()
        var selfType = first, trait: RustType?
        if current.isWord("for") {
            position += 1
            trait = first
            selfType = try parseType()
        }
        while position < tokens.count && !current.is("{") { position += 1 }
        guard position < tokens.count else { throw error("expected the body of an impl") }
        let close = try matching(position)
        defer { position = close + 1 }
        guard let traitName = trait?.name, let typeName = selfType.name else { return }
        switch traitName {
        case "TryFrom":
            guard case .path(_, let arguments)? = trait, arguments == [.reference(.array(.path(["u8"], arguments: []), length: ""))],
                  let body = functionBody("try_from", in: position + 1..<close) else { return }
            items.readers.append(RustReaderImpl(type: typeName, body: Array(tokens[body]), location: location))
        case "BorshDeserialize":
            items.handWrittenDeserializers.append((typeName, location))
        case "Default":
            guard let body = functionBody("default", in: position + 1..<close) else { return }
            let expression = tokens[body].map(\.text)
            let variant = expression.count == 3 && expression[1] == "::" && (expression[0] == "Self" || expression[0] == typeName)
                ? expression[2] : nil
            items.defaultImpls.append((typeName, variant, location))
        default: return
        }
    }

    /// The tokens inside the braces of `fn name(…) … { … }` within `range`.
    private func functionBody(_ name: String, in range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        while k + 1 < range.upperBound {
            if tokens[k].isWord("fn") && tokens[k + 1].isWord(name) {
                var open = k + 2
                while open < range.upperBound && !tokens[open].is("{") { open += 1 }
                guard open < range.upperBound, let close = try? matching(open) else { return nil }
                return open + 1..<close
            }
            k += 1
        }
        return nil
    }

    // MARK: Types

    mutating func parseType() throws(RustParseError) -> RustType {
        guard position < tokens.count else { throw error("expected a type") }
        if current.is("&") {
            position += 1
            if current.kind == .lifetime { position += 1 }
            if current.isWord("mut") { position += 1 }
            return .reference(try parseType())
        }
        if current.is("[") {
            let close = try matching(position)
            position += 1
            let element = try parseType()
            var length = ""
            if current.is(";") {
                position += 1
                length = tokens[position..<close].map(\.text).joined()
            }
            position = close + 1
            return .array(element, length: length)
        }
        if current.is("(") {
            let close = try matching(position)
            position += 1
            var elements: [RustType] = []
            while position < close {
                elements.append(try parseType())
                if current.is(",") { position += 1 }
            }
            position = close + 1
            return .tuple(elements)
        }
        if current.isWord("dyn") || current.isWord("impl") { position += 1 }
        var segments: [String] = [], arguments: [RustType] = []
        if current.is("::") { position += 1 }
        segments.append(try identifier("a type"))
        while true {
            if current.is("::") && peek(1)?.kind == .identifier {
                position += 1
                segments.append(current.text)
                position += 1
            } else if current.is("::") && peek(1)?.is("<") == true {
                position += 1
            } else if current.is("<") {
                position += 1
                while position < tokens.count && !current.is(">") {
                    if current.kind == .lifetime { position += 1 } else { arguments.append(try parseType()) }
                    if current.is(",") { position += 1 }
                }
                try expect(">")
            } else {
                break
            }
        }
        return .path(segments, arguments: arguments)
    }

    // MARK: Tokens

    private var current: RustToken {
        position < tokens.count ? tokens[position] : RustToken(kind: .punct, text: "", line: tokens.last?.line ?? 1)
    }
    private var here: SourceLocation { SourceLocation(file: file, line: current.line) }
    private func peek(_ offset: Int) -> RustToken? { position + offset < tokens.count ? tokens[position + offset] : nil }

    private func error(_ reason: String) -> RustParseError { RustParseError(location: here, reason: reason) }

    private mutating func identifier(_ what: String) throws(RustParseError) -> String {
        guard current.kind == .identifier else { throw error("expected \(what), found '\(current.text)'") }
        defer { position += 1 }
        return current.text
    }

    private mutating func expect(_ punct: String) throws(RustParseError) {
        guard current.is(punct) else { throw error("expected '\(punct)', found '\(current.text)'") }
        position += 1
    }

    /// `#[…]` and `#![…]` before an item, field or variant.
    private mutating func parseAttributes() throws(RustParseError) -> [RustAttribute] {
        var attributes: [RustAttribute] = []
        while current.is("#") {
            position += 1
            if current.is("!") { position += 1 }
            guard current.is("[") else { throw error("expected '[' after '#'") }
            let close = try matching(position)
            let inner = Array(tokens[position + 1..<close])
            attributes.append(RustAttribute(text: inner.map(\.text).joined(), tokens: inner))
            position = close + 1
        }
        return attributes
    }

    private mutating func skipVisibility() {
        guard current.isWord("pub") else { return }
        position += 1
        if current.is("("), let close = try? matching(position) { position = close + 1 }
    }

    /// `<…>` after a name, with nested angle brackets.
    private mutating func skipGenerics() throws(RustParseError) {
        guard current.is("<") else { return }
        var depth = 0
        repeat {
            guard position < tokens.count else { throw error("unterminated generic parameters") }
            if current.is("<") { depth += 1 } else if current.is(">") { depth -= 1 }
            position += 1
        } while depth > 0
    }

    /// Past the end of the current item: a `;` outside brackets, or a closing brace that ends it.
    private mutating func skipItem() throws(RustParseError) {
        while position < tokens.count {
            if current.is(";") { position += 1; return }
            if current.is("{") || current.is("(") || current.is("[") {
                let opener = current.text
                position = try matching(position) + 1
                if opener == "{" { return }
                continue
            }
            position += 1
        }
    }

    /// The index of the bracket closing the one at `open`.
    private func matching(_ open: Int) throws(RustParseError) -> Int {
        var depth = 0, k = open
        while k < tokens.count {
            let token = tokens[k]
            if token.kind == .punct {
                if token.text == "(" || token.text == "[" || token.text == "{" { depth += 1 }
                if token.text == ")" || token.text == "]" || token.text == "}" {
                    depth -= 1
                    if depth == 0 { return k }
                }
            }
            k += 1
        }
        throw RustParseError(location: SourceLocation(file: file, line: tokens[open].line), reason: "unclosed '\(tokens[open].text)'")
    }

    private static func derives(_ attributes: [RustAttribute]) -> [String] {
        attributes.filter { $0.tokens.first?.isWord("derive") == true }.flatMap { attribute in
            attribute.tokens.enumerated().compactMap { index, token in
                // The last segment of each path: `borsh::BorshDeserialize` → BorshDeserialize.
                guard token.kind == .identifier, index > 0, index + 1 == attribute.tokens.count || !attribute.tokens[index + 1].is("::")
                else { return nil }
                return token.text
            }
        }
    }
}
