@testable import DZReports
import XCTest

final class EscapingTests: XCTestCase {
    func testMarkupEscapesSyntaxAndReplacesCharactersXMLForbids() {
        XCTAssertEqual(Escape.markup(#"<a href="x">&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(Escape.markup("a\u{0}b\u{1}c\u{FFFE}d\u{FFFF}"), "a\\u0000b\\u0001c\\uFFFEd\\uFFFF")
        XCTAssertEqual(Escape.markup("tab\tline\nreturn\r"), "tab\tline\nreturn&#13;", "text keeps tab and LF")
        XCTAssertEqual(Escape.markup("tab\tline\n", attribute: true), "tab&#9;line&#10;", "attribute normalization would eat them")
        XCTAssertEqual(Escape.markup("é€😀\u{85}"), "é€😀\u{85}", "everything else XML allows stays as is")
    }

    func testTheXMLParserRejectsWhatMarkupReplaces() {
        // Guards the JUnit and HTML tests: the parser they use is strict about forbidden characters.
        XCTAssertFalse(Samples.isWellFormed("<a>\u{1}</a>"))
        XCTAssertFalse(Samples.isWellFormed("<a><b></a>"))
        XCTAssertTrue(Samples.isWellFormed("<a>\(Escape.markup("\u{1}<&\u{FFFE}"))</a>"))
    }

    func testVisibleEscapesOnlyTheChosenCharacters() {
        XCTAssertEqual(Escape.visible("a\nb\tc\r\u{1B}[0m\u{9F}é", replacing: Escape.isControl), "a\\nb\\tc\\r\\u001B[0m\\u009Fé")
        XCTAssertEqual(Escape.visible("plain", replacing: Escape.isControl), "plain")
    }

    func testMarkdownTextEscapesInlineSyntaxAndPipes() {
        XCTAssertEqual(Markdown.text("a|b *c* _d_ [e](f) <g> `h` ~i~ &amp; \\"), #"a\|b \*c\* \_d\_ \[e\](f) \<g\> \`h\` \~i\~ \&amp; \\"#)
        XCTAssertEqual(Markdown.text("two\nlines"), "two\\\\nlines", "the visible \\n's backslash is escaped too")
    }

    func testMarkdownCodeSpansOutfenceBackticks() {
        XCTAssertEqual(Markdown.code("plain"), "`plain`")
        XCTAssertEqual(Markdown.code("a`b"), "``a`b``")
        XCTAssertEqual(Markdown.code("`x``"), "``` `x`` ```")
        XCTAssertEqual(Markdown.code(" x"), "`  x `")
        XCTAssertEqual(Markdown.code("line\nbreak"), "`line\\nbreak`")
        XCTAssertEqual(Markdown.code(""), "*empty*")
        XCTAssertEqual(Markdown.codeBlock(["```x", "y"]), "````\n```x\ny\n````")
    }

    func testFormatting() {
        XCTAssertEqual(Format.seconds(3.25), "3.25")
        XCTAssertEqual(Format.seconds(0.004), "0.00")
        XCTAssertEqual(Format.seconds(12.3456, decimals: 3), "12.346")
        XCTAssertEqual(Format.seconds(-1.5), "-1.50")
        XCTAssertEqual(Format.count(1, "entry", "entries"), "1 entry")
        XCTAssertEqual(Format.count(2, "group"), "2 groups")
        XCTAssertEqual(Format.hexLines("abcdef", width: 4), ["abcd", "ef"])
        XCTAssertEqual(Format.hexLines(""), [""])
        XCTAssertEqual(Format.abbreviated(hex: String(repeating: "ab", count: 70), limit: 4), "abab… (70 bytes)")
        XCTAssertEqual(Format.abbreviated(hex: "abcd", limit: 4), "abcd")
    }
}
