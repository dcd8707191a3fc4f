@testable import DZReports
import Foundation
import FoundationXML
import XCTest

final class MatrixHTMLTests: XCTestCase {
    let text = MatrixHTML.render(Samples.matrix())

    func testOneTablePerMatrixTableInOneSectionPerAccount() throws {
        let doc = try Samples.xml(text)  // written as polyglot XHTML, so an XML parser checks its structure
        XCTAssertEqual(try doc.nodes(forXPath: "//table").count, 3)
        XCTAssertEqual(try doc.nodes(forXPath: "//section/h2").map(\.stringValue), ["user", "device"])
        XCTAssertEqual(try doc.nodes(forXPath: "//section[1]//figcaption").map(\.stringValue), ["Go 2 breaks", "Python compatible"])
        XCTAssertEqual(try doc.nodes(forXPath: "//nav//a/@href").map(\.stringValue), ["#account-1", "#account-2"])
        XCTAssertEqual(try doc.nodes(forXPath: "//section/@id").map(\.stringValue), ["account-1", "account-2"])
        XCTAssertEqual(try doc.nodes(forXPath: "(//table)[1]/tbody/tr").count, 3)
        XCTAssertEqual(try doc.nodes(forXPath: "(//table)[1]/tbody/tr/td").count, 9)
    }

    func testCellsAreColouredByVerdictWithTooltips() throws {
        let doc = try Samples.xml(text)
        XCTAssertEqual(try doc.nodes(forXPath: "//td[contains(@class,'error')]").count, 2)
        XCTAssertEqual(try doc.nodes(forXPath: "//td[contains(@class,'misread')]").count, 1)
        XCTAssertEqual(try doc.nodes(forXPath: "//td[contains(@class,'zero_filled')]").count, 5)
        XCTAssertEqual(try doc.nodes(forXPath: "//td[contains(@class,'same')]").count, 8, "the diagonal")
        let error = try XCTUnwrap(doc.nodes(forXPath: "(//table)[1]/tbody/tr[2]/td[3]").first as? XMLElement)
        XCTAssertEqual(error.stringValue, "ERR2")
        XCTAssertEqual(error.elements(forName: "sup").first?.stringValue, "2", "the note's number")
        XCTAssertEqual(error.attribute(forName: "title")?.stringValue,
                       "U1 reading U2: error: <script>alert(1)</script> & \\u001B[31mred\nexample: 0112")
        let misread = try XCTUnwrap(doc.nodes(forXPath: "(//table)[1]/tbody/tr[1]/td[3]/@title").first?.stringValue)
        XCTAssertEqual(misread, "U0 reading U2: misread: status, owner\nexample: 0102")
        XCTAssertEqual(try doc.nodes(forXPath: "(//figure)[1]/ol/li").map(\.stringValue), [
            "U0 reading U2: misread: status, ownerexample, 2 bytes0102",
            "U1 reading U2: error: <script>alert(1)</script> & \\u001B[31mredexample, 2 bytes0112",
        ])
    }

    func testTextIsEscapedAndThePageIsSelfContained() throws {
        XCTAssertFalse(text.contains("<script"))
        XCTAssertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\u001B[31mred"))
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertFalse(text.contains("src="))
        XCTAssertFalse(text.contains("http"))
        XCTAssertFalse(text.contains("<link"))
        XCTAssertTrue(text.hasPrefix("<!DOCTYPE html>\n"))
        XCTAssertEqual(try Samples.xml(text).nodes(forXPath: "//ul[@class='legend']/li").count, 4)
        let hostile = MatrixHTML.render(Samples.matrix(), title: "<b>\"x\"</b>")
        XCTAssertTrue(hostile.contains("<title>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>"))
    }
}
