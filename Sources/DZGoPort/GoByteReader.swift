import DZCodec

/// The internal Go SDK's ByteReader (docs/readers.md §2.1, §2.2). A fixed-width read with too few bytes left
/// gives the zero value and leaves the cursor where it was, so a later, narrower read takes the stray
/// bytes. Only valid inside the `withUnsafeBytes` scope of the input.
struct GoByteReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var remaining: Int { bytes.count - offset }

    /// The start of the next `width` bytes, now consumed; nil, and no move, when fewer are left.
    @inline(__always)
    private mutating func take(_ width: Int) -> Int? {
        guard remaining >= width else { return nil }
        defer { offset += width }
        return offset
    }

    @inline(__always)
    private func littleEndian<T: FixedWidthInteger>(at start: Int, as type: T.Type) -> T {
        T(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: T.self))
    }

    @inline(__always) mutating func readU8() -> UInt8 { take(1).map { bytes[$0] } ?? 0 }
    @inline(__always) mutating func readU16() -> UInt16 { take(2).map { littleEndian(at: $0, as: UInt16.self) } ?? 0 }
    @inline(__always) mutating func readU32() -> UInt32 { take(4).map { littleEndian(at: $0, as: UInt32.self) } ?? 0 }
    @inline(__always) mutating func readU64() -> UInt64 { take(8).map { littleEndian(at: $0, as: UInt64.self) } ?? 0 }

    /// The numeric value (bytes 0..7 are the low half). Go's swapped `Uint128{High, Low}` naming is a
    /// matter of presentation (GoPresentation), not of which bytes are read.
    @inline(__always) mutating func readU128() -> UInt128 {
        guard let start = take(16) else { return 0 }
        let low = littleEndian(at: start, as: UInt64.self)
        let high = littleEndian(at: start + 8, as: UInt64.self)
        return UInt128(high) << 64 | UInt128(low)
    }

    /// `[32]byte`; the zero key when fewer than 32 bytes are left.
    @inline(__always) mutating func readPubkey() -> Pubkey {
        guard let start = take(32) else { return Pubkey(bytes: (0, 0, 0, 0)) }
        // Native-order loads keep the bytes in memory order, which is how Pubkey stores them.
        func word(_ index: Int) -> UInt64 { bytes.loadUnaligned(fromByteOffset: start + 8 * index, as: UInt64.self) }
        return Pubkey(bytes: (word(0), word(1), word(2), word(3)))
    }

    @inline(__always) mutating func readIPv4() -> IPv4 {
        guard let start = take(4) else { return IPv4(0, 0, 0, 0) }
        return IPv4(bytes[start], bytes[start + 1], bytes[start + 2], bytes[start + 3])
    }

    /// `[5]byte`: address and prefix as stored, no validation.
    @inline(__always) mutating func readNetworkV4() -> NetworkV4 {
        guard let start = take(5) else { return NetworkV4(address: IPv4(0, 0, 0, 0), prefix: 0) }
        return NetworkV4(address: IPv4(bytes[start], bytes[start + 1], bytes[start + 2], bytes[start + 3]),
                         prefix: bytes[start + 4])
    }

    /// Raw bytes, no UTF-8 check. Fewer than 4 bytes left: "" with no move. A length past the end: ""
    /// with the 4 length bytes used up (the content stays for later fields).
    mutating func readString() -> [UInt8] {
        guard remaining >= 4 else { return [] }
        let length = readU32()
        guard UInt64(length) <= UInt64(remaining) else { return [] }
        let start = offset
        offset += Int(length)
        return Array(bytes[start..<offset])
    }

    /// `Skip`: forward by n, clamped to the end of the buffer.
    mutating func skip(_ count: Int) { offset += min(count, remaining) }
}
