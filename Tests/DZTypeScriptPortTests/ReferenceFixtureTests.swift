import DZCodec
import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import DZTestSupport
import XCTest

/// The reference fixtures decode to the values in their .json, compared field by field in the upstream
/// naming (ipv4 and networkv4 included, which the SDK's own test skips).
final class ReferenceFixtureTests: XCTestCase {
    /// Where TS knowingly differs from the generator: the rebuilt copy of a V1 legacy entry keeps mtu 0.
    private let sdkValues: [String: [String: String]] = ["device_legacy": ["NewInterface0Mtu": "0"]]

    func testTheReferenceFixturesDecodeToTheirJSON() throws {
        let directory = try referenceDirectory()
        let cases = [("user", "user@v7"), ("device", "device@v15"), ("device_legacy", "device@v15"),
                     ("device_future_version", "device@v15"), ("global_state", "global_state@v7")]
        for (name, reference) in cases {
            let expected = try JSONReader.parse(try FileIO.read("\(directory)/\(name).json"), source: name)
            let record = try ok(try FileIO.read("\(directory)/\(name).bin"), reference)
            let flat = FixtureJSON(name: name, accountType: 0).document(record, layout(reference))["fields"]?.arrayValue ?? []
            var decoded: [String: String] = [:]
            for entry in flat { decoded[entry["name"]?.stringValue ?? ""] = entry["value"]?.stringValue }
            let fields = try XCTUnwrap(expected["fields"]?.arrayValue, name)
            XCTAssertFalse(fields.isEmpty, name)
            for field in fields {
                let key = try XCTUnwrap(field["name"]?.stringValue)
                XCTAssertEqual(decoded[key], sdkValues[name]?[key] ?? field["value"]?.stringValue, "\(name): \(key)")
            }
        }
    }
}
