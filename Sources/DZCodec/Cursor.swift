/// A position in the input, with Rust ≥ 1.80 `&[u8]` semantics: a short `read_exact` empties the slice.
/// It reads through a raw pointer (the span pass is zero-copy); every read checks `remaining` first, so
/// `position` never passes `count` and the wrapping arithmetic below cannot wrap.
struct Cursor {
    /// Never dereferenced past `count`; an empty input gets a placeholder address, never read.
    private let base: UnsafeRawPointer
    private let count: Int
    private(set) var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        base = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1).unsafelyUnwrapped
        count = bytes.count
    }

    var remaining: Int { count &- position }
    var isAtEnd: Bool { position == count }

    mutating func drain() { position = count }

    /// Moves forward to `position`, or to the end when it is past it; never back.
    mutating func skip(to target: Int) { position = max(position, min(target, count)) }

    /// Moves forward by `width` bytes (at most to the end).
    mutating func skip(_ width: Int) { skip(to: position &+ width) }

    /// The next `width` bytes, not consumed; `width` must not exceed `remaining`.
    func upcoming(_ width: Int) -> UnsafeRawBufferPointer {
        precondition(width <= remaining, "upcoming bytes past the end")
        return UnsafeRawBufferPointer(start: base + position, count: width)
    }

    @inline(__always)
    mutating func readByte() throws(ReadFailure) -> UInt8 {
        guard position < count else { throw .endOfInput }
        defer { position &+= 1 }
        return base.load(fromByteOffset: position, as: UInt8.self)
    }

    /// Reads `width` bytes as a little-endian integer (width ≤ 8).
    @inline(__always)
    mutating func readLittleEndian(_ width: Int) throws(ReadFailure) -> UInt64 {
        guard remaining >= width else {
            drain()
            throw .cutShort(width: width)
        }
        let start = base + position
        position &+= width
        switch width {
        case 1: return UInt64(start.load(as: UInt8.self))
        case 2: return UInt64(UInt16(littleEndian: start.loadUnaligned(as: UInt16.self)))
        case 4: return UInt64(UInt32(littleEndian: start.loadUnaligned(as: UInt32.self)))
        case 8: return UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
        default:
            var value: UInt64 = 0
            for offset in 0..<width { value |= UInt64(start.load(fromByteOffset: offset, as: UInt8.self)) << (offset * 8) }
            return value
        }
    }

    /// Reads `count` bytes; the count may come from the input, so it is checked before any use.
    @inline(__always)
    mutating func readBytes(_ wanted: UInt64) throws(ReadFailure) -> UnsafeRawBufferPointer {
        guard wanted <= UInt64(remaining) else {
            let left = remaining
            drain()
            throw .bytesNeeded(wanted, left: left)
        }
        let start = base + position
        position &+= Int(truncatingIfNeeded: wanted)
        return UnsafeRawBufferPointer(start: start, count: Int(truncatingIfNeeded: wanted))
    }
}

/// Strict UTF-8 validation, as Rust's `String::from_utf8`: no surrogates, no overlong forms.
public enum UTF8Validation {
    public static func isValid<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The same answer, with a fast path for ASCII, which names almost always are.
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            while index &+ 8 <= bytes.count {
                guard base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else { break }
                index &+= 8
            }
        }
        while index < bytes.count, bytes[index] < 0x80 { index &+= 1 }
        return index == bytes.count || isValid(bytes[index...])
    }
}
