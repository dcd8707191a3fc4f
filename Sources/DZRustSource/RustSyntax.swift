/// Where something is declared: `state/user.rs:231`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var description: String { "\(file):\(line)" }
}

/// A type as written in Rust: a path with generic arguments (`Vec<Pubkey>`, `std::net::Ipv4Addr`), an
/// array (`[u8; 32]`), a reference or a tuple.
public indirect enum RustType: Hashable, Sendable, CustomStringConvertible {
    case path([String], arguments: [RustType])
    case array(RustType, length: String)
    case reference(RustType)
    case tuple([RustType])

    /// The last path segment (`Ipv4Addr` of `std::net::Ipv4Addr`).
    var name: String? {
        if case .path(let segments, _) = self { return segments.last }
        return nil
    }

    public var description: String {
        switch self {
        case .path(let segments, let arguments):
            segments.joined(separator: "::") + (arguments.isEmpty ? "" : "<\(arguments.map(\.description).joined(separator: ", "))>")
        case .array(let element, let length): "[\(element); \(length)]"
        case .reference(let inner): "&\(inner)"
        case .tuple(let elements): "(\(elements.map(\.description).joined(separator: ", ")))"
        }
    }
}

/// An attribute's tokens inside `#[…]`, and their text without spaces (`borsh(use_discriminant=true)`).
struct RustAttribute: Sendable {
    var text: String
    var tokens: [RustToken]
}

struct RustField: Sendable {
    var name: String
    var type: RustType
    var attributes: [RustAttribute]
    var location: SourceLocation
}

struct RustStruct: Sendable {
    var name: String
    /// Named fields in declaration order; a tuple struct's fields are named `0`, `1`, ….
    var fields: [RustField]
    var derives: [String]
    var location: SourceLocation
}

struct RustVariant: Sendable {
    var name: String
    /// `= 3`, as written.
    var discriminant: String?
    var isDefault: Bool
    /// Tuple payload types, or named payload fields (`V { a: u8 }`), or neither.
    var payload: [RustField]
    var location: SourceLocation
}

struct RustEnum: Sendable {
    var name: String
    var variants: [RustVariant]
    var derives: [String]
    var attributes: [RustAttribute]
    var location: SourceLocation

    var usesDiscriminant: Bool {
        attributes.contains { $0.text == "borsh(use_discriminant=true)" }
    }
}

/// `impl TryFrom<&[u8]> for X { fn try_from(…) { body } }`: the body's tokens.
struct RustReaderImpl: Sendable {
    var type: String
    var body: [RustToken]
    var location: SourceLocation
}

/// Everything the importer reads from one file.
struct RustFileItems: Sendable {
    var structs: [RustStruct] = []
    var enums: [RustEnum] = []
    /// `type A = B;`
    var aliases: [(name: String, type: RustType, location: SourceLocation)] = []
    /// `const A: T = 64512;` with an integer value.
    var constants: [(name: String, value: String, location: SourceLocation)] = []
    var readers: [RustReaderImpl] = []
    /// Types with a hand-written `impl BorshDeserialize for X`.
    var handWrittenDeserializers: [(type: String, location: SourceLocation)] = []
    /// `impl Default for X { … X::V … }`: the variant a hand-written Default names.
    var defaultImpls: [(type: String, variant: String?, location: SourceLocation)] = []
}
