/// A position in the input, with Rust ≥ 1.80 `&[u8]` semantics: a short `read_exact` empties the slice.
struct Cursor {
    private let bytes: ArraySlice<UInt8>
    private(set) var index: Int

    init(bytes: [UInt8]) {
        self.bytes = bytes[...]
        index = self.bytes.startIndex
    }

    init(slice: ArraySlice<UInt8>) {
        bytes = slice
        index = slice.startIndex
    }

    var position: Int { index - bytes.startIndex }
    var remaining: Int { bytes.endIndex - index }
    var isAtEnd: Bool { index == bytes.endIndex }

    mutating func drain() { index = bytes.endIndex }

    mutating func readByte() throws(ReadFailure) -> UInt8 {
        guard index < bytes.endIndex else { throw ReadFailure(reason: "unexpected end of input") }
        defer { index += 1 }
        return bytes[index]
    }

    /// Reads `width` bytes as a little-endian integer (width ≤ 8).
    mutating func readLittleEndian(_ width: Int) throws(ReadFailure) -> UInt64 {
        guard remaining >= width else {
            drain()
            throw ReadFailure(reason: "\(width)-byte value cut short")
        }
        var value: UInt64 = 0
        for offset in 0..<width { value |= UInt64(bytes[index + offset]) << (offset * 8) }
        index += width
        return value
    }

    /// Reads `count` bytes; the count may come from the input, so it is checked before any use.
    mutating func readBytes(_ count: UInt64) throws(ReadFailure) -> ArraySlice<UInt8> {
        guard count <= UInt64(remaining) else {
            let reason = "\(count) bytes needed, \(remaining) left"
            drain()
            throw ReadFailure(reason: reason)
        }
        defer { index += Int(count) }
        return bytes[index..<(index + Int(count))]
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
}
