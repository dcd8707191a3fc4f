import DZFileIO
import DZFixtures
import DZLayouts
import DZLint
import DZReportModel
import DZTestSupport
import XCTest

/// The directory, the account mapping, the policy and the committed fixture set.
final class LinterTests: XCTestCase {
    func policy(_ text: String) throws -> LintPolicy { try LintPolicy(json: Array(text.utf8), path: "lint.json") }

    /// `dzcompat lint fixtures/` (what `make lint` runs) ends with every finding accepted by the
    /// committed policy, and no entry of it stale.
    func testTheCommittedFixturesPassTheCommittedPolicy() throws {
        let root = repositoryRoot()
        let entries = try LintPolicy(json: try FileIO.read("\(root)/policy/lint.json"), path: "policy/lint.json")
        let report = try FixtureFolder(catalogue.keys.sorted().map(file)).lint(policy: entries)
        XCTAssertEqual(report.unlisted.map { "\($0.rule.rawValue) \($0.location) \($0.field): \($0.message)" }, [])
        XCTAssertEqual(report.staleEntries, [])
        XCTAssertTrue(report.findings.allSatisfy { if case .accepted(let reason) = $0.status { !reason.isEmpty } else { false } })
    }

    func testAcceptedUnlistedAndStaleEntries() throws {
        let folder = try FixtureFolder([file("user")])
        let accepting = try policy(#"""
            {"schema": "dzcompat-lint-policy/1", "accepted": [
              {"rule": "distinct-values", "account": "user", "field": "*", "file": "user.bin", "reason": "upstream's sample"},
              {"rule": "legacy-and-future", "account": "user", "field": "*", "file": "*", "reason": "no legacy set here"},
              {"rule": "round-trip", "account": "*", "field": "*", "file": "*", "reason": "never happens"}]}
            """#)
        let report = try folder.lint(policy: accepting)
        XCTAssertEqual(report.unlisted, [])
        XCTAssertEqual(report.staleEntries.map(\.reason), ["never happens"])
        XCTAssertFalse(report.passes)
        let unaccepted = try FixtureFolder([file("user")]).lint()
        XCTAssertFalse(unaccepted.unlisted.isEmpty)
        XCTAssertTrue(unaccepted.findings.allSatisfy { $0.status == .unlisted })
    }

    func testPolicyErrorsNameTheEntry() {
        XCTAssertThrowsError(try policy(#"{"schema": "dzcompat-lint-policy/1", "accepted": [{"rule": "*", "account": "*", "field": "*"}]}"#)) {
            XCTAssertEqual($0 as? PolicyError, .entry(path: "lint.json", index: 0, key: "file", reason: "missing"))
        }
        XCTAssertThrowsError(try policy(#"{"schema": "dzcompat-policy/1", "accepted": []}"#)) {
            XCTAssertEqual($0 as? PolicyError, .schema(path: "lint.json", found: "dzcompat-policy/1", expected: "dzcompat-lint-policy/1"))
        }
    }

    /// Not a directory, and a broken fixture JSON, are input errors naming the file; other documents
    /// and files without their pair are listed as skipped.
    func testInputErrorsAndSkippedFiles() throws {
        XCTAssertThrowsError(try Linter().lint(directory: "/nonexistent/dzlint")) {
            XCTAssertEqual($0 as? LintInputError, .notADirectory("/nonexistent/dzlint"))
        }
        let broken = try FixtureFolder([("user", [7], #"{"name": "User", "account_type": 7, "fields": [{"name": "A", "value": "x", "typ": "u8"}]}"#)])
        XCTAssertThrowsError(try broken.lint()) { error in
            guard case .fixture(.entry(_, 0, "value", _))? = error as? LintInputError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("user.json"))
        }
        // An argument body is type 0 with no registry instruction in its name, whatever its first byte.
        let other = try FixtureFolder([("ix_thing", [1], #"{"program_id": "x", "data_hex": "01"}"#),
                                       ("mystery", [250], #"{"name": "Mystery", "account_type": 250, "fields": []}"#),
                                       ("user_delete_args", [106, 1], #"{"name": "UserDeleteArgs", "account_type": 0, "fields": []}"#)])
        let report = try other.lint()
        XCTAssertEqual(report.fixtures, [])
        XCTAssertEqual(report.skipped.map(\.file), ["ix_thing.json", "mystery.json", "user_delete_args.json"])
    }

    /// Files are known by the account type byte, instruction data by its file name, and the version by
    /// a `_vN` suffix or by the fields the JSON lists.
    func testFixturesMapToAccountsThroughTheRegistry() throws {
        let stems = ["user_v3", "set_user_bgp_status_v0", "reservation_after_reserve_connection", "device_legacy", "device_future_version"]
        let (fixtures, _) = try FixtureFolder(stems.map(file)).load()
        XCTAssertEqual(fixtures.map { "\($0.stem) \($0.version.reference) \($0.role)" }, [
            "device_future_version device@v15 future", "device_legacy device@v15 legacy",
            "reservation_after_reserve_connection reservation@v0 plain", "set_user_bgp_status_v0 set_user_bgp_status@v0 plain",
            "user_v3 user@v3 plain",
        ])
    }

    /// The upstream set in the tree: every fixture of an account the registry knows is linted, and the
    /// findings the issue names are among them (a Link whose interface names are equal, a Tenant whose
    /// billing is zero, the fields link.json and tenant.json leave out).
    func testTheUpstreamSetHasItsKnownFindings() throws {
        let directory = try referenceDirectory()
        let report = try Linter().lint(directory: directory)
        let found = Set(report.findings.map { "\($0.rule.rawValue) \($0.file) \($0.field)" })
        for known in ["distinct-values user.bin tunnel_endpoint", "distinct-values user.bin tunnel_flags",
                      "distinct-values device.bin max_multicast_subscribers",
                      "legacy-and-future user.bin validator_pubkey", "every-field-asserted device_legacy.json interfaces[0].size",
                      "distinct-values link.bin side_z_iface_name", "distinct-values tenant.bin billing.rate",
                      "every-field-asserted link.json link_topologies.count", "every-field-asserted tenant.json include_topologies.count"] {
            XCTAssertTrue(found.contains(known), known)
        }
        // Every upstream fixture the registry has a sample of in the upstream form is linted.
        let present = Set(FileIO.listDirectory(directory))
        let whole = Registry.standard.accounts.flatMap(\.samples).filter { $0.form == .whole }.compactMap(\.fixture)
            .filter { present.contains($0 + ".json") }
        XCTAssertGreaterThan(whole.count, 10)
        XCTAssertEqual(Set(report.fixtures).intersection(whole), Set(whole))
    }
}
