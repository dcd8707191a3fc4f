import DZJSON
import DZLayouts

/// A decoded or to-be-encoded value. Untyped: the layout gives each value its meaning. Fixed-size
/// payloads (keys, addresses) are stored inline, not boxed: only `option` recurses through a box.
public enum Value: Hashable, Sendable {
    /// u8, u16, u32, u64 and enum bytes.
    case uint(UInt64)
    case int(Int64)
    case u128(UInt128)
    /// The IEEE-754 bit pattern.
    case f64(UInt64)
    case bool(Bool)
    case pubkey(Pubkey)
    case ipv4(IPv4)
    case network(NetworkV4)
    /// The bytes of the string (valid UTF-8 for the program; raw for Go), or of a bitmap.
    case string([UInt8])
    /// A vector; nil is Go's nil slice.
    case list([Value]?)
    indirect case option(Value?)
    /// `count` copies of one element, standing for them inside a list: an SDK model's fast-forwarded run
    /// of defaults longer than `ReaderLimits.maxExpandedCopies` (docs/reader-contract.md §3).
    indirect case run(Value, count: Int)
    case record(Record)

    public static func text(_ string: String) -> Value { .string(Array(string.utf8)) }
}

/// Named values in layout order.
public struct Record: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    public var entries: [(name: String, value: Value)]

    public init(_ entries: [(name: String, value: Value)] = []) { self.entries = entries }
    public init(dictionaryLiteral elements: (String, Value)...) { entries = elements.map { (name: $0.0, value: $0.1) } }

    public subscript(name: String) -> Value? {
        get { entries.first { $0.name == name }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name: name, value: newValue))
            }
        }
    }

    public static func == (lhs: Record, rhs: Record) -> Bool {
        lhs.isCopy(of: rhs) || lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries { hasher.combine(entry.name); hasher.combine(entry.value) }
    }
}

extension Value {
    public var uintValue: UInt64? { if case .uint(let v) = self { return v } else { return nil } }
    public var recordValue: Record? { if case .record(let r) = self { return r } else { return nil } }
    public var listValue: [Value]? { if case .list(let l) = self { return l ?? [] } else { return nil } }
    public var pubkeyValue: Pubkey? { if case .pubkey(let p) = self { return p } else { return nil } }

    /// The value the program substitutes for a field of this type that is missing or failed.
    public static func zero(of type: FieldType, registry: Registry) -> Value {
        switch type {
        case .u8, .u16, .u32, .u64: .uint(0)
        case .i64: .int(0)
        case .u128: .u128(0)
        case .f64: .f64(0)
        case .bool: .bool(false)
        case .pubkey: .pubkey(.zero)
        case .ipv4: .ipv4(.zero)
        case .networkV4: .network(.zero)
        case .string, .bitmap: .string([])
        case .enumeration(let id): .uint(UInt64(registry.enumDefinition(id).defaultValue))
        case .vec: .list([])
        case .option: .option(nil)
        case .structure(let fields): .record(zeroRecord(fields, registry: registry))
        case .tagged(let element):
            .record(Record([(name: "version", value: .uint(UInt64(element.variants[0].tag)))])
                + zeroRecord(element.fields, registry: registry))
        case .sized(let element):
            .record(Record([(name: "size", value: .uint(0)), (name: "version", value: .uint(0))])
                + zeroRecord(element.fields, registry: registry))
        }
    }

    public static func zeroRecord(_ fields: [Field], registry: Registry) -> Record {
        Record(fields.map { (name: $0.name, value: zero(of: $0.type, registry: registry)) })
    }
}

extension Record {
    public static func + (lhs: Record, rhs: Record) -> Record { Record(lhs.entries + rhs.entries) }
}

extension Record {
    /// True when both are copies of one record (the same entries storage), so equal without a look at
    /// the entries.
    public func isCopy(of other: Record) -> Bool { sharesStorage(entries, other.entries) }
}

extension Value {
    /// True for two copies of one record.
    public func isCopy(of other: Value) -> Bool {
        if case .record(let mine) = self, case .record(let theirs) = other { mine.isCopy(of: theirs) } else { false }
    }
}

extension Array where Element == Value {
    /// `map`, with each run of copies of one record transformed once (`mapRuns`).
    public func mapSharingCopies<T>(_ transform: (Value) -> T) -> [T] {
        mapRuns(isCopy: { $0.isCopy(of: $1) }, transform)
    }
}

extension Array where Element == Value {
    /// How many elements a list stands for: a run counts its copies.
    public var logicalCount: Int {
        reduce(0) { total, item in if case .run(_, let count) = item { total + count } else { total + 1 } }
    }

    /// Appends `count` copies of `element`: one by one up to `ReaderLimits.maxExpandedCopies`, as one run
    /// beyond, so that a list stays small whatever the count.
    public mutating func appendCopies(of element: Value, count: Int) {
        if count > ReaderLimits.maxExpandedCopies {
            append(.run(element, count: count))
        } else {
            append(contentsOf: repeatElement(element, count: count))
        }
    }

    /// `mapSharingCopies`, with a run mapped to a run of the transformed element.
    public func mapElements(_ transform: (Value) -> Value) -> [Value] {
        mapSharingCopies { item in
            if case .run(let element, let count) = item { .run(transform(element), count: count) } else { transform(item) }
        }
    }
}
