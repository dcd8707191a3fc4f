@testable import DZJSON
import Foundation
import XCTest

/// The compact writer replaced jansson's compact dump; they must agree byte for byte, since reports,
/// batch lines and the cross-check's fast comparison all read this text.
final class CompactJSONWriterTests: XCTestCase {
    private func assertSameAsJansson(_ value: JSONValue, _ message: @autoclosure () -> String = "", line: UInt = #line) {
        XCTAssertEqual(JSONWriter.render(value, style: .compact), JSONWriter.jansson(value, style: .compact), message(), line: line)
    }

    func testEveryCommittedFixtureAndTheLayouts() throws {
        let fixtures = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures")
        let files = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".json") }
        XCTAssertGreaterThan(files.count, 40)
        for file in files {
            let bytes = Array(try Data(contentsOf: fixtures.appendingPathComponent(file)))
            assertSameAsJansson(try JSONReader.parse(bytes, source: file), file)
        }
    }

    func testEscapesNumbersAndNesting() {
        let everyASCII = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        let values: [JSONValue] = [
            .string(everyASCII), .string("é ∑ 𝄞 \u{2028} \u{FEFF} \\ / \" \u{7F}"), .string(""),
            .integer(0), .integer(.max), .integer(.min), .integer(-1),
            .real(0), .real(-0.0), .real(5), .real(0.1), .real(1e300), .real(-2.5e-7), .real(123456789012345678),
            .null, .bool(true), .bool(false), .array([]), .object([:]),
            .array([.array([.object(["a": .array([.null])])]), .object(["": .string("x"), "k\"ey": .integer(1)])]),
        ]
        for value in values { assertSameAsJansson(value, "\(value)") }
        assertSameAsJansson(.array(values))
    }

    /// Reals of every magnitude, from seeded bit patterns.
    func testRealsMatchJanssonsFormatting() {
        var state: UInt64 = 0xD2C0
        var reals: [JSONValue] = []
        while reals.count < 5000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let number = Double(bitPattern: state)
            if number.isFinite { reals.append(.real(number)) }
        }
        for value in reals { assertSameAsJansson(value, "\(value)") }
    }
}
