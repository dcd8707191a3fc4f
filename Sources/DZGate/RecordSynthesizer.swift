import DZCodec
import DZLayouts

/// Builds an account record in which every field holds a value of its own that is not a default, so
/// that a reader taking a field from the wrong bytes, or not at all, shows it: integers fill their whole
/// width with the top bit set (so u64/i64 and narrower widths disagree), strings carry their field's
/// name, keys and addresses start with a per-field byte, enums take a member that is neither 0 nor the
/// default and differs from the byte before, a bool differs from the first byte of the field before it
/// (true, where it can), vectors hold a few elements.
struct RecordSynthesizer {
    let registry: Registry
    /// The account's own type byte goes into `account_type`: any other makes the program refuse it.
    let accountType: UInt8?
    /// Elements per vector; a tagged element's vector has at least one per variant.
    let elementsPerVector: Int
    /// Enum values to use instead of the usual pick (the value an enum change added or removed).
    var enumOverrides: [EnumID: UInt8] = [:]
    /// Top-level fields to write as zero (the reused slot, as every real account holds it).
    var zeroed: Set<String> = []
    /// Which variant an enum with payloads outside a vector takes (AccessPass's pass type): one account
    /// holds one, so the gate synthesizes one account per variant to exercise every body.
    var variantChoice = 0

    private var ordinal = 0
    private var previousByte: UInt8?
    /// The first byte of the field before: what a reader that lost that field reads the next one from.
    private var previousFieldStart: UInt8?

    init(registry: Registry, accountType: UInt8?, elementsPerVector: Int) {
        self.registry = registry
        self.accountType = accountType
        self.elementsPerVector = elementsPerVector
    }

    mutating func record(for version: LayoutVersion) -> Record {
        var record = Record()
        for field in version.fields {
            let value: Value
            if zeroed.contains(field.name) {
                value = Value.zero(of: field.type, registry: registry)
            } else if field.name == "account_type", let accountType, field.type.carriesByte {
                value = .uint(UInt64(accountType))
            } else if let length = coupledLength(field, in: version, record) {
                value = .list((0..<length).map { index in element(of: field.type, index: index, name: field.name) })
            } else {
                value = self.value(of: field.type, name: field.name)
            }
            record.entries.append((name: field.name, value: value))
            previousFieldStart = value.firstByte
        }
        return record
    }

    /// A vector whose count a rule ties to another's (the Device trailing interfaces: as many as the
    /// legacy slot, or the program panics).
    private func coupledLength(_ field: Field, in version: LayoutVersion, _ record: Record) -> Int? {
        for rule in version.rules {
            switch rule {
            case .rebuildInterfaces(let legacy, let trailing) where trailing == field.name:
                if case .vec = field.type, let count = record[legacy]?.listValue?.count { return count }
            default: continue
            }
        }
        return nil
    }

    private mutating func element(of type: FieldType, index: Int, name: String) -> Value {
        guard case .vec(let element) = type else { return value(of: type, name: name) }
        if case .tagged(let tagged) = element { return taggedValue(tagged, variantIndex: index, name: name) }
        return value(of: element, name: name)
    }

    private mutating func value(of type: FieldType, name: String) -> Value {
        switch type {
        case .u8: return .uint(UInt64(nextByte()))
        case .u16, .u32, .u64: return .uint(UInt64(truncatingIfNeeded: pattern(width: type.fixedWidth!)))
        case .i64: return .int(Int64(bitPattern: UInt64(truncatingIfNeeded: pattern(width: 8))))
        case .f64: return .f64(UInt64(truncatingIfNeeded: pattern(width: 8)))
        case .u128: return .u128(pattern(width: 16))
        case .bool:
            // True, unless the field before starts with 1: a reader that takes this one from its first
            // byte (the field removed, or the two swapped) must read something else.
            let bit = previousFieldStart != 1
            previousByte = bit ? 1 : 0
            return .bool(bit)
        case .pubkey: return .pubkey(.fromByte(nextByte()))
        case .ipv4:
            let seed = nextByte()
            return .ipv4(IPv4(seed, seed &+ 1, seed &+ 2, seed &+ 3))
        case .networkV4:
            let seed = nextByte()
            return .network(NetworkV4(address: IPv4(seed, seed &+ 1, seed &+ 2, seed &+ 3), prefix: seed % 32 + 1))
        case .string:
            ordinal += 1
            return .text("\(name)-\(ordinal)")
        case .enumeration(let id): return .uint(UInt64(enumValue(id)))
        case .vec:
            let count = if case .vec(.tagged(let tagged)) = type { max(elementsPerVector, tagged.variants.count) } else { elementsPerVector }
            return .list((0..<count).map { index in element(of: type, index: index, name: name) })
        case .option(let element): return .option(value(of: element, name: name))
        case .structure(let fields): return .record(record(of: fields))
        case .tagged(let tagged): return taggedValue(tagged, variantIndex: variantChoice, name: name)
        case .sized(let element): return .record(["version": .uint(UInt64(element.version))] + record(of: element.fields))
        // Eight bytes of pattern: a bitmap's bytes are data, and any set bit shows where it starts.
        case .bitmap: return .string((0..<8).map { _ in nextByte() })
        }
    }

    /// Element `variantIndex` of a tagged vector uses each variant in turn, so every body is exercised.
    private mutating func taggedValue(_ element: TaggedElement, variantIndex: Int, name: String) -> Value {
        let variant = element.variants[variantIndex % element.variants.count]
        return .record(["version": .uint(UInt64(variant.tag))] + record(of: variant.fields))
    }

    private mutating func record(of fields: [Field]) -> Record {
        var record = Record()
        for field in fields {
            let value = value(of: field.type, name: field.name)
            record.entries.append((name: field.name, value: value))
            previousFieldStart = value.firstByte
        }
        return record
    }

    /// Not 0, not the default (what a missing byte reads as), not the byte just before (so that two
    /// swapped one-byte fields disagree); from the middle of the members, away from the edges where the
    /// SDKs' own tables end early (Python's DeviceStatus stops at 6, its UserStatus lacks 2).
    private mutating func enumValue(_ id: EnumID) -> UInt8 {
        let definition = registry.enumDefinition(id)
        if let forced = enumOverrides[id] {
            previousByte = forced
            return forced
        }
        let members = definition.cases.map(\.value).sorted()
        var candidates = members.filter { $0 != 0 && $0 != definition.defaultValue }
        if candidates.isEmpty { candidates = members.filter { $0 != definition.defaultValue } }
        if candidates.isEmpty { candidates = [definition.defaultValue] }
        let start = candidates.count / 2
        let pick = (0..<candidates.count).lazy.map { candidates[(start + $0) % candidates.count] }
            .first { $0 != previousByte } ?? candidates[start]
        previousByte = pick
        return pick
    }

    /// A byte that no earlier field of this record used: 0x21, 0x3E, 0x5B, … (never 0).
    private mutating func nextByte() -> UInt8 {
        ordinal += 1
        let byte = UInt8(truncatingIfNeeded: 0x04 + ordinal * 0x1D)
        previousByte = byte == 0 ? 0x5A : byte
        return previousByte!
    }

    /// `width` bytes counting up from a fresh seed, the top one with its high bit set.
    private mutating func pattern(width: Int) -> UInt128 {
        let seed = nextByte()
        var value: UInt128 = 0
        for index in 0..<width {
            var byte = UInt128(seed &+ UInt8(truncatingIfNeeded: index))
            if index == width - 1 { byte |= 0x80 }
            value |= byte << (8 * index)
        }
        return value
    }
}

extension FieldType {
    /// A one-byte integer type that can hold an AccountType value.
    fileprivate var carriesByte: Bool {
        switch self {
        case .u8, .enumeration: true
        default: false
        }
    }
}

extension Value {
    /// The first byte this value encodes to where it is plain to see (integers are little-endian, an
    /// option starts with its tag, a string or vector with its count); nil otherwise.
    fileprivate var firstByte: UInt8? {
        switch self {
        case .uint(let value), .f64(let value): UInt8(truncatingIfNeeded: value)
        case .int(let value): UInt8(truncatingIfNeeded: value)
        case .u128(let value): UInt8(truncatingIfNeeded: value)
        case .bool(let bit): bit ? 1 : 0
        case .option(let value): value == nil ? 0 : 1
        case .string(let bytes): UInt8(truncatingIfNeeded: bytes.count)
        case .list(let items): UInt8(truncatingIfNeeded: items?.count ?? 0)
        case .pubkey, .ipv4, .network, .record, .run: nil
        }
    }
}

