import DZGate
import DZLayouts
import DZPorts
import DZTestSupport
import XCTest

/// The gate on the real history (the four cases), and the execution deciding where the rules
/// alone would not. Verdicts depend on the SDK ports: the readers affected are found by running them.
final class HistoryTests: XCTestCase {
    func testU3ToU4Passes() throws {
        let report = try Gate.compare(layout("user@U3"), layout("user@U4"))
        XCTAssertTrue(report.passes, report.render(.text))
        XCTAssertEqual(report.exitCode, 0)
        XCTAssertEqual(report.findings.map(\.field), ["bgp_status", "last_bgp_up_at", "last_bgp_reported_at"])
        for finding in report.findings {
            XCTAssertEqual(finding.kind, .append)
            XCTAssertEqual(finding.verdict, .compatible)
            XCTAssertEqual(finding.affected, [])
            XCTAssertEqual(finding.unverified, [], "\(finding.unverified)")
            XCTAssertEqual(finding.examples.first?.readings.map(\.reader), ReaderID.allCases, "every reader shows what it read")
        }
    }

    func testU6ToU7NeedsTheSlotReuseAcknowledgement() throws {
        let report = try Gate.compare(layout("user@U6"), layout("user@U7"))
        XCTAssertTrue(report.passes, report.render(.text))
        let finding = try XCTUnwrap(report.findings.first)
        XCTAssertEqual(report.findings.count, 1)
        XCTAssertEqual(finding.kind, .slotReuse)
        XCTAssertEqual(finding.field, "feed_pks")
        XCTAssertEqual(finding.verdict, .needsAcknowledgement)
        XCTAssertEqual(finding.affected, [])
        XCTAssertEqual(finding.unverified, [])
        XCTAssertNotNil(finding.acknowledgement)
        // Executed: the zeroed slot reads as an empty vec for every reader.
        let zeroed = try XCTUnwrap(finding.examples.first)
        XCTAssertEqual(zeroed.readings.map(\.text), Array(repeating: "feed_pks = []", count: 4), "\(zeroed.readings)")
        XCTAssertEqual(finding.examples.count, 2, "and what a slot that is not zero gives")

        var user = standard.account("user")!
        user.versions[7].acknowledgements = []
        let unacknowledged = Registry(accounts: standard.accounts.map { $0.name == "user" ? user : $0 }, enums: standard.enumDefinitions)
        let failing = try Gate.compare(user.versions[6], user.versions[7], in: unacknowledged)
        XCTAssertFalse(failing.passes)
        XCTAssertEqual(failing.exitCode, 1)
        XCTAssertEqual(failing.findings.first?.verdict, .needsAcknowledgement)
        XCTAssertNil(failing.findings.first?.acknowledgement)
        XCTAssertTrue(failing.render(.text).contains("NOT acknowledged"))
    }

    func testAnInsertInTheMiddleFails() throws {
        let working = editing("user") { $0.fields.insert(Field("tunnel_mtu", .u16), at: 12) }
        let report = Gate.compare(baseline: standard, working: working)
        XCTAssertFalse(report.passes)
        XCTAssertEqual(report.exitCode, 1)
        let finding = try XCTUnwrap(report.finding("user", .insert))
        XCTAssertEqual(report.findings.count, 1)
        XCTAssertEqual(finding.field, "tunnel_mtu")
        XCTAssertEqual(finding.verdict, .breaking)
        XCTAssertEqual(finding.affected, ReaderID.allCases)
        XCTAssertFalse(finding.examples[0].hex.isEmpty)
    }

    func testANewEnumValueIsBreakingForPythonReleasesOnly() throws {
        var status = standard.enumDefinition("BGPStatus")
        status.cases.append((value: 3, name: "Flapping"))
        let working = Mutations.replacing("BGPStatus", with: status)
        let report = Gate.compare(baseline: standard, working: working)
        XCTAssertFalse(report.passes)
        let user = try XCTUnwrap(report.finding("user", .enumValueAdded))
        XCTAssertEqual(user.field, "bgp_status")
        XCTAssertEqual(user.verdict, .breaking)
        XCTAssertEqual(user.affected, [.py], report.render(.text))
        // The instruction is read by the program only, which knows the new value.
        XCTAssertEqual(report.finding("set_user_bgp_status", .enumValueAdded)?.verdict, .compatible)
        XCTAssertEqual(report.findings.filter(\.fails).map(\.account), ["user"])
    }

    // MARK: Execution decides

    func testASlotReuseInTheMiddleBreaksEvenWhenAcknowledged() throws {
        let working = editing("user") { version in
            version.fields[15] = Field("validator_pubkeys", .vec(.pubkey))
            version.acknowledgements = [Acknowledgement(.slotReuse(field: "validator_pubkeys", replaces: "validator_pubkey"), reason: "test")]
        }
        let finding = try XCTUnwrap(Gate.compare(baseline: standard, working: working).finding("user", .slotReuse))
        XCTAssertNotNil(finding.acknowledgement)
        XCTAssertEqual(finding.verdict, .breaking, "a 4-byte count in a 32-byte slot moves every later field")
        XCTAssertEqual(finding.affected, ReaderID.allCases)
    }

    func testAnEnumTheSDKPortsDoNotModelLeavesThemUnverifiedAndFails() throws {
        // The TypeScript and Python ports carry the SDKs' own enum tables (docs/readers.md §4); for an enum
        // they have none for, they cannot say what a release would do. The gate does not guess.
        let tier = EnumDefinition("Tier", default: 1, [(1, "Gold"), (2, "Silver")])
        var user = standard.account("user")!
        var version = user.current
        version.fields.append(Field("tier", .enumeration("Tier")))
        version.id = "v8"
        user.versions.append(version)
        let working = Registry(accounts: standard.accounts.map { $0.name == "user" ? user : $0 }, enums: standard.enumDefinitions + [tier])
        let report = Gate.compare(baseline: standard, working: working)
        let finding = try XCTUnwrap(report.finding("user", .append))
        XCTAssertEqual(finding.verdict, .compatible, "the program substitutes the default, Go keeps its 0")
        XCTAssertEqual(finding.affected, [])
        XCTAssertEqual(finding.unverified.map(\.reader), [.ts, .py])
        XCTAssertTrue(finding.fails)
        XCTAssertFalse(report.passes)
    }

    func testDeviceStatusGaining2BreaksNoRelease() throws {
        // Python's DeviceStatus table is shifted by one from 2 on (docs/readers.md §4.2): it already has a
        // member 2, so a released Python reads the new value without raising. Only running it shows that.
        var status = standard.enumDefinition("DeviceStatus")
        status.cases.append((value: 2, name: "Suspended"))
        let report = Gate.compare(baseline: standard, working: Mutations.replacing("DeviceStatus", with: status))
        let finding = try XCTUnwrap(report.finding("device", .enumValueAdded))
        XCTAssertEqual(finding.verdict, .compatible, report.render(.text))
        XCTAssertEqual(finding.affected, [])
        XCTAssertTrue(report.passes)
    }

    func testARenameIsReportedSeparatelyAndPasses() throws {
        let report = try Gate.compare(layout("global_state@G6"), layout("global_state@G7"))
        XCTAssertTrue(report.passes, report.render(.text))
        XCTAssertEqual(report.findings.map(\.kind), [.rename])
        XCTAssertEqual(report.findings.first?.verdict, .rename)
        XCTAssertTrue(report.render(.text).contains("Renames (binary-compatible"))
    }

    func testTheCurrentLayoutsAgainstTheCommittedLockHaveNoFindings() throws {
        let lock = try GateBaseline.lockFile(path: "\(repositoryRoot())/fixtures/layouts.lock.json").load()
        let report = Gate.compare(baseline: lock, working: standard)
        XCTAssertEqual(report.findings, [], "fixtures/layouts.lock.json is stale: run dzcompat gate --write-lock")
        XCTAssertTrue(report.render(.text).hasSuffix("result: pass (no layout changes)"))
    }
}
