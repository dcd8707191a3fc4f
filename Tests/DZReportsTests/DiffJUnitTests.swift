import DZReportModel
@testable import DZReports
import Foundation
import FoundationXML
import XCTest

final class DiffJUnitTests: XCTestCase {
    let text = DiffJUnit.render(Samples.diff())

    func testItIsWellFormedXMLDespiteHostileValues() throws {
        _ = try Samples.xml(text)
        XCTAssertTrue(text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        XCTAssertFalse(text.contains("\u{1}") || text.contains("\u{FFFE}") || text.contains("\r"))
        XCTAssertFalse(text.contains("<script>"))
    }

    func testOneSuitePerAccountThenPolicy() throws {
        let doc = try Samples.xml(text)
        let root = try XCTUnwrap(doc.rootElement())
        XCTAssertEqual(root.name, "testsuites")
        XCTAssertEqual(root.attribute(forName: "tests")?.stringValue, "5")
        XCTAssertEqual(root.attribute(forName: "failures")?.stringValue, "3")
        XCTAssertEqual(root.attribute(forName: "time")?.stringValue, "3.250")
        let suites = try doc.nodes(forXPath: "/testsuites/testsuite").compactMap { $0 as? XMLElement }
        XCTAssertEqual(suites.map { $0.attribute(forName: "name")?.stringValue }, ["device", "user", "policy"])
        XCTAssertEqual(suites.map { $0.attribute(forName: "tests")?.stringValue }, ["2", "2", "1"])
        XCTAssertEqual(suites.map { $0.attribute(forName: "failures")?.stringValue }, ["1", "1", "1"])
        XCTAssertEqual(suites.map { $0.elements(forName: "testcase").count }, [2, 2, 1])
    }

    func testTestcasesAreNamedByFieldSituationAndPartition() throws {
        let doc = try Samples.xml(text)
        let names = try doc.nodes(forXPath: "//testsuite[@name='user']/testcase/@name").map(\.stringValue)
        XCTAssertEqual(names, ["status (enum value): program+go+ts | py", "(result) (truncation): program | go+ts | py"])
        let classnames = try doc.nodes(forXPath: "//testsuite[@name='user']/testcase/@classname").map(\.stringValue)
        XCTAssertEqual(classnames, ["user", "user"])
    }

    func testUnlistedGroupsFailWithTheExampleAndAcceptedOnesPass() throws {
        let doc = try Samples.xml(text)
        let failure = try XCTUnwrap(doc.nodes(forXPath: "//testsuite[@name='user']/testcase[1]/failure").first as? XMLElement)
        XCTAssertEqual(failure.attribute(forName: "message")?.stringValue, "unlisted divergence: program+go+ts | py on 256 inputs")
        let body = try XCTUnwrap(failure.stringValue)
        XCTAssertTrue(body.contains("hex: 0105ff"))
        XCTAssertTrue(body.contains("example: user@v7, user_v7 status=9 (3 bytes)"))
        XCTAssertTrue(body.contains("Python: " + Samples.hostileValue), "markup comes back exactly")
        let device = try XCTUnwrap(doc.nodes(forXPath: "//testsuite[@name='device']/testcase[1]/failure").first?.stringValue)
        XCTAssertTrue(device.hasSuffix("Python: a|b`c` \\u0001\\uFFFE\r"), "forbidden characters shown as escapes; CR survives as a reference")
        XCTAssertTrue(device.contains(Samples.longHex), "the whole example")
        XCTAssertEqual(try doc.nodes(forXPath: "//testsuite[@name='user']/testcase[2]/failure").count, 0)
        XCTAssertEqual(try doc.nodes(forXPath: "//testsuite[@name='user']/testcase[2]/system-out").first?.stringValue,
                       "accepted: Go and TS return a partial account <see docs/readers.md> & co")
    }

    func testStaleEntriesFailInThePolicySuite() throws {
        let doc = try Samples.xml(text)
        let testcase = try XCTUnwrap(doc.nodes(forXPath: "//testsuite[@name='policy']/testcase").first as? XMLElement)
        XCTAssertEqual(testcase.attribute(forName: "name")?.stringValue, "account=* field=interfaces[].* situation=* readers=program | go+ts+py")
        XCTAssertEqual(testcase.elements(forName: "failure").first?.stringValue, "reason: fixed in v0.4: 100% done, a,b:c\nsecond line")
    }

    func testAttributesKeepLineBreaks() throws {
        var report = Samples.diff()
        report.groups[0].field = "a\nb\tc\"d"
        let doc = try Samples.xml(DiffJUnit.render(report))
        XCTAssertEqual(try doc.nodes(forXPath: "//testsuite[@name='device']/testcase[1]/@name").first?.stringValue,
                       "a\nb\tc\"d (truncation): program | go+ts+py")
    }

    func testAnEmptyReportIsAnEmptyPolicySuite() throws {
        let doc = try Samples.xml(DiffJUnit.render(DiffReport(corpusSize: 0, seed: 0, readers: [], groups: [], staleEntries: [], oddCounts: [], seconds: 0)))
        XCTAssertEqual(try doc.nodes(forXPath: "/testsuites/testsuite/@name").map(\.stringValue), ["policy"])
        XCTAssertEqual(try doc.nodes(forXPath: "//testcase").count, 0)
    }
}
