import DZCodec
import DZFixtures
import DZJSON
import DZLayouts
import DZLint
import DZReportModel
import DZTestSupport
import Foundation
import XCTest

/// A fixture directory in a fresh temporary folder, and the lint of it.
struct FixtureFolder {
    let path: String

    init(_ files: [(stem: String, bytes: [UInt8], json: String)]) throws {
        path = NSTemporaryDirectory() + "dzlint-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for file in files {
            try Data(file.bytes).write(to: URL(fileURLWithPath: "\(path)/\(file.stem).bin"))
            try Data(file.json.utf8).write(to: URL(fileURLWithPath: "\(path)/\(file.stem).json"))
        }
    }

    /// The lint of the folder, which is removed afterwards.
    func lint(policy: LintPolicy = LintPolicy()) throws -> LintReport {
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Linter(policy: policy).lint(directory: path)
    }

    /// The fixtures the lint would check, and the files it skips; the folder is removed afterwards.
    func load() throws -> ([LintFixture], [LintSkip]) {
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Linter().load(directory: path)
    }
}

/// The generated fixture set (what `dzcompat generate-fixtures` writes), by stem.
let catalogue: [String: Fixture] = {
    let fixtures = try! FixtureCatalogue().build()
    return Dictionary(uniqueKeysWithValues: fixtures.map { ($0.stem, $0) })
}()

func file(_ stem: String) -> (stem: String, bytes: [UInt8], json: String) {
    let fixture = catalogue[stem]!
    return (stem, fixture.bytes, fixture.json)
}

/// A fixture whose JSON is what the program reads from `bytes`, as the generator writes it.
func consistent(_ stem: String, _ bytes: [UInt8], _ version: LayoutVersion, account: AccountLayouts) throws
    -> (stem: String, bytes: [UInt8], json: String) {
    let record = try ProgramDecoder().decode(bytes, as: version).record
    let variant: UInt8? = if case .instruction(let tag) = account.kind { tag } else { nil }
    let type: UInt8 = if case .account(let tag) = account.kind { tag } else { 0 }
    let document = FixtureJSON(name: account.title, accountType: type, variant: variant).document(record, version)
    return (stem, bytes, JSONWriter.render(document, style: .pretty))
}

/// The sample of a version, encoded (instruction data with its tag).
func sampleBytes(_ version: LayoutVersion, account: AccountLayouts) throws -> [UInt8] {
    let record = Samples.record(for: version)
    switch account.kind {
    case .account: return try BinaryEncoder.encode(record, version)
    case .instruction(let variant): return try BinaryEncoder.encodeInstruction(record, version, variant: variant)
    }
}

/// Findings of one rule, as `file@offset field` lines (stable to compare).
func lines(_ report: LintReport, _ rule: LintRule) -> [String] {
    report.findings.filter { $0.rule == rule }.map { "\($0.location) \($0.field)" }
}
