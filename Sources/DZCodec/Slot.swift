/// One value of a positional record (PositionalRecord.swift): plain data, what the step it was read as
/// says it is. Fixed-size values are inline; strings, bitmaps and vectors of fixed-size raw elements are
/// ranges of the input; structured values point at their children, slots of the same record.
public struct Slot: Sendable, Equatable {
    /// Integers, enum values, bools (0 or 1), f64 bits: `a`. u128: `a` low, `b` high. A key: its 32 bytes
    /// as `a…d` (little-endian words, as `Pubkey` holds them). An address: its 4 bytes in `a`, a network's
    /// prefix in the fifth byte. A string or vector: its count in `a`; an option: 1 or 0 in `a`.
    /// Children (vector elements, option value, structure or tagged body): `b` is the first child slot.
    /// Tagged elements: `c` is the tag, `d` the variant index + 1 (0: the unknown-tag default body).
    /// Size-prefixed elements: `c` the size, `d` the version.
    public internal(set) var a: UInt64 = 0
    public internal(set) var b: UInt64 = 0
    public internal(set) var c: UInt64 = 0
    public internal(set) var d: UInt64 = 0
    /// Strings, bitmaps, raw vectors: the bytes in the input (a raw vector's elements, after its count).
    /// 32 bits each, so that a slot is 48 bytes: an account is at most 10 MiB.
    @usableFromInline var start: UInt32 = 0
    @usableFromInline var size: UInt32 = 0
    /// A structure, tagged or size-prefixed element that is its step's zero value (a default): it has
    /// no child slots; its fields are their steps' zeros.
    public internal(set) var isZeroRecord = false

    public var uint: UInt64 { a }
    public var int: Int64 { Int64(bitPattern: a) }
    public var u128: UInt128 { UInt128(b) << 64 | UInt128(a) }
    public var bool: Bool { a != 0 }
    public var pubkey: Pubkey { Pubkey(bytes: (a, b, c, d)) }
    public var ipv4: IPv4 { IPv4(UInt8(truncatingIfNeeded: a), UInt8(truncatingIfNeeded: a >> 8), UInt8(truncatingIfNeeded: a >> 16), UInt8(truncatingIfNeeded: a >> 24)) }
    public var network: NetworkV4 { NetworkV4(address: ipv4, prefix: UInt8(truncatingIfNeeded: a >> 32)) }
    /// Elements of a vector, bytes of a string.
    public var count: Int { Int(truncatingIfNeeded: a) }
    public var offset: Int { Int(start) }
    public var length: Int { Int(size) }
    public var range: Range<Int> { offset..<(offset + length) }
    @inlinable var firstChild: Int { Int(truncatingIfNeeded: b) }

    /// The slot of a scalar value (a step's zero or declared default); structured values are zero
    /// records. Values are what `Value.zero(of:)` says, so that the record's defaults are the tree's.
    init(scalar value: Value) {
        switch value {
        case .uint(let v): a = v
        case .int(let v): a = UInt64(bitPattern: v)
        case .u128(let v): (a, b) = (UInt64(truncatingIfNeeded: v), UInt64(truncatingIfNeeded: v >> 64))
        case .f64(let bits): a = bits
        case .bool(let v): a = v ? 1 : 0
        case .pubkey(let key): (a, b, c, d) = key.bytes
        case .ipv4(let address): a = Self.word(address)
        case .network(let network): a = Self.word(network.address) | UInt64(network.prefix) << 32
        case .string(let bytes): precondition(bytes.isEmpty, "a default string is empty")
        case .list, .option, .run: break  // empty, none (a run is only ever an SDK port's list item)
        case .record: isZeroRecord = true
        }
    }

    init(a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0, offset: Int = 0, length: Int = 0) {
        (self.a, self.b, self.c, self.d) = (a, b, c, d)
        (start, size) = (UInt32(truncatingIfNeeded: offset), UInt32(truncatingIfNeeded: length))
    }

    private static func word(_ address: IPv4) -> UInt64 {
        UInt64(address.octets.0) | UInt64(address.octets.1) << 8 | UInt64(address.octets.2) << 16 | UInt64(address.octets.3) << 24
    }
}

/// The slots of one record: top-level fields first (field i is slot i), then children, appended as the
/// reader meets them. Grows, never shrinks; a decode starts over at the top-level fields.
@usableFromInline
struct SlotArena {
    @usableFromInline private(set) var slots: UnsafeMutablePointer<Slot>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
        slots = .allocate(capacity: capacity)
    }

    func deallocate() { slots.deallocate() }

    /// Starts a decode with `fields` top-level slots.
    mutating func reset(fields: Int) {
        count = 0
        _ = reserve(fields)
    }

    /// `n` more slots (uninitialised); the first one's index.
    mutating func reserve(_ n: Int) -> Int {
        let first = count
        if count + n > capacity {
            let grown = max(capacity * 2, count + n)
            let moved = UnsafeMutablePointer<Slot>.allocate(capacity: grown)
            moved.moveInitialize(from: slots, count: count)
            slots.deallocate()
            (slots, capacity) = (moved, grown)
        }
        count += n
        return first
    }

    @inlinable
    subscript(index: Int) -> Slot {
        get { slots[index] }
        nonmutating set { slots[index] = newValue }
    }
}

/// Owns an arena (at a fixed address, for the sink to write through); a record holds one, and copies
/// of a record share it until the next decode.
@usableFromInline
final class SlotStorage {
    @usableFromInline let arena: UnsafeMutablePointer<SlotArena>

    init() {
        arena = .allocate(capacity: 1)
        arena.initialize(to: SlotArena())
    }

    deinit {
        arena.pointee.deallocate()
        arena.deinitialize(count: 1)
        arena.deallocate()
    }
}
