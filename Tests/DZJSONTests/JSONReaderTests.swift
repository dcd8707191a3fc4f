import DZJSON
import XCTest

final class JSONReaderTests: XCTestCase {
    func testMalformedJSONNamesTheSourceAndPosition() {
        XCTAssertThrowsError(try JSONReader.parse(Array("{\"a\": [1,\n 2,,]}".utf8), source: "policy.json")) { error in
            guard case .syntax(let source, let line, _, _, _)? = error as? JSONDecodingError else { return XCTFail("\(error)") }
            XCTAssertEqual(source, "policy.json")
            XCTAssertEqual(line, 2)
        }
        XCTAssertThrowsError(try JSONReader.parse(Array(String(repeating: "[", count: 100_000).utf8), source: "deep.json"))
    }
}
