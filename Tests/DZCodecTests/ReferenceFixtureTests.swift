import DZCodec
import DZFileIO
import DZFixtures
import DZLayouts
import DZTestSupport
import XCTest

/// For today's layouts the generator is a drop-in for the upstream one: byte for byte.
final class ReferenceFixtureTests: XCTestCase {
    /// Every serviceability fixture upstream writes (each `.bin`/`.json` at the top of the directory, but
    /// enum_strings.json, which is not a fixture), read from the directory, not from a list.
    func testGeneratedFixturesMatchTheReferenceByteForByte() throws {
        let directory = try referenceDirectory()
        let fixtures = try FixtureCatalogue().build()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { ($0.hasSuffix(".bin") || $0.hasSuffix(".json")) && $0 != "enum_strings.json" }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 58, "the upstream set has 29 fixtures")
        var missing: Set<String> = []
        for file in files {
            let stem = String(file.prefix { $0 != "." })
            let reference = try FileIO.read("\(directory)/\(file)")
            guard let fixture = fixtures.first(where: { $0.stem == stem }) else {
                missing.insert(stem)
                continue
            }
            let generated = file.hasSuffix(".bin") ? fixture.bytes : Array(fixture.json.utf8)
            let firstDifference = zip(generated, reference).enumerated().first { $1.0 != $1.1 }?.offset
                ?? (generated.count == reference.count ? nil : min(generated.count, reference.count))
            XCTAssertNil(firstDifference, "\(file): differs from byte \(firstDifference ?? 0) "
                         + "(generated \(generated.count) bytes, reference \(reference.count))")
        }
        XCTAssertEqual(missing, [], "upstream fixtures the generator does not write")
    }

    func testTheReferenceBytesDecodeToTheirJSONValues() throws {
        let directory = try referenceDirectory()
        let cases = [("user", "user@v7"), ("device", "device@v15"), ("device_future_version", "device@v15"),
                     ("global_state", "global_state@v7"), ("device_legacy", "device@v13")]
        for (name, reference) in cases {
            let bytes = try FileIO.read("\(directory)/\(name).bin")
            let decoding = try decode(bytes, reference)
            XCTAssertEqual(decoding.consumed, bytes.count, "\(name): the program reads every byte")
            XCTAssertEqual(try BinaryEncoder.encode(decoding.record, layout(reference)).count,
                           name == "device_future_version" ? bytes.count - 8 : bytes.count,
                           "\(name): re-encoding drops only a future version's unknown bytes")
        }
    }
}
