import DZPorts
import XCTest

final class ReaderIDTests: XCTestCase {
    func testEveryNameReadsBackAsItself() throws {
        let names = ReaderID.allCases.map(\.rawValue) + SDK.allCases.map { "\($0.rawValue)@0.0.2" }
        for name in names {
            XCTAssertEqual(try XCTUnwrap(ReaderID(rawValue: name), name).rawValue, name)
        }
        XCTAssertEqual(ReaderID.allCases.map(\.rawValue), ["program"] + SDK.allCases.map(\.rawValue))
        for text in ["", "programme", "rust", "py@", "@0.0.2", "rust@1"] {
            XCTAssertNil(ReaderID(rawValue: text), text)
        }
    }

    func testAReleaseNamesItsSDKAndVersion() throws {
        let release = try XCTUnwrap(ReaderID(rawValue: "py@0.0.3"))
        XCTAssertEqual(release.origin, .release(.py, version: "0.0.3"))
        XCTAssertTrue(release.isRelease)
        XCTAssertEqual(release.sdk, .py)
        XCTAssertFalse(ReaderID.py.isRelease)
        XCTAssertEqual(ReaderID.py.sdk, .py)
        XCTAssertNil(ReaderID.program.sdk)
    }

    /// Report order: the program, the ports in SDK order, then releases by SDK and version number
    /// (0.0.10 after 0.0.9, which text order would not give).
    func testReportOrder() throws {
        let names = ["py@0.0.10", "go@1.0", "py", "py@0.0.9", "program", "ts", "go"]
        let sorted = try names.map { try XCTUnwrap(ReaderID(rawValue: $0)) }.sorted().map(\.rawValue)
        XCTAssertEqual(sorted, ["program", "go", "ts", "py", "go@1.0", "py@0.0.9", "py@0.0.10"])
    }
}
