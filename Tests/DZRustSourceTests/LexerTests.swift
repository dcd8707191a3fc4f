@testable import DZRustSource
import XCTest

final class LexerTests: XCTestCase {
    func testCommentsStringsLifetimesAndCharsAreTokensOrSkipped() throws {
        let tokens = try RustLexer.tokenize("""
            /* outer /* nested */ still comment */ fn a<'a>(x: &'a str) -> char { 'x' } // tail
            let s = r#"a "quoted" b"#; let t = "esc\\"aped";
            """)
        XCTAssertEqual(tokens.filter { $0.kind == .lifetime }.map(\.text), ["'a", "'a"])
        XCTAssertEqual(tokens.filter { $0.kind == .literal }.map(\.text), ["'x'", "r#\"a \"quoted\" b\"#", "\"esc\\\"aped\""])
        XCTAssertTrue(tokens.contains { $0.is("->") })
        XCTAssertEqual(tokens.last?.line, 2)
        XCTAssertFalse(tokens.contains { $0.text == "nested" || $0.text == "tail" })
    }

    func testUnterminatedInputIsAnErrorWithItsLine() {
        XCTAssertThrowsError(try RustLexer.tokenize("\n\n/* never closed")) { error in
            XCTAssertEqual((error as? RustLexError)?.line, 3)
        }
        XCTAssertThrowsError(try RustLexer.tokenize("let s = \"open"))
    }
}
