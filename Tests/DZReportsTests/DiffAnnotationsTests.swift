@testable import DZReports
import Foundation
import XCTest

final class DiffAnnotationsTests: XCTestCase {
    let text = DiffAnnotations.render(Samples.diff())

    func testOneCommandPerUnlistedGroupAndStaleEntry() {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 3, "line breaks inside messages are escaped")
        XCTAssertTrue(lines[0].hasPrefix("::error title=Unlisted divergence%3A device.interfaces[].mtu (truncation)::readers: program | go+ts+py on 3 inputs%0A"))
        XCTAssertTrue(lines[1].hasPrefix("::error title=Unlisted divergence%3A user.status (enum value)::"))
        XCTAssertTrue(lines[2].hasPrefix("::warning title=Stale divergence-policy entry::No divergence matches account=* field=interfaces[].*"))
        XCTAssertFalse(text.contains("\r"))
        XCTAssertFalse(text.contains("\u{1}"))
        XCTAssertTrue(text.contains("Python: a|b`c` \\u0001\u{FFFE}%0D\n"), "other control characters shown, CR encoded")
    }

    func testMessagesDecodeBackToTheDescription() throws {
        let line = try XCTUnwrap(text.split(separator: "\n").dropFirst().first)
        let message = try XCTUnwrap(line.components(separatedBy: "::").last?.removingPercentEncoding)
        XCTAssertEqual(message, """
            readers: program+go+ts | py on 256 inputs
            example: user@v7, user_v7 status=9 (3 bytes)
            hex: 0105ff
            program: Activated
            Go: Activated
            TypeScript: Activated
            Python: \(Samples.hostileValue)
            """)
        XCTAssertTrue(text.contains("reason: fixed in v0.4: 100%25 done, a,b:c%0Asecond line"), "% escaped in data, , and : kept")
    }

    func testLongExamplesAreAbbreviated() {
        XCTAssertTrue(text.contains("hex: \(Samples.longHex.prefix(128))… (200 bytes)%0A"))
    }

    func testEscapingFollowsActionsCore() {
        XCTAssertEqual(DiffAnnotations.escapeData("100%\r\nx:y,z"), "100%25%0D%0Ax:y,z")
        XCTAssertEqual(DiffAnnotations.escapeProperty("100%\r\nx:y,z"), "100%25%0D%0Ax%3Ay%2Cz")
    }

    func testAPassingRunPrintsNothing() {
        XCTAssertEqual(DiffAnnotations.render(Samples.passingDiff()), "")
    }
}
