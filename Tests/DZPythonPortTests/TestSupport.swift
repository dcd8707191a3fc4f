import DZCodec
import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import DZPorts
import DZPythonPort
import DZTestSupport
import Foundation
import XCTest

let port = PythonPort()
let user = try! Registry.standard.resolve("user@v7")
let device = try! Registry.standard.resolve("device@v15")
let globalState = try! Registry.standard.resolve("global_state@v7")
let zeroKey = String(repeating: "1", count: 32)

func layout(_ reference: String) -> LayoutVersion { try! Registry.standard.resolve(reference) }

/// The decoded-value JSON of the contract (reader-contract.md §3) for `bytes` read as `version`.
func decoded(_ bytes: [UInt8], _ version: LayoutVersion) -> JSONValue { port.decodeToJSON(bytes, as: version) }

func u32(_ value: UInt32) -> [UInt8] { withUnsafeBytes(of: value.littleEndian, Array.init) }
func u16(_ value: UInt16) -> [UInt8] { withUnsafeBytes(of: value.littleEndian, Array.init) }
func u64(_ value: UInt64) -> [UInt8] { withUnsafeBytes(of: value.littleEndian, Array.init) }

func patched(_ bytes: [UInt8], at offset: Int, _ raw: [UInt8]) -> [UInt8] {
    var copy = bytes
    copy.replaceSubrange(offset..<(offset + raw.count), with: raw)
    return copy
}

func enumValue(_ value: Int64, _ label: String) -> JSONValue { .object(["value": .integer(value), "label": .string(label)]) }


/// A reference fixture's bytes (`user`, `device`, `device_legacy`, …).
func fixture(_ name: String) throws -> [UInt8] { try FileIO.read("\(try referenceDirectory())/\(name).bin") }

/// Assertions on whole results.
extension XCTestCase {
    /// The `ok` value; fails (and returns an empty object) on anything else.
    func ok(_ bytes: [UInt8], _ version: LayoutVersion, file: StaticString = #filePath, line: UInt = #line) -> JSONValue {
        let result = decoded(bytes, version)
        guard let value = result["ok"] else {
            XCTFail("expected ok, got \(JSONWriter.render(result, style: .compact))", file: file, line: line)
            return .object([:])
        }
        return value
    }

    func assertRaises(
        _ bytes: [UInt8], _ version: LayoutVersion, _ className: String, _ message: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(port.decode(bytes, as: version), .error(className: className, message: message), file: file, line: line)
    }

}
