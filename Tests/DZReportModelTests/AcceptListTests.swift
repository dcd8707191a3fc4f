import DZReportModel
import XCTest

final class AcceptListTests: XCTestCase {
    private func list(_ entries: String, oneOf: [String] = []) throws -> AcceptList {
        try AcceptList(json: Array(#"{"schema": "s/1", "accepted": [\#(entries)]}"#.utf8), path: "list.json", schema: "s/1",
                       keys: ["account"], oneOf: oneOf)
    }

    func testGlobMatchesAnyRunOfCharactersAtEachStar() {
        XCTAssertTrue(AcceptList.glob("*", ""))
        XCTAssertTrue(AcceptList.glob("interfaces[].*", "interfaces[].mtu"))
        XCTAssertTrue(AcceptList.glob("a*b*c", "a-b-b-c"))
        XCTAssertFalse(AcceptList.glob("a*b*c", "a-c-b"))
        XCTAssertFalse(AcceptList.glob("ab*ba", "aba"), "the prefix and the suffix may not overlap")
        XCTAssertFalse(AcceptList.glob("user", "users"), "without a star, only the text itself")
    }

    func testAnEntryAcceptsWhenEveryPatternMatches() throws {
        let entry = try XCTUnwrap(try list(#"{"account": "user*", "reason": "r"}"#).entries.first)
        XCTAssertEqual(entry, AcceptList.Entry(patterns: ["account": "user*"], reason: "r"))
        XCTAssertTrue(AcceptList.accepts(entry.patterns, ["account": "user", "field": "x"]))
        XCTAssertFalse(AcceptList.accepts(entry.patterns, ["account": "device"]))
        XCTAssertFalse(AcceptList.accepts(["field": "?"], ["account": "user"]), "a missing value matches only an empty pattern")
    }

    func testErrorsNameTheFileTheEntryAndTheKey() {
        XCTAssertThrowsError(try list(#"{"account": "*"}"#)) {
            XCTAssertEqual($0 as? PolicyError, .entry(path: "list.json", index: 0, key: "reason", reason: "missing"))
        }
        XCTAssertThrowsError(try list(#"{"account": 3, "reason": "r"}"#)) {
            XCTAssertEqual($0 as? PolicyError, .entry(path: "list.json", index: 0, key: "account", reason: "expected a non-empty string, found integer"))
        }
        XCTAssertThrowsError(try list(#"{"account": "*", "reason": "r"}"#, oneOf: ["readers", "release"])) {
            XCTAssertEqual($0 as? PolicyError, .entry(path: "list.json", index: 0, key: "readers|release", reason: "missing: one of them is needed"))
        }
        XCTAssertThrowsError(try list(#"{"account": "*", "readers": "*", "release": "py@0.0.2", "reason": "r"}"#, oneOf: ["readers", "release"])) {
            XCTAssertEqual($0 as? PolicyError, .entry(path: "list.json", index: 0, key: "readers|release", reason: "only one of them may be given"))
        }
        XCTAssertThrowsError(try AcceptList(json: Array(#"{"schema": "t/1", "accepted": []}"#.utf8), path: "list.json", schema: "s/1", keys: [])) {
            XCTAssertEqual($0 as? PolicyError, .schema(path: "list.json", found: "t/1", expected: "s/1"))
        }
    }
}
