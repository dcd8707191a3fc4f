import DZGate
import DZJSON
import DZLayouts
import XCTest

/// The text and JSON forms of a report. Run with the program reader only, so that they do not depend on
/// the SDK ports.
final class GateReportRenderingTests: XCTestCase {
    private var programOnly: GateOptions {
        var options = GateOptions()
        options.readers = [.program]
        return options
    }

    private var report: GateReport {
        let working = editing("global_state") { version in
            version.fields.insert(Field("epoch", .u64), at: 4)
            version.fields[version.fields.count - 1].name = "feed_authority"
        }
        return Gate.compare(baseline: standard, working: working, baselineName: "fixtures/layouts.lock.json", options: programOnly)
    }

    func testTheTextHasOneBlockPerFindingAndRenamesLast() {
        let text = report.render(.text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "dzcompat gate: working tree against fixtures/layouts.lock.json")
        XCTAssertTrue(lines.contains("FAIL global_state.epoch: insert (global_state@v7 (G7) → global_state@v8 (G7+edit)): breaking"), text)
        XCTAssertTrue(lines.contains("  change: epoch (u64, 8 B) inserted before device_allowlist"), text)
        XCTAssertTrue(lines.contains("  readers affected: program"), text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("    hex: 01") }, "the example input, whole, in hex")
        XCTAssertTrue(lines.contains { $0.hasPrefix("    program: ") })
        guard let renames = lines.firstIndex(of: "Renames (binary-compatible; the fixture JSON names change):") else {
            return XCTFail("no renames section:\n\(text)")
        }
        XCTAssertTrue(lines[renames + 1].hasPrefix("ok   global_state.feed_authority: rename"), lines[renames + 1])
        XCTAssertEqual(lines.last, "result: FAIL (2 findings, 1 failing)")
    }

    func testTheJSONCarriesEveryFindingField() throws {
        let json = try JSONReader.parse(Array(report.render(.json).utf8), source: "gate")
        XCTAssertEqual(json["schema"], .string("dzcompat-gate/1"))
        XCTAssertEqual(json["passes"], .bool(false))
        let findings = try XCTUnwrap(json["findings"]?.arrayValue)
        XCTAssertEqual(findings.count, 2)
        let insert = findings[0]
        XCTAssertEqual(insert["account"], .string("global_state"))
        XCTAssertEqual(insert["field"], .string("epoch"))
        XCTAssertEqual(insert["kind"], .string("insert"))
        XCTAssertEqual(insert["verdict"], .string("breaking"))
        XCTAssertEqual(insert["fails"], .bool(true))
        XCTAssertEqual(insert["affected"], .array([.string("program")]))
        XCTAssertEqual(insert["acknowledgement"], .null)
        let example = try XCTUnwrap(insert["examples"]?.arrayValue?.first)
        let hex = try XCTUnwrap(example["hex"]?.stringValue)
        XCTAssertTrue(hex.count % 2 == 0 && hex.allSatisfy(\.isHexDigit) && hex.hasPrefix("01"))
        XCTAssertEqual(example["readings"]?.arrayValue?.first?["reader"], .string("program"))
        XCTAssertEqual(findings[1]["verdict"], .string("rename"))
        XCTAssertEqual(findings[1]["fails"], .bool(false))
    }

    func testNoChangesPass() {
        let report = Gate.compare(baseline: standard, working: standard)
        XCTAssertTrue(report.passes)
        XCTAssertEqual(report.exitCode, 0)
        XCTAssertEqual(report.render(.text), "dzcompat gate: working tree against baseline\n\nresult: pass (no layout changes)")
    }
}
