import DZGate
import DZLayouts
import DZRustSource
import Foundation
import XCTest

/// `gate --rust DIR --against REV` on a two-commit repository made here, and registry drift.
final class GateOnSourceTests: XCTestCase {
    private var repository = ""

    override func setUpWithError() throws {
        repository = NSTemporaryDirectory() + "dz-rust-gate-\(ProcessInfo.processInfo.globallyUniqueString)"
        try FileManager.default.createDirectory(atPath: repository + "/src/state", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: repository)
    }

    private func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repository, "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"] + arguments
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments)")
    }

    private func commit(_ fields: [(name: String, type: String)]) throws {
        try accountTypeSource.write(toFile: repository + "/src/state/accounttype.rs", atomically: true, encoding: .utf8)
        try widgetSource(fields).write(toFile: repository + "/src/state/widget.rs", atomically: true, encoding: .utf8)
        try git("add", "-A")
        try git("commit", "-q", "-m", "widget")
    }

    private func imported(_ files: [RustSourceFile], label: String) throws -> Registry {
        var options = RustImportOptions()
        options.label = label
        return try RustImporter(options: options).importProgram(files).registry
    }

    func testMoveInsertAppendAndRetypeBetweenTwoCommits() throws {
        try git("init", "-q")
        try commit([("account_type", "AccountType"), ("owner", "Pubkey"), ("count", "u16"), ("limit", "u16"), ("code", "String"),
                    ("seen", "u64")])
        try commit([("account_type", "AccountType"), ("owner", "Pubkey"), ("flags", "u8"), ("count", "u32"), ("code", "String"),
                    ("limit", "u16"), ("seen", "u64"), ("extra", "u64")])
        let directory = repository + "/src"
        let baseline = try imported(try RustSourceFile.load(directory: directory, revision: "HEAD~1"), label: "HEAD~1")
        let working = try imported(try RustSourceFile.load(directory: directory), label: "working tree")
        XCTAssertEqual(baseline.account("widget")?.current.fields.map(\.name), ["account_type", "owner", "count", "limit", "code", "seen"])

        let report = Gate.compare(baseline: baseline, working: working)
        let found = report.findings.map { "\($0.kind.rawValue) \($0.field) \($0.verdict.rawValue)" }
        XCTAssertEqual(Set(found), [
            "insert flags breaking", "resize count breaking", "reorder limit breaking", "append extra compatible",
        ], "\(found)")
        XCTAssertFalse(report.passes)
        for finding in report.findings where finding.verdict == .breaking {
            XCTAssertTrue(finding.affected.contains(.program), "\(finding.kind) affects the program's own reader")
            XCTAssertFalse(finding.examples.isEmpty, "\(finding.kind) comes with an example input")
        }
        XCTAssertEqual(report.findings.first?.fromVersion, "widget@v0 (HEAD~1)")

        // The same source at both ends: nothing to report.
        XCTAssertTrue(Gate.compare(baseline: working, working: working).findings.isEmpty)
    }

    func testAnUnknownRevisionIsAnInputError() throws {
        try git("init", "-q")
        try commit([("account_type", "AccountType")])
        XCTAssertThrowsError(try RustSourceFile.load(directory: repository + "/src", revision: "no-such-rev")) { error in
            XCTAssertEqual(error as? GateInputError, .unknownRevision("no-such-rev"))
        }
        XCTAssertThrowsError(try RustSourceFile.load(directory: repository + "/src", revision: "--output=x")) { error in
            XCTAssertEqual(error as? GateInputError, .unknownRevision("--output=x"))
        }
    }

    func testRegistryDriftNamesEachDifference() throws {
        try git("init", "-q")
        try commit([("account_type", "AccountType"), ("owner", "Pubkey"), ("count", "u32"), ("extra", "u8")])
        let source = try imported(try RustSourceFile.load(directory: repository + "/src"), label: "source")
        let registered = LayoutVersion(
            account: "widget", id: "v3", label: "W3", commit: "", date: "", summary: "",
            fields: [Field("account_type", .enumeration("AccountType")), Field("owner", .pubkey, json: "OwnerKey"), Field("count", .u16)],
            rules: [])
        let gadget = LayoutVersion(account: "gadget", id: "v0", label: "G0", commit: "", date: "", summary: "", fields: [], rules: [])
        let gizmo = LayoutVersion(account: "gizmo", id: "v0", label: "Z0", commit: "", date: "", summary: "", fields: [], rules: [])
        let registry = Registry(
            accounts: [AccountLayouts(name: "widget", title: "Widget", kind: .account(type: 3), versions: [registered]),
                       AccountLayouts(name: "gadget", title: "Gadget", kind: .account(type: 4), versions: [gadget]),
                       AccountLayouts(name: "gizmo", title: "Gizmo", kind: .account(type: 5), versions: [gizmo],
                                      removed: Removal("abcdef123", "2026-01-01", "dropped"))],
            enums: [EnumDefinition("AccountType", default: 0, [(0, "None"), (1, "Config"), (3, "Widget"), (4, "Gadget")])])
        let drift = RegistryDrift(registry: registry, source: source)
        XCTAssertTrue(drift.hasDrift)
        XCTAssertEqual(drift.entries.map(\.account), ["widget", "gadget", "gizmo", "enum AccountType"])
        XCTAssertEqual(drift.entries[0].differences, [
            "append extra: extra (u8, 1 B) appended", "resize count: u16, 2 B → u32, 4 B",
        ], "the fixture JSON name OwnerKey is not in the source and is not compared")
        XCTAssertEqual(drift.entries[1].differences, ["Gadget is not in the source"])
        XCTAssertEqual(drift.entries[2].differences, [], "the registry records Gizmo as removed: its absence is no drift")
        XCTAssertEqual(drift.entries[2].summary, "not in the source: removed at abcdef123, as the registry records")
        XCTAssertEqual(drift.entries[3].differences, ["4 Gadget: only in the registry"])
        // `--account widget`: the accounts left out of the import are not reported missing from it.
        let widgetOnly = RegistryDrift(registry: registry, source: source, only: ["widget"])
        XCTAssertEqual(widgetOnly.entries.map(\.account), ["widget", "enum AccountType"])

        let equal = Registry(accounts: [AccountLayouts(name: "widget", title: "Widget", kind: .account(type: 3),
                                                      versions: source.account("widget")!.versions)], enums: source.enumDefinitions)
        let none = RegistryDrift(registry: equal, source: source)
        XCTAssertFalse(none.hasDrift)
        XCTAssertEqual(none.entries.first?.summary, "fields equal (4 fields)")
    }
}
