/// A sample value of the upstream fixture generator, typed by the field it fills: an integer is any
/// unsigned integer or enum byte, text a string, a dotted IPv4 address or a CIDR network, and a key the
/// byte of the generator's one-byte pubkeys (that byte first, 31 zeros).
public indirect enum SampleValue: Hashable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case int(UInt64)
    case float(Double)
    case text(String)
    case bool(Bool)
    case key(UInt8)
    case list([SampleValue])
    /// A struct, or a tagged value whose `version` entry is its tag.
    case record([String: SampleValue])

    public init(integerLiteral value: UInt64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: SampleValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, SampleValue)...) {
        self = .record(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// One account the upstream generator writes: its fixture name, the `name` of its JSON, and its values
/// by field name. An account's first sample is the one every layout version's fixture is written from.
public struct AccountSample: Hashable, Sendable {
    /// The upstream fixture's file stem (`location` is `location.bin` and `location.json`); nil where
    /// upstream has none, and the sample only feeds the fixtures of each layout version.
    public var fixture: String?
    public var title: String
    public var values: [String: SampleValue]
    /// Fields the upstream JSON does not list (its field list is written by hand), though the bytes hold them.
    public var unlisted: [String]
    public var form: Form

    /// What the upstream fixture holds.
    public enum Form: Hashable, Sendable {
        /// An account, or an instruction's data with its tag, and the JSON `{name, account_type, fields}`.
        case whole
        /// An instruction's arguments without the tag, and the same JSON with account_type 0.
        case arguments
        /// An instruction's data with its tag, and the builder's JSON `{program_id, variant, data_hex,
        /// accounts}`; the program id and account metas (derived addresses among them) are recorded as given.
        case builder(programID: String, accounts: [AccountMeta])
    }

    public init(_ fixture: String?, title: String, unlisted: [String] = [], form: Form = .whole,
                _ values: [String: SampleValue]) {
        self.fixture = fixture
        self.title = title
        self.values = values
        self.unlisted = unlisted
        self.form = form
    }
}

/// One account of an instruction, as a builder lists it.
public struct AccountMeta: Hashable, Sendable {
    public var pubkey: String
    public var isSigner: Bool
    public var isWritable: Bool

    public init(_ pubkey: String, signer: Bool, writable: Bool) {
        self.pubkey = pubkey
        self.isSigner = signer
        self.isWritable = writable
    }
}

/// An account type the program no longer has: where it went.
public struct Removal: Hashable, Sendable {
    public var commit: String
    public var date: String
    public var summary: String

    public init(_ commit: String, _ date: String, _ summary: String) {
        self.commit = commit
        self.date = date
        self.summary = summary
    }
}

extension Registry {
    /// The program id the upstream generator's instruction fixtures are built for: its one-byte key 255.
    static let programID = "JAQxrJ2WuDF4APfSifurJJ4HzV5Z3FyBuBeSMj7mo9aw"
}
