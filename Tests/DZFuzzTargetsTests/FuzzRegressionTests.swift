import DZFuzzTargets
import Foundation
import XCTest

/// Replays, through the plain (uninstrumented) decoders, every input the fuzzers found a crash with
/// (fuzz/regressions/<target>/) and every seed (fuzz/corpus/<target>/). Returning at all is the
/// test: a trap kills the test process. JSON readers must also refuse with a message naming the file.
final class FuzzRegressionTests: XCTestCase {
    static let fuzz = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz")

    func testRegressionInputs() throws {
        for target in FuzzTarget.allCases {
            let directory = Self.fuzz.appendingPathComponent("regressions/\(target.rawValue)")
            let inputs = try Self.inputs(in: directory)
            let readme = (try? String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
            for input in inputs {
                XCTAssertTrue(readme.contains(input.lastPathComponent),
                              "\(target.rawValue)/README.md says nothing about \(input.lastPathComponent)")
                try replay(input, target)
            }
        }
    }

    func testSeedCorpus() throws {
        for target in FuzzTarget.allCases {
            let inputs = try Self.inputs(in: Self.fuzz.appendingPathComponent("corpus/\(target.rawValue)"))
            XCTAssertFalse(inputs.isEmpty, "fuzz/corpus/\(target.rawValue) has no seed")
            for input in inputs { try replay(input, target) }
        }
    }

    private func replay(_ input: URL, _ target: FuzzTarget) throws {
        let outcome = target.run(Array(try Data(contentsOf: input)))
        guard case .rejected(let message) = outcome else { return }
        XCTAssertFalse(message.isEmpty, "\(target.rawValue)/\(input.lastPathComponent): an empty error message")
        if target == .fixtureJSON || target == .layoutsJSON || target == .policy {
            XCTAssertTrue(message.contains(FuzzTarget.source),
                          "\(target.rawValue)/\(input.lastPathComponent): '\(message)' does not name the file")
        }
    }

    /// The input files of a folder (not its README), sorted; none when it does not exist.
    static func inputs(in directory: URL) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent != "README.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// The layouts.json seeds are whole documents (each cut to one account version), so the fuzzer starts
/// from inputs the decoder takes; the `hostile_` ones are refused, with the file, the JSON path and why.
final class LayoutsSeedTests: XCTestCase {
    func testSeedsDecodeAndHostileOnesAreRefusedByPath() throws {
        let seeds = try FuzzRegressionTests.inputs(in: FuzzRegressionTests.fuzz.appendingPathComponent("corpus/FuzzLayoutsJSON"))
        XCTAssertGreaterThan(seeds.count, 30)
        let expected = [
            "hostile_account_type_300.json": "$.accounts[0].account_type", "hostile_nesting.json": "$.accounts[0].versions[0].fields[0]",
            "hostile_truncated.json": "line 1, column", "hostile_unknown_enum.json": "Nope",
        ]
        for seed in seeds {
            let outcome = FuzzTarget.layoutsJSON.run(Array(try Data(contentsOf: seed)))
            let name = seed.lastPathComponent
            guard let mention = expected[name] else {
                XCTAssertEqual(outcome, .decoded, name)
                continue
            }
            guard case .rejected(let message) = outcome else { return XCTFail("\(name) was accepted") }
            XCTAssertTrue(message.contains(FuzzTarget.source) && message.contains(mention), "\(name): \(message)")
        }
    }
}
