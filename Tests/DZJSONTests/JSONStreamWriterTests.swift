import DZJSON
import XCTest

/// The stream writer gives `JSONWriter.render`'s text (jansson's, in the pretty style) for every shape.
final class JSONStreamWriterTests: XCTestCase {
    func written(_ value: JSONValue, _ style: JSONWriter.Style, chunkSize: Int) throws -> String {
        var text: [UInt8] = []
        var writer = JSONStreamWriter(style: style, chunkSize: chunkSize) { text += $0 }
        try writer.value(value)
        try writer.finish()
        return String(decoding: text, as: UTF8.self)
    }

    func testEveryShapeMatchesJanssonInBothStyles() throws {
        let leaves: [JSONValue] = [.null, .bool(true), .integer(-7), .real(1e300), .string("a\"\\\n\u{1}é"), .array([]), .object([:])]
        var values = leaves
        values.append(.array(leaves))
        values.append(.object(JSONObject(leaves.enumerated().map { (key: "k\($0.offset)", value: $0.element) })))
        values.append(.object(["outer": .array([.object(["inner": .array([.integer(1), .array([])])]), .object([:])])]))
        values.append(.array([.array([.array([])]), .object(["": .string("")])]))
        for value in values {
            for style in [JSONWriter.Style.compact, .pretty] {
                for chunkSize in [1, 3, 1 << 16] {
                    XCTAssertEqual(try written(value, style, chunkSize: chunkSize), JSONWriter.render(value, style: style),
                                   "\(value) \(style) chunk \(chunkSize)")
                }
            }
        }
    }

    func testContainersWrittenPieceByPieceEqualTheWholeValue() throws {
        var text: [UInt8] = []
        var chunks = 0
        var writer = JSONStreamWriter(style: .pretty, chunkSize: 2) { text += $0; chunks += 1 }
        try writer.beginObject()
        try writer.key("list")
        try writer.beginArray()
        for number in 0..<3 { try writer.value(.integer(Int64(number))) }
        try writer.endArray()
        try writer.key("empty")
        try writer.beginArray()
        try writer.endArray()
        try writer.endObject()
        try writer.finish()
        let whole = JSONValue.object(["list": .array([.integer(0), .integer(1), .integer(2)]), "empty": .array([])])
        XCTAssertEqual(String(decoding: text, as: UTF8.self), JSONWriter.render(whole, style: .pretty))
        XCTAssertGreaterThan(chunks, 5, "handed over as it was written, not at the end")
    }
}
