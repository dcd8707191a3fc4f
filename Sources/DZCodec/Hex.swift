/// Lower-case hex, two digits a byte: how inputs appear in batch requests, reports and messages.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        append(bytes, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the digits to `output` (the batch request builder writes a whole corpus this way).
    public static func append(_ bytes: [UInt8], to output: inout [UInt8]) {
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: bytes.count * 2))
        output.withUnsafeMutableBufferPointer { text in
            digits.withUnsafeBufferPointer { digits in
                for (index, byte) in bytes.enumerated() {
                    text[start + 2 * index] = digits[Int(byte >> 4)]
                    text[start + 2 * index + 1] = digits[Int(byte & 0xF)]
                }
            }
        }
    }
}
