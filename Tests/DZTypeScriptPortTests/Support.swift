import DZCodec
import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import DZPorts
import DZTestSupport
import DZTypeScriptPort
import XCTest

let port = TypeScriptPort()

func layout(_ reference: String) -> LayoutVersion { try! Registry.standard.resolve(reference) }


/// A committed fixture (`fixtures/<name>.bin`).
func fixture(_ name: String) throws -> [UInt8] { try FileIO.read("\(repositoryRoot())/fixtures/\(name).bin") }

func le(_ value: UInt64, _ width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

/// The record of a decode that must succeed.
func ok(_ bytes: [UInt8], _ reference: String, file: StaticString = #filePath, line: UInt = #line) throws -> Record {
    let result = port.decode(bytes, as: layout(reference))
    guard case .ok(let record) = result else {
        XCTFail("\(reference): expected a value, got \(result)", file: file, line: line)
        throw XCTSkip("no value")
    }
    return record
}

/// The message of a decode that must throw `Error`.
func thrown(_ bytes: [UInt8], _ reference: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
    let result = port.decode(bytes, as: layout(reference))
    guard case .error(let className, let message) = result, className == "Error" else {
        XCTFail("\(reference): expected a thrown Error, got \(result)", file: file, line: line)
        return nil
    }
    return message
}

/// The rendered decoded-value form of a successful decode (`{"ok": …}` unwrapped).
func rendered(_ bytes: [UInt8], _ reference: String) -> JSONValue? {
    port.decodeToJSON(bytes, as: layout(reference))["ok"]
}

extension Value {
    var items: [Value] { if case .list(let items?) = self { items } else { [] } }
    subscript(name: String) -> Value? { recordValue?[name] }
}

/// Device building blocks (docs/readers.md §1.3): the 208 bytes before the legacy count in the fixtures, and
/// the 24 bytes of tail scalars of device_legacy (reference_count 12 … max_multicast_publishers 10).
enum DeviceBytes {
    static func head() throws -> [UInt8] { Array(try fixture("device_legacy")[..<208]) }
    static func tail() throws -> [UInt8] { Array(try fixture("device_legacy")[287...]) }

    /// A legacy V2 (tag 1) body with name "ab" and every other field 0.
    static let v2Body: [UInt8] = [3] + le(2, 4) + Array("ab".utf8) + [UInt8](repeating: 0, count: 33)

    /// head + legacy count + elements + tail + trailing bytes.
    static func device(count: UInt64, legacy: [UInt8], trailing: [UInt8] = []) throws -> [UInt8] {
        try head() + le(count, 4) + legacy + tail() + trailing
    }
}

