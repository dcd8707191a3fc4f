import DZFileIO
import DZFixtures
import DZGoPort
import DZJSON
import DZLayouts
import DZTestSupport
import XCTest

/// Each upstream reference fixture decodes to every value its .json lists, looked up by the upstream
/// names (`XLen`, `X0`, `X0Name`), as the SDK fixture tests do (docs/readers.md §9).
final class GoReferenceFixtureTests: XCTestCase {
    /// Where the .json states the Rust value and the Go SDK gives another: a rebuilt V1 entry keeps
    /// mtu 0 in the SDKs; Rust widens it to 9000.
    private let deviations = ["device_legacy NewInterface0Mtu": "0"]

    func testReferenceFixturesDecodeToTheirJSONValues() throws {
        let directory = try referenceDirectory()
        let cases = [("user", "user@v7"), ("global_state", "global_state@v7"), ("device", "device@v15"),
                     ("device_legacy", "device@v15"), ("device_future_version", "device@v15")]
        for (name, reference) in cases {
            let decoded = decoded(try FileIO.read("\(directory)/\(name).bin"), reference)
            var flat: [String: JSONValue] = [:]
            flatten(layout(reference).fields, decoded, prefix: "", into: &flat)
            let expected = try JSONReader.parse(try FileIO.read("\(directory)/\(name).json"), source: name)
            let fields = try XCTUnwrap(expected["fields"]?.arrayValue)
            XCTAssertFalse(fields.isEmpty)
            for entry in fields {
                let fieldName = try XCTUnwrap(entry["name"]?.stringValue)
                let want = deviations["\(name) \(fieldName)"] ?? entry["value"]?.stringValue
                guard let got = flat[fieldName] else {
                    XCTFail("\(name): \(fieldName) not produced")
                    continue
                }
                XCTAssertEqual(fixtureText(got, typ: entry["typ"]?.stringValue), want, "\(name): \(fieldName)")
            }
            if reference.hasPrefix("device") { XCTAssertEqual(decoded["deserialize_error"], .null, name) }
        }
    }

    /// Names decoded values the way the upstream fixture JSON does.
    private func flatten(_ fields: [Field], _ object: JSONObject, prefix: String, into flat: inout [String: JSONValue]) {
        for field in fields {
            let value = object[field.name] ?? .null
            guard case .vec(let element) = field.type else {
                flat[prefix + field.jsonName] = value
                continue
            }
            let items = value.arrayValue ?? []
            flat[prefix + field.jsonName + "Len"] = .integer(Int64(items.count))
            for (index, item) in items.enumerated() {
                let itemPrefix = prefix + field.jsonElementName + String(index)
                guard let members = item.objectValue else {
                    flat[itemPrefix] = item
                    continue
                }
                flat[itemPrefix + "Size"] = members["size"]
                flat[itemPrefix + "Version"] = members["version"]
                flatten(Self.elementFields(element), members, prefix: itemPrefix, into: &flat)
            }
        }
    }

    private static func elementFields(_ type: FieldType) -> [Field] {
        switch type {
        case .structure(let fields): fields
        case .tagged(let tagged): tagged.fields
        case .sized(let sized): sized.fields
        default: []
        }
    }

    /// A decoded value as the fixture .json writes it: enums by number, Go's swapped u128 put back
    /// together, strings decoded from hex.
    private func fixtureText(_ value: JSONValue, typ: String?) -> String {
        switch value {
        case .object(let members):
            if let raw = members["value"]?.integerValue { return String(raw) }
            let high = UInt128(members["High"]?.stringValue ?? "") ?? 0
            let low = UInt128(members["Low"]?.stringValue ?? "") ?? 0
            return String(high + low << 64)
        case .string(let text) where typ == "string":
            let digits = Array(text.utf8)
            let bytes = stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16)! }
            return String(decoding: bytes, as: UTF8.self)
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .bool(let flag): return String(flag)
        default: return JSONWriter.render(value, style: .compact)
        }
    }
}
