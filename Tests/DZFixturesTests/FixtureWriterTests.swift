import DZCodec
import DZFixtures
import DZJSON
import DZLayouts
import Foundation
import XCTest

final class FixtureWriterTests: XCTestCase {
    var directory = ""

    override func setUp() {
        directory = NSTemporaryDirectory() + "dzcompat-fixtures-\(UUID().uuidString)"
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: directory) }

    func files() throws -> [(name: String, bytes: [UInt8])] {
        FixtureWriter.files(try FixtureCatalogue().build(), registry: .standard)
    }

    func testGenerationIsDeterministic() throws {
        let first = try files(), second = try files()
        XCTAssertEqual(first.map(\.name), second.map(\.name))
        XCTAssertEqual(first.map(\.bytes), second.map(\.bytes))
        XCTAssertGreaterThanOrEqual(first.count, 99)
    }

    func testWriteThenCheckIsCleanAndASecondWriteChangesNothing() throws {
        let writer = FixtureWriter(directory: directory)
        let written = try writer.write(try files())
        XCTAssertEqual(written.missing.count, written.total)
        XCTAssertTrue(try writer.check(try files()).isClean)
        let again = try writer.write(try files())
        XCTAssertTrue(again.changed.isEmpty && again.missing.isEmpty)
        XCTAssertFalse(FileIO.listDirectory(directory).contains { $0.contains(OutputFile.temporaryMark) }, "no temporary file is left")
    }

    func testCheckNamesEveryStaleMissingAndUnexpectedFile() throws {
        let writer = FixtureWriter(directory: directory)
        _ = try writer.write(try files())
        try OutputFile.write([1, 2, 3], to: "\(directory)/user.bin")
        try FileManager.default.removeItem(atPath: "\(directory)/device_v3.json")
        try OutputFile.write([], to: "\(directory)/leftover.bin")
        let report = try writer.check(try files())
        XCTAssertEqual(report.changed, ["user.bin"])
        XCTAssertEqual(report.missing, ["device_v3.json"])
        XCTAssertEqual(report.unexpected, ["leftover.bin"])
    }

    /// The committed fixtures/ is what the generator writes today.
    func testCommittedFixturesAreUpToDate() throws {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let report = try FixtureWriter(directory: "\(root)/fixtures").check(try files())
        XCTAssertTrue(report.isClean, "stale: \(report.changed), missing: \(report.missing), unexpected: \(report.unexpected)")
    }

    func testFixtureJSONIsUpstreamShaped() throws {
        let fixture = try XCTUnwrap(try FixtureCatalogue().build().first { $0.stem == "user_v3_after_bgp_up" })
        XCTAssertFalse(fixture.json.hasSuffix("\n"), "serde's pretty printer writes no trailing newline")
        let document = try JSONReader.parse(Array(fixture.json.utf8), source: fixture.stem)
        XCTAssertEqual(document.objectValue?.members.map(\.key), ["name", "account_type", "fields"])
        let fields = try XCTUnwrap(document["fields"]?.arrayValue)
        XCTAssertTrue(fields.allSatisfy { $0.objectValue?.members.map(\.key) == ["name", "value", "typ"] })
        XCTAssertTrue(fields.allSatisfy { $0["value"]?.stringValue != nil }, "every value is a string")
        let byName = Dictionary(uniqueKeysWithValues: fields.map { ($0["name"]!.stringValue!, $0["value"]!.stringValue!) })
        XCTAssertEqual(byName["BgpStatus"], "1")
        XCTAssertEqual(byName["LastBgpUpAt"], "1700000200")
        XCTAssertEqual(byName["FeedPksLen"], "0")
    }

    func testMalformedJSONNamesTheSourceAndPosition() {
        XCTAssertThrowsError(try JSONReader.parse(Array("{\"a\": [1,\n 2,,]}".utf8), source: "policy.json")) { error in
            guard case .syntax(let source, let line, _, _, _)? = error as? JSONDecodingError else { return XCTFail("\(error)") }
            XCTAssertEqual(source, "policy.json")
            XCTAssertEqual(line, 2)
        }
        XCTAssertThrowsError(try JSONReader.parse(Array(String(repeating: "[", count: 100_000).utf8), source: "deep.json"))
    }
}
