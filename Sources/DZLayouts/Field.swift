/// One named, typed field of a layout version.
public struct Field: Hashable, Sendable {
    /// What the program does when this field fails to decode.
    public enum OnError: Hashable, Sendable {
        /// Take the type's default and go on (every account field but a few).
        case fallback
        /// Fail the whole account (GlobalState's first three allowlists).
        case propagate
    }

    /// snake_case, as in the Rust struct.
    public var name: String
    /// The name in upstream fixture JSON (`TunnelNet`, `InterfacesLen`).
    public var jsonName: String
    /// For vectors: the per-element prefix in fixture JSON (`Interface` gives `Interface0Name`).
    public var jsonElementName: String
    public var type: FieldType
    public var onError: OnError
    /// The value the program substitutes when an instruction argument is missing (borsh-incremental
    /// `#[incremental(default = …)]`), or an account field is missing or fails (`unwrap_or(n)` in its
    /// hand-written reader). nil means the type's zero.
    public var defaultValue: Int?
    /// An earlier name of this same slot, where a change only renamed it (bytes unchanged).
    public var renamedFrom: String?
    /// A vector the program reads with its `deserialize_vec_with_capacity` helper (User, GlobalState and
    /// AccessPass key lists): fewer than 4 bytes left is an empty vector that consumes nothing. Other
    /// vectors are derived Borsh, where a short count consumes what is left and fails.
    public var shortCountIsEmpty: Bool
    /// Set only in an SDK reader's walk (`AccountReader.halves`), never in a layout: this u128 is read as
    /// two u64 halves, low then high, each on its own.
    public var readsHalves = false
    /// Set only in an SDK reader's walk (`AccountReader.unknownTags`), never in a layout: the tag this
    /// tagged field reports when none of its variants has the tag read; nil: the tag as read.
    public var unknownTagReadsAs: UInt8?

    public init(
        _ name: String, _ type: FieldType, json: String? = nil, element: String? = nil,
        onError: OnError = .fallback, default defaultValue: Int? = nil, renamedFrom: String? = nil,
        shortCountIsEmpty: Bool = false
    ) {
        self.shortCountIsEmpty = shortCountIsEmpty
        self.name = name
        self.renamedFrom = renamedFrom
        self.type = type
        let json = json ?? Field.pascalCase(name)
        self.jsonName = json
        self.jsonElementName = element ?? json
        self.onError = onError
        self.defaultValue = defaultValue
    }

    /// `last_bgp_up_at` → `LastBgpUpAt`: the upstream generator's naming, where no override is given.
    static func pascalCase(_ name: String) -> String {
        name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
