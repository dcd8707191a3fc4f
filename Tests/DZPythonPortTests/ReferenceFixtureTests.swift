import DZCodec
import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import DZPorts
import DZTestSupport
import XCTest

/// The reference fixtures decode to the values in their .json (docs/readers.md §9), field by field.
final class ReferenceFixtureTests: XCTestCase {
    /// Where the SDK differs from the fixture JSON, which states the Rust program's view: the SDK
    /// rebuilds by copying the V1 element (mtu 0); Rust widens V1 with mtu 9000 (docs/readers.md §3.3).
    private let sdkDifferences = ["device_legacy": ["NewInterface0Mtu": "0"]]

    /// fixture name -> (`name` in its JSON, the layout the SDK reads it with)
    private let fixtures: [(String, String, LayoutVersion)] = [
        ("user", "User", user), ("global_state", "GlobalState", globalState), ("device", "Device", device),
        ("device_legacy", "DeviceLegacy", device), ("device_future_version", "DeviceFutureVersion", device),
    ]

    func testEveryFixtureValue() throws {
        let directory = try referenceDirectory()
        for (name, title, version) in fixtures {
            guard case .ok(let record) = port.decode(try fixture(name), as: version) else {
                XCTFail("\(name) does not decode"); continue
            }
            // The port's values in the fixture format (`Interface0Name`, `FeedPksLen`, enums as numbers).
            let ours = FixtureJSON(name: title, accountType: 0).document(record, version)
            var values: [String: String] = [:]
            for entry in ours["fields"]?.arrayValue ?? [] {
                if let key = entry["name"]?.stringValue { values[key] = entry["value"]?.stringValue }
            }
            let expected = try JSONReader.parse(try FileIO.read("\(directory)/\(name).json"), source: name)
            XCTAssertEqual(expected["name"], .string(title))
            let entries = expected["fields"]?.arrayValue ?? []
            XCTAssertGreaterThan(entries.count, 10, name)
            for entry in entries {
                let key = try XCTUnwrap(entry["name"]?.stringValue)
                let want = sdkDifferences[name]?[key] ?? entry["value"]?.stringValue
                XCTAssertEqual(values[key], want, "\(name) \(key)")
            }
        }
    }

    func testTheListedDifferencesAreReal() throws {
        for (name, fields) in sdkDifferences {
            let expected = try JSONReader.parse(try FileIO.read("\(try referenceDirectory())/\(name).json"), source: name)
            for (field, value) in fields {
                let entry = expected["fields"]?.arrayValue?.first { $0["name"]?.stringValue == field }
                XCTAssertNotNil(entry, field)
                XCTAssertNotEqual(entry?["value"]?.stringValue, value, field)
            }
        }
    }

    func testCommittedFixturesOfEveryVersionDecode() throws {
        // fixtures/<account>_v<N>.bin is that version's sample: each decodes with its own layout.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures").path
        var decodedCount = 0
        for account in Registry.standard.accounts {
            guard case .account = account.kind else { continue }
            for version in account.versions {
                let path = "\(root)/\(account.name)_\(version.id).bin"
                guard let bytes = try FileIO.readIfPresent(path) else { continue }
                switch port.decode(bytes, as: version) {
                case .ok: decodedCount += 1
                // No reader: the SDK has none (Index).
                case .error(className: "NoReader", _) where Self.noReader.contains(account.name): continue
                case let other: XCTFail("\(account.name)_\(version.id).bin: \(other)")
                }
            }
        }
        XCTAssertGreaterThan(decodedCount, 30)
    }

    /// NoReader answers: Index and ResourceExtension (state.py has no class for them; it reads every other
    /// account type).
    static let noReader: Set<String> = ["index", "resource_extension"]
}
