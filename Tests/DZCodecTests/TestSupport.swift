import DZTestSupport
import DZCodec
import DZFixtures
import DZLayouts
import XCTest

let registry = Registry.standard

func layout(_ reference: String) -> LayoutVersion { try! registry.resolve(reference) }

/// The sample of a version, encoded.
func sampleBytes(_ version: LayoutVersion) -> [UInt8] {
    try! BinaryEncoder.encode(Samples.record(for: version), version)
}

func decode(_ bytes: [UInt8], _ reference: String) throws -> ProgramDecoding {
    try ProgramDecoder().decode(bytes, as: layout(reference))
}


