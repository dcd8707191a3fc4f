@testable import DZReports
import Foundation
import XCTest

final class MatrixMarkdownTests: XCTestCase {
    let text = MatrixMarkdown.render(Samples.matrix())

    func testOneTablePerAccountAndReader() {
        XCTAssertEqual(text.count(of: "\n|---|"), 3)
        XCTAssertTrue(text.contains("""
            ### user · Go

            | reader ↓ account → | U0 | U1 | U2 |
            |---|---|---|---|
            | **U0** | ok | zf | misread\\[1\\] |
            | **U1** | zf | ok | ERR\\[2\\] |
            | **U2** | zf | zf | ok |
            """))
    }

    func testNotesListTheMisreadFieldsUnderTheirTable() throws {
        let note = try XCTUnwrap(text.offset(of: "1. U0 reading U2: misread `status`, `owner`\n2. U1 reading U2: error `<script>alert(1)</script> & \\u001B[31mred`"))
        XCTAssertLessThan(try XCTUnwrap(text.offset(of: "| **U2** | zf | zf | ok |")), note)
        XCTAssertLessThan(note, try XCTUnwrap(text.offset(of: "### user · Python")))
        XCTAssertTrue(text.hasSuffix("| **D1** | zf | ok |\n\n1. D0 reading D1: error `too short`\n"))
    }

    func testALegendComesFirst() throws {
        let legend = try XCTUnwrap(text.offset(of: "- misread: fields differ"))
        XCTAssertLessThan(legend, try XCTUnwrap(text.offset(of: "###")))
    }
}
