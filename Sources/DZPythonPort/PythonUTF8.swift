/// The first failure of CPython's strict UTF-8 decoder (`bytes.decode("utf-8")`), classified and ranged
/// exactly as `utf8_decode` (Objects/stringlib/codecs.h) and `unicode_decode_utf8` do, so that the
/// UnicodeDecodeError text matches Python's to the byte.
struct UTF8DecodeError: Equatable, Sendable {
    enum Reason: String, Sendable {
        case invalidStartByte = "invalid start byte"
        case invalidContinuationByte = "invalid continuation byte"
        case unexpectedEndOfData = "unexpected end of data"
    }

    /// Positions within the decoded bytes (the string content), `end` exclusive.
    var start: Int
    var end: Int
    var reason: Reason
    /// The byte at `start`, which Python names when the range is one byte long.
    var startByte: UInt8

    /// `str(UnicodeDecodeError)`.
    var message: String {
        if end - start == 1 {
            let hex = String(startByte, radix: 16)
            return "'utf-8' codec can't decode byte 0x\(hex.count == 1 ? "0" + hex : hex) in position \(start): \(reason.rawValue)"
        }
        return "'utf-8' codec can't decode bytes in position \(start)-\(end - 1): \(reason.rawValue)"
    }
}

enum PythonUTF8 {
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// nil when Python decodes `bytes` (valid UTF-8: no surrogates, no overlong forms, at most U+10FFFF).
    static func firstError(_ bytes: UnsafeRawBufferPointer) -> UTF8DecodeError? {
        let end = bytes.count
        var index = 0
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // CPython's outcomes: 1 = invalid start byte, 2/3/4 = the 2nd/3rd/4th byte is a bad
            // continuation (the error covers the bytes before it), nil = the data ends mid-sequence.
            let outcome: Int?
            let length: Int
            let left = end - index
            let c2 = left > 1 ? bytes[index + 1] : 0
            let c3 = left > 2 ? bytes[index + 2] : 0
            switch lead {
            case 0xC2..<0xE0:
                length = 2
                outcome = left < 2 ? nil : !isContinuation(c2) ? 2 : 0
            case 0xE0..<0xF0:
                length = 3
                // E0 80..9F would be overlong, ED A0..BF a surrogate: both fault the second byte.
                let secondBad = !isContinuation(c2) || (c2 < 0xA0 ? lead == 0xE0 : lead == 0xED)
                if left < 3 {
                    outcome = left >= 2 && secondBad ? 2 : nil
                } else {
                    outcome = secondBad ? 2 : !isContinuation(c3) ? 3 : 0
                }
            case 0xF0..<0xF5:
                length = 4
                // F0 80..8F would be overlong, F4 90..BF past U+10FFFF.
                let secondBad = !isContinuation(c2) || (c2 < 0x90 ? lead == 0xF0 : lead == 0xF4)
                if left < 4 {
                    outcome = left >= 2 && secondBad ? 2 : left >= 3 && !isContinuation(c3) ? 3 : nil
                } else {
                    let c4 = bytes[index + 3]
                    outcome = secondBad ? 2 : !isContinuation(c3) ? 3 : !isContinuation(c4) ? 4 : 0
                }
            default:
                // 80..BF (a stray continuation), C0/C1 (overlong ASCII), F5..FF.
                length = 1
                outcome = 1
            }
            switch outcome {
            case 0?:
                index += length
            case 1?:
                return UTF8DecodeError(start: index, end: index + 1, reason: .invalidStartByte, startByte: lead)
            case let bad?:
                return UTF8DecodeError(start: index, end: index + bad - 1, reason: .invalidContinuationByte,
                                       startByte: lead)
            case nil:
                return UTF8DecodeError(start: index, end: end, reason: .unexpectedEndOfData, startByte: lead)
            }
        }
        return nil
    }
}
