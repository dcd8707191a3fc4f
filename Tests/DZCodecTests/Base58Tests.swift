import DZCodec
import XCTest

final class Base58Tests: XCTestCase {
    /// The textbook byte-at-a-time conversion, to check the chunked one against.
    static func reference(_ bytes: [UInt8]) -> String {
        let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
        let zeros = bytes.prefix { $0 == 0 }.count
        var digits: [Int] = []
        for byte in bytes[zeros...] {
            var carry = Int(byte)
            for index in digits.indices {
                carry += digits[index] << 8
                digits[index] = carry % 58
                carry /= 58
            }
            while carry > 0 {
                digits.append(carry % 58)
                carry /= 58
            }
        }
        return String(repeating: "1", count: zeros) + String(digits.reversed().map { alphabet[$0] })
    }

    func testMatchesTheTextbookConversionAndDecodesBack() {
        var random = SplitMix64(seed: 58)
        for length in 0...70 {
            for zeros in [0, 1, 4] where zeros <= length {
                let bytes = (0..<length).map { $0 < zeros ? 0 : UInt8(truncatingIfNeeded: random.next()) }
                let text = Base58.encode(bytes)
                XCTAssertEqual(text, Self.reference(bytes), "\(bytes)")
                XCTAssertEqual(Base58.decode(text), bytes)
            }
        }
        XCTAssertEqual(Base58.encode([UInt8](repeating: 0xFF, count: 32)), Self.reference([UInt8](repeating: 0xFF, count: 32)))
        XCTAssertEqual(Pubkey.fromByte(0x60).base58, "7Tk94Yf6oGXYDQYXqSZrwxYwqwEznCn34GcFKinYCEU7")
    }
}
