import DZCodec
import XCTest

/// TS strings go through TextDecoder's default mode (docs/readers.md §2.2, §8 rows 14-15): WHATWG UTF-8, one
/// U+FFFD per maximal subpart, one leading BOM stripped. The rendering carries the decoded text's UTF-8.
final class TextDecoderTests: XCTestCase {
    private let fffd: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// The code string of a D0 device (120 bytes before it) holding `content`.
    private func decoded(_ content: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let bytes = [UInt8](repeating: 0, count: 120) + le(UInt64(content.count), 4) + content + le(0, 4)
        guard case .string(let text)? = try ok(bytes, "device@v0", file: file, line: line)["code"] else {
            XCTFail("no code string", file: file, line: line)
            return []
        }
        return text
    }

    func testValidTextIsKept() throws {
        let text = Array("dz1 é € 😀".utf8)
        XCTAssertEqual(try decoded(text), text)
    }

    func testEachMaximalSubpartIsOneReplacement() throws {
        XCTAssertEqual(try decoded([0xFF, 0xFE, 0x41]), fffd + fffd + [0x41])
        XCTAssertEqual(try decoded([0xE2, 0x82]), fffd)  // one subpart; Go's JSON gives two
        XCTAssertEqual(try decoded([0xE2, 0x82, 0x41]), fffd + [0x41])
        XCTAssertEqual(try decoded([0xF0, 0x9F, 0x98]), fffd)
        XCTAssertEqual(try decoded([0xE1, 0x80, 0xE1, 0x80, 0x80]), fffd + [0xE1, 0x80, 0x80])
    }

    func testForbiddenSequencesBreakAtTheirSecondByte() throws {
        XCTAssertEqual(try decoded([0xED, 0xA0, 0x80]), fffd + fffd + fffd)  // surrogate
        XCTAssertEqual(try decoded([0xC0, 0x80]), fffd + fffd)  // overlong
        XCTAssertEqual(try decoded([0xF0, 0x80, 0x80]), fffd + fffd + fffd)  // overlong
        XCTAssertEqual(try decoded([0xF4, 0x90, 0x80, 0x80]), fffd + fffd + fffd + fffd)  // above U+10FFFF
        XCTAssertEqual(try decoded([0xF5, 0x80]), fffd + fffd)
    }

    func testOneLeadingBOMIsStripped() throws {
        XCTAssertEqual(try decoded([0xEF, 0xBB, 0xBF, 0x41]), [0x41])
        XCTAssertEqual(try decoded([0xEF, 0xBB, 0xBF]), [])
        XCTAssertEqual(try decoded([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(try decoded([0x41, 0xEF, 0xBB, 0xBF]), [0x41, 0xEF, 0xBB, 0xBF])
        // Only a BOM that is the first code point: after a replacement it stays.
        XCTAssertEqual(try decoded([0x80, 0xEF, 0xBB, 0xBF]), fffd + [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(try decoded([0xEF, 0xBB]), fffd)
    }
}
