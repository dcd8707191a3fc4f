import Foundation

/// Compact JSON text written straight into bytes, byte for byte what jansson's `JSON_COMPACT` dump gives
/// (tested against it): members in order, no spaces, `"`, `\` and control characters escaped (`\n` and
/// the other short forms, else `\u00XX`), everything else as UTF-8; integers in decimal; reals as `%.17g`
/// with `.0` added when that reads as an integer, and exponents without `+` or leading zeros. The cross-check compares a port's answer with its
/// native reader's line in this form, so it runs for every input: no tree is built to write it.
enum CompactJSONWriter {
    static func write(_ value: JSONValue, to output: inout [UInt8]) {
        switch value {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .integer(let number): output += String(number).utf8
        case .real(let number): output += real(number).utf8
        case .string(let text): string(text, to: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                string(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                write(member.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func string(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += #"\""#.utf8
            case UInt8(ascii: "\\"): output += #"\\"#.utf8
            case 0x08: output += #"\b"#.utf8
            case 0x0C: output += #"\f"#.utf8
            case 0x0A: output += #"\n"#.utf8
            case 0x0D: output += #"\r"#.utf8
            case 0x09: output += #"\t"#.utf8
            case 0..<0x20: output += [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// jansson's `jsonp_dtostr`: `%.17g`; `.0` when neither a point nor an exponent shows; `e+07` → `e7`,
    /// `e-07` → `e-7`. A value jansson cannot hold (NaN, infinity) never reaches a JSONValue from text;
    /// it is written as null.
    private static func real(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        let text = String(format: "%.17g", number)
        guard let e = text.firstIndex(of: "e") else { return text.contains(".") ? text : text + ".0" }
        var exponent = text[text.index(after: e)...]
        let sign = exponent.first == "-" ? "-" : ""
        exponent = exponent.drop { $0 == "+" || $0 == "-" }.drop { $0 == "0" }
        return text[...e] + sign + (exponent.isEmpty ? "0" : exponent)
    }
}

extension JSONWriter {
    /// The compact text as bytes (`render(_:style: .compact)` as UTF-8).
    public static func compactBytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        CompactJSONWriter.write(value, to: &output)
        return output
    }
}
