import DZCodec
import DZFileIO
@testable import DZFixtures
import DZJSON
import DZLayouts
import Foundation
import XCTest

final class FixtureJSONReaderTests: XCTestCase {
    let fixtures = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures").path

    /// Every committed fixture reads back, and every value renders to exactly the text it was read from.
    func testEveryCommittedFixtureReadsBack() throws {
        // layouts.json and the gate's lock are registries, not fixtures.
        let names = FileIO.listDirectory(fixtures).filter {
            $0.hasSuffix(".json") && $0 != "layouts.json" && !FixtureFiles.handWritten.contains($0)
        }
        XCTAssertGreaterThanOrEqual(names.count, 49)
        var builderForms = 0
        for name in names {
            let path = "\(fixtures)/\(name)"
            // An instruction builder's fixture (`ix_*.json`) is another document: program id, variant, data, metas.
            let parsed = try JSONReader.parse(FileIO.read(path), source: name)
            if parsed["program_id"] != nil {
                XCTAssertNotNil(parsed["data_hex"]?.stringValue, name)
                XCTAssertNotNil(parsed["accounts"]?.arrayValue, name)
                builderForms += 1
                continue
            }
            let document = try FixtureJSONReader.read(try FileIO.read(path), file: path)
            let raw = try XCTUnwrap(try JSONReader.parse(FileIO.read(path), source: name)["fields"]?.arrayValue)
            XCTAssertEqual(document.fields.count, raw.count, name)
            for (entry, item) in zip(document.fields, raw) {
                XCTAssertEqual(entry.name, item["name"]?.stringValue, name)
                XCTAssertEqual(FixtureJSON.text(entry.value), item["value"]?.stringValue, "\(name): \(entry.name)")
                XCTAssertEqual(FixtureJSON.typ(entry.type), item["typ"]?.stringValue, "\(name): \(entry.name)")
            }
        }
        XCTAssertLessThan(builderForms, names.count / 2, "most fixtures are field lists")
        let user = try FixtureJSONReader.read(try FileIO.read("\(fixtures)/user.json"), file: "user.json")
        XCTAssertEqual(user.name, "User")
        XCTAssertEqual(user.accountType, 7)
        XCTAssertEqual(user.fields.first, .init(name: "AccountType", type: .u8, value: .uint(7)))
    }

    func testErrorsNameTheFileTheEntryAndTheKey() {
        let cases: [(String, FixtureJSONError)] = [
            ("[]", .document(file: "f.json", key: "(root)", reason: "expected an object, found array")),
            (#"{"account_type": 1, "fields": []}"#, .document(file: "f.json", key: "name", reason: "missing")),
            (#"{"name": 3, "account_type": 1, "fields": []}"#,
             .document(file: "f.json", key: "name", reason: "expected a string, found integer")),
            (#"{"name": "X", "account_type": 256, "fields": []}"#,
             .document(file: "f.json", key: "account_type", reason: "expected an integer 0...255, found 256")),
            (#"{"name": "X", "account_type": 1, "fields": {}}"#,
             .document(file: "f.json", key: "fields", reason: "expected an array, found object")),
            (#"{"name": "X", "account_type": 1, "fields": [null]}"#,
             .entry(file: "f.json", index: 0, key: "(entry)", reason: "expected an object, found null")),
            (#"{"name": "X", "account_type": 1, "fields": [{"name": "A", "typ": "u8"}]}"#,
             .entry(file: "f.json", index: 0, key: "value", reason: "missing")),
            (#"{"name": "X", "account_type": 1, "fields": [{"name": "A", "value": "1", "typ": "u8"}, {"name": "B", "value": "256", "typ": "u8"}]}"#,
             .entry(file: "f.json", index: 1, key: "value", reason: "'256' is not a valid u8")),
            (#"{"name": "X", "account_type": 1, "fields": [{"name": "A", "value": "1", "typ": "vec"}]}"#,
             .entry(file: "f.json", index: 0, key: "typ", reason: "unknown type 'vec'")),
            (#"{"name": "X", "account_type": 1, "fields": [{"name": "A", "value": "0OIl", "typ": "pubkey"}]}"#,
             .entry(file: "f.json", index: 0, key: "value", reason: "'0OIl' is not a valid pubkey")),
            (#"{"name": "X", "account_type": 1, "fields": [{"name": "A", "value": "-1", "typ": "u64"}]}"#,
             .entry(file: "f.json", index: 0, key: "value", reason: "'-1' is not a valid u64")),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try FixtureJSONReader.read(Array(text.utf8), file: "f.json"), text) { error in
                XCTAssertEqual(error as? FixtureJSONError, expected, text)
            }
        }
    }

    func testSyntaxErrorsAreTyped() {
        XCTAssertThrowsError(try FixtureJSONReader.read(Array("{\"name\":".utf8), file: "cut.json")) { error in
            guard case .json(.syntax(let source, _, _, _, _))? = error as? FixtureJSONError else { return XCTFail("\(error)") }
            XCTAssertEqual(source, "cut.json")
        }
    }
}
