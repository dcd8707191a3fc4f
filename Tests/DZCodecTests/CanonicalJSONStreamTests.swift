@testable import DZCodec
import DZFixtures
import DZJSON
import DZLayouts
import XCTest

/// `writeDecoded` writes, element by element, the text that rendering a whole decode gives.
final class CanonicalJSONStreamTests: XCTestCase {
    let presentation = ProgramPresentation()

    /// The whole-tree path: decode, render the decoded-value form, print it.
    func expected(_ bytes: [UInt8], _ version: LayoutVersion, _ style: JSONWriter.Style) -> String {
        let value: JSONValue
        do {
            let decoding = try ProgramDecoder().decode(bytes, as: version)
            value = CanonicalJSON(presentation).ok(decoding.record, fields: version.fields)
        } catch {
            value = CanonicalJSON<ProgramPresentation>.error(class: error.className, message: error.description)
        }
        return JSONWriter.render(value, style: style)
    }

    func streamed(_ bytes: [UInt8], _ version: LayoutVersion, _ style: JSONWriter.Style, chunkSize: Int) throws -> (String, Bool) {
        var text: [UInt8] = []
        var writer = JSONStreamWriter(style: style, chunkSize: chunkSize) { text += $0 }
        let plan = ProgramDecoder().plan(for: version)
        let isValue = try bytes.withUnsafeBytes { try plan.writeDecoded($0, presentation: presentation, to: &writer) }
        try writer.finish()
        return (String(decoding: text, as: UTF8.self), isValue)
    }

    /// Every version's sample, every one of its prefixes, read with every version of the same account and
    /// instruction: the same text in both styles, and a value exactly where the decode gives one.
    func testEveryPrefixOfEverySampleReadWithEveryVersionGivesTheSameText() throws {
        var compared = 0
        for account in registry.accounts {
            for writer in account.versions {
                let bytes = sampleBytes(writer)
                for reader in account.versions {
                    for length in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 40)) {
                        let prefix = Array(bytes.prefix(length))
                        for style in [JSONWriter.Style.compact, .pretty] {
                            let (text, isValue) = try streamed(prefix, reader, style, chunkSize: 7)
                            let whole = expected(prefix, reader, style)
                            XCTAssertEqual(text, whole, "\(writer.reference) cut at \(length) read as \(reader.reference), \(style)")
                            XCTAssertEqual(isValue, whole.contains("\"ok\""), "\(writer.reference) cut at \(length)")
                            compared += 1
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 10_000)
    }

    /// A vector of 1,000 elements, an empty one, and one the Device rule rebuilds from the legacy slot.
    func testLongEmptyAndRebuiltVectorsGiveTheSameText() throws {
        let device = try registry.resolve("device")
        var record = Samples.record(for: device)
        let prefixes: [Value] = (0..<1000).map { (index: Int) -> Value in
            .network(NetworkV4(address: IPv4(10, UInt8(index % 256), UInt8(index / 256), 0), prefix: 24))
        }
        record["dz_prefixes"] = Value.list(prefixes)
        let long = try BinaryEncoder.encode(record, device)
        record["dz_prefixes"] = Value.list([])
        let empty = try BinaryEncoder.encode(record, device)
        let legacy = sampleBytes(try registry.resolve("device@D13"))  // no trailing vec: rebuilt
        for bytes in [long, empty, legacy] {
            for style in [JSONWriter.Style.compact, .pretty] {
                XCTAssertEqual(try streamed(bytes, device, style, chunkSize: 5).0, expected(bytes, device, style))
            }
        }
        XCTAssertTrue(try streamed(long, device, .compact, chunkSize: 64).0.contains("\"10.231.3.0/24\"]"))
    }

    func testAWriteErrorStopsTheStream() {
        struct Full: Error {}
        var writer = JSONStreamWriter(style: .compact, chunkSize: 1) { _ in throw Full() }
        let version = registry.accounts[0].current
        let bytes = sampleBytes(version)
        XCTAssertThrowsError(try bytes.withUnsafeBytes { try ProgramDecoder().plan(for: version).writeDecoded($0, presentation: presentation, to: &writer) })
    }
}
