import DZCodec
import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import Foundation
import XCTest

final class FixtureFilesTests: XCTestCase {
    func files() throws -> [(name: String, bytes: [UInt8])] {
        FixtureFiles.files(try FixtureCatalogue().build(), registry: .standard)
    }

    func testGenerationIsDeterministic() throws {
        let first = try files(), second = try files()
        XCTAssertEqual(first.map(\.name), second.map(\.name))
        XCTAssertEqual(first.map(\.bytes), second.map(\.bytes))
        XCTAssertGreaterThanOrEqual(first.count, 99)
    }

    /// The committed fixtures/ is what the generator writes today.
    func testCommittedFixturesAreUpToDate() throws {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let report = try DirectoryWriter(directory: "\(root)/fixtures", keeping: FixtureFiles.handWritten).check(try files())
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
}
