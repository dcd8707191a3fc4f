/// `new TextDecoder().decode(bytes)` as the TS SDK calls it, returning the UTF-8 bytes of the decoded text
/// (the rendering hexes those). Default mode: the WHATWG Encoding Standard's UTF-8 decoder, which never
/// fails and writes one U+FFFD per maximal subpart of an invalid sequence, with one leading BOM dropped
/// (docs/readers.md §2.2, §8 rows 14 and 15).
enum TextDecoder {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        // U+FEFF is the first code point exactly when the input starts with its only valid encoding.
        var index = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                out.append(lead)
                index += 1
                continue
            }
            // "UTF-8 bytes needed" and the bounds of the first continuation byte.
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            let needed: Int
            switch lead {
            case 0xC2...0xDF: needed = 1
            case 0xE0...0xEF:
                needed = 2
                if lead == 0xE0 { lower = 0xA0 }  // no overlong forms
                if lead == 0xED { upper = 0x9F }  // no surrogates
            case 0xF0...0xF4:
                needed = 3
                if lead == 0xF0 { lower = 0x90 }  // no overlong forms
                if lead == 0xF4 { upper = 0x8F }  // nothing above U+10FFFF
            default:
                out += replacement
                index += 1
                continue
            }
            var next = index + 1
            var seen = 0
            while seen < needed, next < bytes.count, (lower...upper).contains(bytes[next]) {
                lower = 0x80
                upper = 0xBF
                next += 1
                seen += 1
            }
            // A complete sequence re-encodes to its own bytes. An incomplete one is one U+FFFD, and the
            // byte that broke it (if any) is read again as a lead byte.
            if seen == needed {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<next]))
            } else {
                out += replacement
            }
            index = next
        }
        return out
    }
}
