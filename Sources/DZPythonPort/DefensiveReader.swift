import DZCodec

/// The SDK's DefensiveReader over borsh_incremental's StrictReader (docs/readers.md §2). A fixed-width read
/// with fewer bytes left than its width gives zero and does not move the cursor; strings check only
/// "are 4 bytes left?" and then run the strict code, which can raise.
struct DefensiveReader {
    private let data: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ data: UnsafeRawBufferPointer) { self.data = data }

    var remaining: Int { data.count - offset }
    func has(_ width: Int) -> Bool { data.count - offset >= width }

    /// A little-endian integer of `T`'s width, or 0 without a move when fewer bytes are left.
    private mutating func integer<T: FixedWidthInteger>(_: T.Type) -> T {
        guard has(MemoryLayout<T>.size) else { return 0 }
        defer { offset += MemoryLayout<T>.size }
        return T(littleEndian: data.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    mutating func u8() -> UInt8 { integer(UInt8.self) }
    mutating func u16() -> UInt64 { UInt64(integer(UInt16.self)) }
    mutating func u32() -> UInt32 { integer(UInt32.self) }
    mutating func u64() -> UInt64 { integer(UInt64.self) }

    /// low | high << 64: Python's int is the correct value (Go's halves are swapped, ours are not).
    mutating func u128() -> UInt128 {
        guard has(16) else { return 0 }
        let low = u64()
        return UInt128(u64()) << 64 | UInt128(low)
    }

    /// `read_bytes(32)`: the key, or the zero key without a move.
    mutating func pubkey() -> Pubkey {
        guard has(32) else { return .zero }
        defer { offset += 32 }
        // Pubkey keeps its bytes as four native-order words in memory order.
        func word(_ index: Int) -> UInt64 { data.loadUnaligned(fromByteOffset: offset + 8 * index, as: UInt64.self) }
        return Pubkey(bytes: (word(0), word(1), word(2), word(3)))
    }

    mutating func ipv4() -> IPv4 {
        guard has(4) else { return .zero }
        defer { offset += 4 }
        return IPv4(data[offset], data[offset + 1], data[offset + 2], data[offset + 3])
    }

    /// The raw 5 bytes, prefix unchecked.
    mutating func networkV4() -> NetworkV4 {
        guard has(5) else { return .zero }
        let address = ipv4()
        defer { offset += 1 }
        return NetworkV4(address: address, prefix: data[offset])
    }

    /// `read_bytes(n)` whose result is dropped (the sized interface's skip): no move when short.
    mutating func skip(_ count: Int) {
        if has(count) { offset += count }
    }

    /// "" without a move when fewer than 4 bytes are left; otherwise the strict read, which raises on a
    /// length past the end or on bytes that are not UTF-8.
    mutating func string() throws(PythonRaise) -> [UInt8] {
        guard has(4) else { return [] }
        let length = u32()
        guard UInt64(length) <= UInt64(remaining) else { throw .stringTooLong(length: length, offset: offset) }
        let content = UnsafeRawBufferPointer(rebasing: data[offset..<(offset + Int(length))])
        if let failure = PythonUTF8.firstError(content) { throw .invalidUTF8(failure) }
        offset += Int(length)
        return Array(content)
    }
}
