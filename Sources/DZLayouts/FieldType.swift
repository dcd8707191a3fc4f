/// The wire type of a field. Every account version is built from these.
public indirect enum FieldType: Hashable, Sendable {
    case u8, u16, u32, u64, u128, i64, f64, bool
    case pubkey      // 32 raw bytes
    case ipv4        // 4 octets in dotted order
    case networkV4   // 4 octets + 1-byte prefix length
    case string      // u32 LE length + UTF-8 bytes
    case enumeration(EnumID)  // one byte
    case vec(FieldType)       // u32 LE count + elements
    case option(FieldType)    // 1-byte tag + element when 1 (instruction args only)
    case structure([Field])   // plain fields in order (a vec element)
    case tagged(TaggedElement) // one tag byte, then the body of that variant (Device legacy interface)
    case sized(SizedElement)   // u16 size (header included) + u8 version + body (Device trailing interface)
    /// The raw bytes from byte `at` of the account to its end, after zero padding (ResourceExtension's
    /// allocator bitmap). The program splits the account there first: a shorter account panics.
    case bitmap(at: Int)

    /// Width in bytes of a fixed-width type, nil for variable-width ones.
    public var fixedWidth: Int? {
        switch self {
        case .u8, .bool, .enumeration: 1
        case .u16: 2
        case .u32, .ipv4: 4
        case .networkV4: 5
        case .u64, .i64, .f64: 8
        case .u128: 16
        case .pubkey: 32
        case .string, .vec, .option, .structure, .tagged, .sized, .bitmap: nil
        }
    }

    /// The name this type has in `layouts.json`.
    public var kindName: String {
        switch self {
        case .u8: "u8"
        case .u16: "u16"
        case .u32: "u32"
        case .u64: "u64"
        case .u128: "u128"
        case .i64: "i64"
        case .f64: "f64"
        case .bool: "bool"
        case .pubkey: "pubkey"
        case .ipv4: "ipv4"
        case .networkV4: "networkv4"
        case .string: "string"
        case .enumeration: "enum"
        case .vec: "vec"
        case .option: "option"
        case .structure: "struct"
        case .tagged: "tagged"
        case .sized: "sized"
        case .bitmap: "bitmap"
        }
    }
}

/// An element that starts with a one-byte tag choosing its body. Tags without a variant are unknown.
public struct TaggedElement: Hashable, Sendable {
    public struct Variant: Hashable, Sendable {
        public var tag: UInt8
        public var name: String
        public var fields: [Field]

        public init(tag: UInt8, name: String, fields: [Field]) {
            self.tag = tag
            self.name = name
            self.fields = fields
        }
    }

    /// What the program does with a tag that has no variant.
    public enum UnknownTag: Hashable, Sendable {
        /// Derived Borsh: the element fails, and so does the vector holding it.
        case fail
        /// The hand-written reader yields the default body of `tag` and consumes nothing after the tag.
        case defaultBody(of: UInt8)
    }

    public var variants: [Variant]
    /// The union of all variant fields, in the order a decoded element lists them.
    public var fields: [Field]
    public var unknownTag: UnknownTag
    /// The smallest encoded element (Go's legacy-count guard multiplies the count by it).
    public var minSize: Int

    public init(variants: [Variant], fields: [Field], unknownTag: UnknownTag, minSize: Int) {
        self.variants = variants
        self.fields = fields
        self.unknownTag = unknownTag
        self.minSize = minSize
    }

    public func variant(for tag: UInt8) -> Variant? { variants.first { $0.tag == tag } }

    /// A Rust enum with payloads as a field (derived Borsh: an unknown tag fails): the union lists each
    /// variant's fields in variant order.
    static func payloads(_ variants: [Variant]) -> TaggedElement {
        var union: [Field] = []
        for field in variants.flatMap(\.fields) where !union.contains(where: { $0.name == field.name }) {
            union.append(field)
        }
        let smallest = variants.map { $0.fields.reduce(0) { $0 + ($1.type.fixedWidth ?? 4) } }.min() ?? 0
        return TaggedElement(variants: variants, fields: union, unknownTag: .fail, minSize: 1 + smallest)
    }
}

extension TaggedElement.Variant {
    init(_ tag: UInt8, _ name: String, _ fields: [Field] = []) {
        self.init(tag: tag, name: name, fields: fields)
    }
}

/// An element with a u16 size prefix (which counts the 3-byte header) and a u8 schema version.
public struct SizedElement: Hashable, Sendable {
    /// The version the writer stamps.
    public var version: UInt8
    public var fields: [Field]
}
