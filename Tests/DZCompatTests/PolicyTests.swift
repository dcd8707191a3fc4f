import DZCodec
import DZCompat
import DZFixtures
import DZLayouts
import XCTest

final class PolicyTests: XCTestCase {
    func policy(_ text: String) throws -> DivergencePolicy {
        try DivergencePolicy(json: Array(text.utf8), path: "policy.json")
    }

    func testEntriesNeedEveryKeyAsANonEmptyString() {
        XCTAssertThrowsError(try policy(#"{"schema": "dzcompat-policy/1", "accepted": [{"account": "*"}]}"#)) { error in
            XCTAssertEqual(error as? PolicyError, .entry(path: "policy.json", index: 0, key: "field", reason: "missing"))
        }
        XCTAssertThrowsError(try policy(#"{"schema": "nope", "accepted": []}"#)) { error in
            XCTAssertEqual(error as? PolicyError, .schema(path: "policy.json", found: "nope", expected: "dzcompat-policy/1"))
        }
        XCTAssertThrowsError(try policy("{\"schema\": ")) { error in
            guard case .json? = error as? PolicyError else { return XCTFail("\(error)") }
        }
    }

    /// A diff over a few inputs: the Go u128 divergence is listed, so it passes; an entry for something
    /// that does not happen is stale; an empty policy leaves the divergence unlisted.
    func testUnlistedAndStaleEntriesFailTheRun() throws {
        let version = try Registry.standard.resolve("global_state@v7")
        let bytes = try BinaryEncoderSample.globalState()
        let inputs = [CorpusInput(layout: version, bytes: bytes, situation: "fixture global_state", kind: .fixture)]
        let listed = PolicyEntry(account: "*", field: "*index", situation: "*", readers: "program+ts+py | go", reason: "u128")
        let flags = PolicyEntry(account: "*", field: "feature_flags", situation: "*", readers: "program+ts+py | go", reason: "u128")
        let stale = PolicyEntry(account: "user", field: "status", situation: "*", readers: "*", reason: "never happens here")

        let passing = DiffEngine(policy: DivergencePolicy(entries: [listed, flags])).run(inputs, seed: 0)
        XCTAssertTrue(passing.passes, "\(passing.unlisted)")
        XCTAssertEqual(Set(passing.groups.map(\.field)), ["account_index", "feature_flags"])

        let withStale = DiffEngine(policy: DivergencePolicy(entries: [listed, flags, stale])).run(inputs, seed: 0)
        XCTAssertEqual(withStale.staleEntries, [stale])
        XCTAssertFalse(withStale.passes)

        let empty = DiffEngine().run(inputs, seed: 0)
        XCTAssertEqual(empty.unlisted.count, 2)
        XCTAssertEqual(empty.unlisted.first?.partitionText, "program+ts+py | go")
        XCTAssertFalse(empty.passes)
    }

    func testTheCommittedPolicyParses() throws {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let text = try String(contentsOfFile: "\(root)/policy/divergences.json", encoding: .utf8)
        let entries = try policy(text).entries
        XCTAssertGreaterThan(entries.count, 20)
        // The fact behind each: a section of the docs, or the SDK file and line that causes it.
        let sdkLine = try Regex(#"[A-Za-z_]+\.(go|ts|py):\d+"#)
        let docs = ["docs/readers.md", "docs/program-rules.md", "docs/layouts.md"]
        let uncited = entries.filter { entry in
            !docs.contains { entry.reason.contains($0) } && entry.reason.firstMatch(of: sdkLine) == nil
        }
        XCTAssertEqual(uncited.map(\.reason), [], "every accepted divergence cites the fact behind it")
    }
}

enum BinaryEncoderSample {
    static func globalState() throws -> [UInt8] {
        let version = try Registry.standard.resolve("global_state@v7")
        return try DZCodec.BinaryEncoder.encode(DZFixtures.Samples.record(for: version), version)
    }
}
