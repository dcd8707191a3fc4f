import DZTestSupport
import DZCodec
import DZFixtures
import DZLayouts
import XCTest

/// For today's layouts the generator is a drop-in for the upstream one: byte for byte.
final class ReferenceFixtureTests: XCTestCase {
    func testGeneratedFixturesMatchTheReferenceByteForByte() throws {
        let directory = try referenceDirectory()
        let fixtures = try FixtureCatalogue().build()
        let names = ["user", "device", "device_legacy", "device_future_version", "global_state"]
        for name in names {
            let fixture = try XCTUnwrap(fixtures.first { $0.stem == name }, name)
            let bin = try FileIO.read("\(directory)/\(name).bin")
            let json = try FileIO.read("\(directory)/\(name).json")
            XCTAssertEqual(fixture.bytes, bin, "\(name).bin")
            XCTAssertEqual(Array(fixture.json.utf8), json, "\(name).json")
        }
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
