import DZJSON
import DZReportModel
@testable import DZReports
import XCTest

final class DiffJSONTests: XCTestCase {
    func parsed(_ report: DiffReport = Samples.diff()) throws -> JSONValue {
        try JSONReader.parse(Array(DiffJSON.render(report).utf8), source: "diff.json")
    }

    func testKeysComeInAFixedOrder() throws {
        let root = try XCTUnwrap(parsed().objectValue)
        XCTAssertEqual(root.members.map(\.key), ["passes", "corpus_size", "seed", "seconds", "readers", "groups", "stale_entries", "odd_counts"])
        let group = try XCTUnwrap(root["groups"]?.arrayValue?.first?.objectValue)
        XCTAssertEqual(group.members.map(\.key), ["account", "field", "situation", "partition", "count", "status", "reason", "example"])
        XCTAssertEqual(group["example"]?.objectValue?.members.map(\.key), ["layout", "situation", "hex", "values"])
    }

    func testEveryFieldOfTheReportIsThere() throws {
        let root = try parsed()
        XCTAssertEqual(root["passes"], .bool(false))
        XCTAssertEqual(root["corpus_size"], .integer(190_000))
        XCTAssertEqual(root["seed"], .string("18446744073709551615"), "u64 as a string")
        XCTAssertEqual(root["seconds"], .real(3.25))
        XCTAssertEqual(root["readers"], .array(["program", "go", "ts", "py"].map(JSONValue.string)))
        let groups = try XCTUnwrap(root["groups"]?.arrayValue)
        XCTAssertEqual(groups.count, 4)
        XCTAssertEqual(groups[1]["partition"], .array([.array([.string("program"), .string("go"), .string("ts")]), .array([.string("py")])]))
        XCTAssertEqual(groups[1]["status"], .string("unlisted"))
        XCTAssertEqual(groups[1]["reason"], .null)
        XCTAssertEqual(groups[1]["count"], .integer(256))
        XCTAssertEqual(groups[1]["example"]?["values"]?.arrayValue?.last,
                       .object(["reader": .string("py"), "value": .string(Samples.hostileValue)]))
        XCTAssertEqual(groups[0]["example"]?["values"]?.arrayValue?.last?["value"], .string(Samples.controlValue), "strings round-trip exactly")
        XCTAssertEqual(groups[0]["example"]?["hex"], .string(Samples.longHex))
        XCTAssertEqual(groups[2]["status"], .string("accepted"))
        XCTAssertEqual(groups[2]["reason"], .string("TS decodes invalid UTF-8 with U+FFFD | as does Go"))
        XCTAssertEqual(root["stale_entries"], .array([.object([
            "account": .string("*"), "field": .string("interfaces[].*"), "situation": .string("*"),
            "readers": .string("program | go+ts+py"), "reason": .string("fixed in v0.4: 100% done, a,b:c\nsecond line"),
        ])]))
    }

    func testOddCountsAreSortedAndMerged() throws {
        let odd = try XCTUnwrap(parsed()["odd_counts"]?.arrayValue)
        XCTAssertEqual(odd.map { "\($0["account"]!.stringValue!) \($0["reader"]!.stringValue!) \($0["situation"]!.stringValue!) \($0["count"]!.integerValue!)" }, [
            "device go string\ncontent \"x\"\\ 40",
            "device go truncation 3",
            "device ts truncation 3",
            "user py enum value 260",
        ])
    }

    func testCompactStyleIsOneLine() {
        XCTAssertFalse(DiffJSON.render(Samples.diff(), style: .compact).contains("\n"))
    }
}
