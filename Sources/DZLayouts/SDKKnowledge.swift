/// What one read-only SDK does differently from the program, where that is a fact rather than an
/// algorithm (docs/reader-contract.md §1, `sdks`): how it presents each enum, which accounts it has a
/// reader for, its defaults for a missing field, and the fields its reader reads otherwise or not at all.
/// The ports and the native spec readers read these facts; the algorithms (how a short read behaves,
/// Go's u128 halves, Python's strict UTF-8) stay code in each.
public struct SDKKnowledge: Hashable, Sendable {
    /// The three SDKs, in the contract's reader order.
    public static let standard: [SDKKnowledge] = [.go, .typeScript, .python]

    /// `go`, `ts`, `py`: the reader names of the contract.
    public var id: String
    /// `Go`, `TypeScript`, `Python`.
    public var name: String
    /// How the SDK holds each program enum, by the program's enum name.
    public var enums: [EnumID: SDKEnum]
    /// The accounts the SDK has a reader for, by registry name; any other account has none.
    public var readers: [String: AccountReader]

    public init(id: String, name: String, enums: [EnumID: SDKEnum], readers: [String: AccountReader]) {
        self.id = id
        self.name = name
        self.enums = enums
        self.readers = readers
    }

    /// The message of the no-reader result (docs/reader-contract.md §3).
    public func noReaderMessage(_ title: String) -> String { "the \(name) SDK has no reader for \(title)" }

    /// The fields this SDK's reader walks for `version`, in order, with their types as the SDK reads
    /// them; nil when the SDK has no reader for that account or version. Fields it does not read are
    /// left out, and are absent from its decoded value.
    public func readerFields(for version: LayoutVersion, in registry: Registry) -> [Field]? {
        guard let reader = readers[version.account] else { return nil }
        if let first = reader.firstVersion, let versions = registry.account(version.account)?.versions,
           let start = versions.firstIndex(where: { $0.id == first }),
           let position = versions.firstIndex(where: { $0.id == version.id }), position < start {
            return nil
        }
        return reader.apply(to: version.fields)
    }
}

/// How an SDK holds one program enum.
public enum SDKEnum: Hashable, Sendable {
    /// A bare integer with no label (Go's `uint8` fields, TypeScript's and Python's plain numbers).
    case number
    /// A named type with a label per value, and what it does for a value the table lacks.
    case labelled(typeName: String, labels: [SDKLabel], unlisted: Unlisted)

    /// What an SDK does with a value its table has no label for.
    public enum Unlisted: Hashable, Sendable {
        /// Gives this label (TypeScript's `?? "unknown"`, a Go switch's default).
        case label(String)
        /// Go's fmt default: `TypeName(N)`.
        case typeName
        /// Go's array-indexed String(): index out of range.
        case panic
        /// Python's IntEnum: `ValueError("N is not a valid TypeName")` when the byte is wrapped.
        case raise
    }
}

/// One value of an SDK enum and the label the SDK gives it.
public struct SDKLabel: Hashable, Sendable {
    public var value: UInt8
    public var label: String

    public init(_ value: UInt8, _ label: String) {
        self.value = value
        self.label = label
    }
}

extension SDKEnum {
    /// A labelled enum from `(value, label)` pairs.
    public static func labels(_ typeName: String, _ pairs: [(UInt8, String)], unlisted: Unlisted) -> SDKEnum {
        .labelled(typeName: typeName, labels: pairs.map { SDKLabel($0.0, $0.1) }, unlisted: unlisted)
    }

    /// A labelled enum whose labels are consecutive from 0 (a Go array).
    public static func array(_ typeName: String, _ labels: [String], unlisted: Unlisted) -> SDKEnum {
        .labelled(typeName: typeName, labels: labels.enumerated().map { SDKLabel(UInt8($0.offset), $0.element) },
                  unlisted: unlisted)
    }
}

/// One SDK's reader of one account: where its facts differ from the program's layout.
public struct AccountReader: Hashable, Sendable {
    /// The first version the SDK reads; nil: every version.
    public var firstVersion: String?
    /// The SDK's own value for a fixed-width field whose bytes are missing, where it is not the type's zero.
    public var defaults: [String: Int]
    /// Fields the SDK reads as another type (Python's one-byte `link_flags`).
    public var retyped: [String: FieldType]
    /// The reader returns before this field: it and every later field are absent.
    public var stopsBefore: String?
    /// Fields the SDK's struct does not have: not read (the next field reads their bytes), and absent.
    public var lacks: [String]
    /// u128 fields the SDK reads as two u64 halves, low then high, each with its own short-read rule (so
    /// the low half can be read where the high one is not); the SDK holds the number, Go's included.
    public var halves: [String]
    /// Tagged fields whose tag the SDK reports as this value when none of its variants has the tag read
    /// (it reads no body either way); a tagged field without an entry keeps the tag as read.
    public var unknownTags: [String: UInt8]

    public init(
        firstVersion: String? = nil, defaults: [String: Int] = [:], retyped: [String: FieldType] = [:],
        stopsBefore: String? = nil, lacks: [String] = [], halves: [String] = [], unknownTags: [String: UInt8] = [:]
    ) {
        self.firstVersion = firstVersion
        self.defaults = defaults
        self.retyped = retyped
        self.stopsBefore = stopsBefore
        self.lacks = lacks
        self.halves = halves
        self.unknownTags = unknownTags
    }

    /// A reader that reads the program's layout as it is.
    public static let asProgram = AccountReader()

    /// The fields this reader walks, in order, of a version with `fields`; each field's `defaultValue` is
    /// this SDK's default for it (nil: the type's zero).
    public func apply(to fields: [Field]) -> [Field] {
        // The common case keeps the very same array, so that callers comparing field lists stay cheap.
        if stopsBefore == nil && lacks.isEmpty && retyped.isEmpty && defaults.isEmpty && halves.isEmpty
            && unknownTags.isEmpty && !fields.contains(where: { $0.defaultValue != nil }) {
            return fields
        }
        var walked: [Field] = []
        for var field in fields {
            if field.name == stopsBefore { break }
            if lacks.contains(field.name) { continue }
            if let type = retyped[field.name] { field.type = type }
            // The SDK's default for missing bytes, never the program's.
            field.defaultValue = defaults[field.name]
            field.readsHalves = halves.contains(field.name)
            field.unknownTagReadsAs = unknownTags[field.name]
            walked.append(field)
        }
        return walked
    }

    /// The value of a missing field `name`: the SDK's own default, else nil (the type's zero).
    public func defaultValue(of name: String) -> Int? { defaults[name] }
}

extension SDKKnowledge {
    /// These facts for a registry holding only `accounts` (one imported from source): readers of other
    /// accounts dropped, and a reader kept only where every field it names is one of that account's;
    /// a first version the account does not have is dropped (every version is read).
    public func restricted(to accounts: [AccountLayouts]) -> SDKKnowledge {
        var kept: [String: AccountReader] = [:]
        for account in accounts {
            guard var reader = readers[account.name] else { continue }
            let names = Set(account.versions.flatMap { $0.fields.map(\.name) })
            let named = Set(reader.defaults.keys).union(reader.retyped.keys).union(reader.lacks)
                .union(reader.stopsBefore.map { [$0] } ?? []).union(reader.halves).union(reader.unknownTags.keys)
            guard named.isSubset(of: names) else { continue }
            if let first = reader.firstVersion, account.version(first) == nil { reader.firstVersion = nil }
            kept[account.name] = reader
        }
        return SDKKnowledge(id: id, name: name, enums: enums, readers: kept)
    }
}

extension AccountReader {
    /// This reader with its facts carried from a layout with fields `old` to one with fields `new` whose
    /// fields moved or were renamed: `counterpart` maps an old field to its new name. The SDK's code did
    /// not change, so a fact about a field that went is dropped, and a reader that stopped after a field
    /// still stops right after it, whatever now follows.
    public func carried(by counterpart: [String: String], from old: [String], to new: [String]) -> AccountReader {
        func carry<Value>(_ facts: [String: Value]) -> [String: Value] {
            Dictionary(uniqueKeysWithValues: facts.compactMap { key, value in counterpart[key].map { ($0, value) } })
        }
        var carried = self
        carried.defaults = carry(defaults)
        carried.retyped = carry(retyped)
        carried.lacks = lacks.compactMap { counterpart[$0] }
        carried.halves = halves.compactMap { counterpart[$0] }
        carried.unknownTags = carry(unknownTags)
        if let stop = stopsBefore, let start = old.firstIndex(of: stop) {
            let last = old[..<start].reversed().lazy.compactMap { counterpart[$0] }.first.flatMap { new.firstIndex(of: $0) }
            carried.stopsBefore = last.map { $0 + 1 < new.count ? new[$0 + 1] : nil } ?? new.first
        }
        return carried
    }
}

