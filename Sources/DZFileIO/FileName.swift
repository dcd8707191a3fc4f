/// File names and paths are bytes; a Swift `String` holds only valid UTF-8. A byte that is not part of
/// valid UTF-8 is carried in a `String` as one code point of U+10FF00…U+10FFFF (the end of a private-use
/// plane, which no file name of ours uses), so a name read from a directory or from `argv` reaches the
/// system unchanged instead of as U+FFFD, and is shown as `\xNN`.
public enum FileName {
    private static let rawBase: UInt32 = 0x10_FF00

    /// The bytes as a `String`: valid UTF-8 as it is, every other byte as its stand-in code point.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if let text = String(validating: bytes, as: UTF8.self), !text.unicodeScalars.contains(where: isRaw) { return text }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes[index])
            if length > 0, index + length <= bytes.count,
               let text = String(validating: bytes[index..<index + length], as: UTF8.self),
               let scalar = text.unicodeScalars.first, !isRaw(scalar) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(Unicode.Scalar(rawBase + UInt32(bytes[index]))!)
                index += 1
            }
        }
        return String(scalars)
    }

    /// The bytes a path stands for (what `decode` was given).
    public static func bytes(_ path: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if isRaw(scalar) { bytes.append(UInt8(scalar.value - rawBase)) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        return bytes
    }

    /// Calls `body` with the path as a C string of its bytes.
    public static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        var bytes = Self.bytes(path).map { CChar(bitPattern: $0) }
        bytes.append(0)
        return try body(bytes)
    }

    /// Text for a message: every stand-in shown as `\xNN`.
    public static func display(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRaw) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isRaw(scalar) {
                let value = scalar.value - rawBase
                shown += "\\x" + (value < 16 ? "0" : "") + String(value, radix: 16)
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    private static func isRaw(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= rawBase && scalar.value <= rawBase + 0xFF }

    /// The length a UTF-8 lead byte announces; 0 for a byte that cannot lead.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
