import DZCodec
import DZComparison
import DZCorpus
import DZFixtures
import DZLayouts
import DZPorts
import DZReportModel
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

        // An entry for a release the run does not compare is not stale.
        let release = PolicyEntry(account: "*", field: "*", situation: "*", release: try XCTUnwrap(ReaderID(rawValue: "py@0.0.3")), reason: "r")
        let passing = DiffEngine(policy: DivergencePolicy(entries: [listed, flags, release])).run(inputs, seed: 0)
        XCTAssertTrue(passing.passes, "\(passing.unlisted) \(passing.staleEntries)")
        XCTAssertEqual(Set(passing.groups.map(\.field)), ["account_index", "feature_flags"])

        let withStale = DiffEngine(policy: DivergencePolicy(entries: [listed, flags, stale])).run(inputs, seed: 0)
        XCTAssertEqual(withStale.staleEntries, [stale])
        XCTAssertFalse(withStale.passes)

        let empty = DiffEngine().run(inputs, seed: 0)
        XCTAssertEqual(empty.unlisted.count, 2)
        XCTAssertEqual(empty.unlisted.first?.partitionText, "program+ts+py | go")
        XCTAssertFalse(empty.passes)
    }

    /// A release entry accepts a release answering apart from its port; the modelled readers' own split
    /// still needs its entry, and an entry for the models never accepts a release.
    func testReleaseEntriesAcceptOnlyTheReleaseApartFromItsPort() throws {
        let release = try XCTUnwrap(ReaderID(rawValue: "py@0.0.3"))
        func group(_ partition: [[ReaderID]]) -> DivergenceGroup {
            DivergenceGroup(account: "link", field: "status", situation: "enum value", partition: partition, count: 1,
                            example: DivergenceExample(layout: "link@v5", hex: "", situation: "", values: []), status: .unlisted)
        }
        let models = PolicyEntry(account: "link", field: "status", situation: "*", readers: "program | go+ts+py", reason: "models")
        let everything = PolicyEntry(account: "*", field: "*", situation: "*", readers: "*", reason: "any split")
        let own = PolicyEntry(account: "link", field: "*", situation: "*", release: release, reason: "release")
        let policy = DivergencePolicy(entries: [models, own])

        // Alone against all the models: the release entry, and only it.
        XCTAssertEqual(policy.match(group([[.program, .go, .ts, .py], [release]]))?.map(\.1), [own])
        XCTAssertNil(DivergencePolicy(entries: [everything]).match(group([[.program, .go, .ts, .py], [release]])))
        // With its port: the models' split decides.
        XCTAssertEqual(policy.match(group([[.program], [.go, .ts, .py, release]]))?.map(\.1), [models])
        XCTAssertNil(DivergencePolicy(entries: [own]).match(group([[.program], [.go, .ts, .py, release]])))
        // Apart from its port and the models split: both are needed.
        XCTAssertEqual(policy.match(group([[.program], [.go, .ts, .py], [release]]))?.map(\.1), [models, own])
        XCTAssertNil(DivergencePolicy(entries: [models]).match(group([[.program], [.go, .ts, .py], [release]])))
        // Another account is not the entry's.
        var other = group([[.program, .go, .ts, .py], [release]])
        other.account = "user"
        XCTAssertNil(policy.match(other))
    }

    func testReleaseEntriesNameARelease() throws {
        let text = #"{"schema": "dzcompat-policy/1", "accepted": [{"account": "*", "field": "*", "situation": "*", "release": "go", "reason": "r"}]}"#
        XCTAssertThrowsError(try policy(text)) { error in
            XCTAssertEqual(error as? PolicyError, .entry(path: "policy.json", index: 0, key: "release", reason: "'go' is not a release (<sdk>@<version>)"))
        }
        let parsed = try policy(text.replacingOccurrences(of: #""go""#, with: #""py@0.0.2""#)).entries
        XCTAssertEqual(parsed.map(\.release), [ReaderID(rawValue: "py@0.0.2")])
        XCTAssertEqual(parsed.map(\.readers), ["py@0.0.2 apart from py"])
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
