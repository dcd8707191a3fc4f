import DZCodec
import DZLayouts

/// What ends a TS decode early: a thrown `Error` (class "Error", this message), or node running out of
/// heap, having needed `bytes` (reader-contract §3, `MemoryModel.ts`).
enum Thrown: Error {
    case error(String)
    case outOfMemory(bytes: UInt64)
}

/// The TS SDK's two readers over one buffer (docs/readers.md §2.1-§2.3): the strict `BorshReader`, which throws
/// on any shortfall, and the `DefensiveReader` wrapper, which only asks "is the width left?" (4 bytes for
/// strings and vectors) and otherwise answers the zero value without moving.
struct DefensiveReader {
    private let data: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(_ data: UnsafeBufferPointer<UInt8>) { self.data = data }

    var remaining: Int { data.count - offset }
    var isAtEnd: Bool { offset == data.count }

    // MARK: Strict (BorshReader)

    private func need(_ count: Int) throws(Thrown) {
        // The message is built only here, on the error path.
        if count > remaining { throw .error("borsh: not enough data for \(count) bytes at offset \(offset)") }
    }

    /// A leaf as the strict reader reads it inside a vector: throws when it is not all there.
    mutating func readLeaf(_ type: FieldType) throws(Thrown) -> Value {
        guard let width = type.fixedWidth else { return .string(try readString()) }
        try need(width)
        defer { offset += width }
        return leaf(type, at: offset)
    }

    /// u32 length, then that many bytes through `TextDecoder` (which never fails).
    private mutating func readString() throws(Thrown) -> [UInt8] {
        try need(4)
        let length = Int(u32(at: offset))
        offset += 4
        try need(length)
        return text(length)
    }

    /// The decoded text of the next `length` bytes, which the caller has checked are there.
    private mutating func text(_ length: Int) -> [UInt8] {
        defer { offset += length }
        return TextDecoder.decode(UnsafeBufferPointer(rebasing: data[offset..<(offset + length)]))
    }

    // MARK: Defensive (DefensiveReader)

    /// A leaf read as an account field: the zero value, and no move, when fewer than its width are left.
    mutating func tryReadLeaf(_ type: FieldType) -> Value {
        guard let width = type.fixedWidth else { return .string(tryReadString()) }
        guard remaining >= width else { return Self.zero(type) }
        defer { offset += width }
        return leaf(type, at: offset)
    }

    /// Since 580e96bd9 the length is peeked: one larger than what is left gives "" and uses nothing up,
    /// not even the prefix.
    private mutating func tryReadString() -> [UInt8] {
        guard remaining >= 4 else { return [] }
        let length = Int(u32(at: offset))
        guard length <= remaining - 4 else { return [] }
        offset += 4
        return text(length)
    }

    /// Counts and headers: 0, without moving, when the width is not left.
    mutating func tryReadU8() -> Int {
        guard remaining >= 1 else { return 0 }
        defer { offset += 1 }
        return Int(data[offset])
    }

    mutating func tryReadU16() -> Int {
        guard remaining >= 2 else { return 0 }
        defer { offset += 2 }
        return Int(UInt16(data[offset]) | UInt16(data[offset + 1]) << 8)
    }

    mutating func tryReadU32() -> Int {
        guard remaining >= 4 else { return 0 }
        defer { offset += 4 }
        return Int(u32(at: offset))
    }

    /// One u64 half of a u128 the SDK reads in two: 0, without moving, when 8 bytes are not left.
    mutating func tryReadU64() -> UInt64 {
        guard remaining >= 8 else { return 0 }
        defer { offset += 8 }
        return u64(at: offset)
    }

    /// `readBytes(n)` used as a skip: n zero bytes and no move when n are not left.
    mutating func skip(_ count: Int) {
        if remaining >= count { offset += count }
    }

    /// The value an SDK object holds for a field it never read: 0, 0n, false, the zero key, "", [].
    /// Enums are 0 too (`tryReadU8(0)`), not the program's default variant.
    static func zero(_ type: FieldType) -> Value {
        switch type {
        case .u8, .u16, .u32, .u64, .enumeration: SharedValue.small[0]
        case .i64: SharedValue.zeroI64
        case .u128: SharedValue.zeroU128
        case .f64: SharedValue.zeroF64
        case .bool: SharedValue.bools[0]
        case .pubkey: SharedValue.zeroKey
        case .ipv4: SharedValue.zeroIPv4
        case .networkV4: SharedValue.zeroNetwork
        // No SDK reader of today walks a bitmap: its zero is that of raw bytes.
        case .string, .bitmap: SharedValue.emptyString
        // Vectors; LayoutSupport refuses a zero for any other type, as the native compiler does.
        case .vec, .option, .structure, .tagged, .sized: SharedValue.emptyList
        }
    }

    // MARK: Raw little-endian loads (the width is checked by the caller)

    private func u32(at position: Int) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(data.baseAddress! + position).loadUnaligned(as: UInt32.self))
    }

    private func u64(at position: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(data.baseAddress! + position).loadUnaligned(as: UInt64.self))
    }

    /// A fixed-width leaf at `position`. u128 is bytes 0..7 low, 8..15 high (bigint, correct order).
    private func leaf(_ type: FieldType, at position: Int) -> Value {
        let raw = UnsafeRawPointer(data.baseAddress! + position)
        switch type {
        case .u8, .enumeration: return SharedValue.small[Int(data[position])]
        case .bool: return SharedValue.bools[data[position] != 0 ? 1 : 0]
        case .u16: return SharedValue.uint(UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self))))
        case .u32: return SharedValue.uint(UInt64(u32(at: position)))
        case .u64: return SharedValue.uint(u64(at: position))
        case .i64: return .int(Int64(bitPattern: u64(at: position)))
        case .f64: return .f64(u64(at: position))
        case .u128: return .u128(UInt128(u64(at: position + 8)) << 64 | UInt128(u64(at: position)))
        case .pubkey:
            // Pubkey keeps the 32 bytes in memory order, so four raw loads copy them exactly.
            return .pubkey(Pubkey(bytes: (
                raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))))
        case .ipv4: return .ipv4(address(at: position))
        case .networkV4: return .network(NetworkV4(address: address(at: position), prefix: data[position + 4]))
        // Only fixed-width types reach here (callers check `fixedWidth`).
        case .string, .vec, .option, .structure, .tagged, .sized, .bitmap: return Self.zero(type)
        }
    }

    private func address(at position: Int) -> IPv4 {
        IPv4(data[position], data[position + 1], data[position + 2], data[position + 3])
    }
}

/// Values made once and shared: every `Value` is a heap box, and a retain costs far less than an
/// allocation (u8s, enums and small counts are most fields).
enum SharedValue {
    static let small: [Value] = (0..<256).map { .uint(UInt64($0)) }
    static let bools: [Value] = [.bool(false), .bool(true)]
    static let zeroI64 = Value.int(0)
    static let zeroU128 = Value.u128(0)
    static let zeroF64 = Value.f64(0)
    static let zeroKey = Value.pubkey(.zero)
    static let zeroIPv4 = Value.ipv4(.zero)
    static let zeroNetwork = Value.network(.zero)
    static let emptyString = Value.string([])
    static let emptyList = Value.list([])

    static func uint(_ value: UInt64) -> Value { value < 256 ? small[Int(value)] : .uint(value) }
    static func list(_ items: [Value]) -> Value { items.isEmpty ? emptyList : .list(items) }
}
