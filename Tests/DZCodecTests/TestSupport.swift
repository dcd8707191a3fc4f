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

/// The reference fixtures directory: `DZCOMPAT_REFERENCE_DIR`, default `../shared/reference-fixtures`
/// beside the repository. Under CI a missing directory fails the test instead of skipping it.
func referenceDirectory(file: StaticString = #filePath) throws -> String {
    let environment = ProcessInfo.processInfo.environment
    let repository = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let directory = environment["DZCOMPAT_REFERENCE_DIR"]
        ?? repository.deletingLastPathComponent().appendingPathComponent("shared/reference-fixtures").path
    if FileManager.default.fileExists(atPath: directory) { return directory }
    if environment["CI"] == "true" {
        XCTFail("reference fixtures not found at \(directory) (CI=true: this must not be skipped)")
        throw XCTSkip("failed above")
    }
    throw XCTSkip("reference fixtures not found at \(directory); set DZCOMPAT_REFERENCE_DIR")
}

/// The repository root, for tests that read the committed fixtures.
func repositoryRoot(file: StaticString = #filePath) -> String {
    URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}
