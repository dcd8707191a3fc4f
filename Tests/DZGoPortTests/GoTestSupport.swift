import DZFileIO
import DZFixtures
import DZGoPort
import DZJSON
import DZLayouts
import DZTestSupport
import Foundation
import XCTest

let port = GoPort()

func layout(_ reference: String) -> LayoutVersion { try! Registry.standard.resolve(reference) }

/// The decoded-value form, as `dzcompat batch --sdk go` prints it.
func goJSON(_ bytes: [UInt8], _ reference: String) -> JSONValue { port.decodeToJSON(bytes, as: layout(reference)) }

/// The `ok` object of a decode; fails the test (and gives an empty object) for an error or a fatal.
func decoded(_ bytes: [UInt8], _ reference: String, file: StaticString = #filePath, line: UInt = #line) -> JSONObject {
    let result = goJSON(bytes, reference)
    guard let object = result["ok"]?.objectValue else {
        XCTFail("\(reference): expected a value, got \(JSONWriter.render(result, style: .compact))", file: file, line: line)
        return JSONObject()
    }
    return object
}

/// A JSON literal, for comparing decoded values (object key order does not matter).
func json(_ text: String) -> JSONValue { try! JSONReader.parse(Array(text.utf8), source: "test") }

/// Element `index` of a list field, as an object.
func element(_ object: JSONObject, _ field: String, _ index: Int) -> JSONObject? {
    object[field]?.arrayValue.flatMap { index < $0.count ? $0[index].objectValue : nil }
}

/// The repository's committed fixtures (`fixtures/<name>.bin`): always present.
func fixture(_ name: String, file: StaticString = #filePath) -> [UInt8] {
    let root = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return try! FileIO.read(root.appendingPathComponent("fixtures/\(name).bin").path)
}


/// `bytes` with `value` written little-endian at `offset`.
func patched<T: FixedWidthInteger>(_ bytes: [UInt8], at offset: Int, _ value: T) -> [UInt8] {
    var out = bytes
    withUnsafeBytes(of: value.littleEndian) { out.replaceSubrange(offset..<offset + MemoryLayout<T>.size, with: $0) }
    return out
}

/// Field offsets of the current fixtures (docs/readers.md §1.1, §1.3).
enum Offsets {
    static let userTunnelID = 124
    static let userPublishers = 132
    static let userFeedPks = 266
    static let deviceCode = 120
    static let deviceDzPrefixes = 127
    static let deviceLegacyCount = 208
    static let deviceLegacyFirst = 212
    static let deviceReferenceCount = 308
    static let deviceTrailingCount = 332
    static let deviceTrailingFirst = 336
    static let deviceTrailingSecond = 424
}
