import DZCodec
import DZFixtures
import DZLayouts

/// A layout version by reference (`user@U7`).
func layout(_ reference: String) -> LayoutVersion { try! Registry.standard.resolve(reference) }

/// The sample of a version, encoded.
func sampleBytes(_ version: LayoutVersion) -> [UInt8] { try! BinaryEncoder.encode(Samples.record(for: version), version) }

/// What the program reads from `bytes` with the version `reference`.
func decode(_ bytes: [UInt8], _ reference: String) throws -> ProgramDecoding { try ProgramDecoder().decode(bytes, as: layout(reference)) }
