import DZCodec
import DZFixtures
import DZLayouts
import DZLint
import XCTest

/// Rule 3 on crafted fixture sets: an account's current fixture alone lacks a legacy fixture for every
/// append, and those of its older versions cover them; Device needs its future-version fixture.
final class LegacyFutureRuleTests: XCTestCase {
    func testEveryAppendNeedsALegacyFixture() throws {
        for account in Registry.standard.accounts {
            let current = account.current
            let alone = try FixtureFolder([file(account.name + "_" + current.id)]).lint()
            let legacy = alone.findings.filter { $0.rule == .legacyAndFuture && $0.message.hasPrefix("no legacy") }
            // Where an older version's fields start today's, today's reader zero-fills what it lacks.
            let expected = Set(account.versions.dropLast().filter { old in
                old.fields.count < current.fields.count
                    && zip(old.fields, current.fields).allSatisfy { $0.name == $1.name || $1.renamedFrom == $0.name }
            }.map { current.fields[$0.fields.count].name })
            XCTAssertEqual(Set(legacy.map(\.field)), expected, account.name)
            XCTAssertTrue(legacy.allSatisfy { $0.offset != nil && $0.file == "\(account.name)_\(current.id).bin" })

            let all = try FixtureFolder(account.versions.map { file(account.name + "_" + $0.id) }).lint()
            XCTAssertEqual(all.findings.filter { $0.rule == .legacyAndFuture && $0.message.hasPrefix("no legacy") }, [], account.name)
        }
        XCTAssertEqual(Set(try FixtureFolder([file("user_v7")]).lint().findings.filter { $0.rule == .legacyAndFuture }.map(\.field)),
                       ["validator_pubkey", "tunnel_endpoint", "tunnel_flags", "bgp_status", "bgp_rtt_ns", "feed_pks"])
    }

    /// A legacy fixture cut one byte past the boundary covers nothing.
    func testALegacyFixtureMustEndWhereTheFieldStarts() throws {
        let user = Registry.standard.account("user")!
        let v3 = user.version("v3")!
        let bytes = try sampleBytes(v3, account: user)
        let offBoundary = try consistent("user_legacy", bytes + [1], user.current, account: user)
        let report = try FixtureFolder(user.versions.filter { $0.id != "v3" }.map { file("user_" + $0.id) } + [offBoundary]).lint()
        XCTAssertEqual(report.findings.filter { $0.rule == .legacyAndFuture }.map(\.field), ["bgp_status"])
        let onBoundary = try consistent("user_legacy", bytes, user.current, account: user)
        let covered = try FixtureFolder(user.versions.filter { $0.id != "v3" }.map { file("user_" + $0.id) } + [onBoundary]).lint()
        XCTAssertEqual(covered.findings.filter { $0.rule == .legacyAndFuture }, [])
    }

    func testAccountsWithVersionedElementsNeedAFutureFixture() throws {
        let withoutFuture = try FixtureFolder(["device", "device_legacy"].map(file)).lint()
        let future = withoutFuture.findings.filter { $0.rule == .legacyAndFuture && $0.message.hasPrefix("no future") }
        XCTAssertEqual(future.map(\.location), ["device.bin@\(try offsetOfLegacyInterfaces())"])
        let withFuture = try FixtureFolder(["device", "device_legacy", "device_future_version"].map(file)).lint()
        XCTAssertEqual(withFuture.findings.filter { $0.rule == .legacyAndFuture && $0.message.hasPrefix("no future") }, [])
        // User has no size-prefixed or versioned elements.
        XCTAssertEqual(try FixtureFolder([file("user")]).lint().findings.filter { $0.message.hasPrefix("no future") }, [])
    }

    func offsetOfLegacyInterfaces() throws -> Int {
        let device = Registry.standard.account("device")!.current
        return try ProgramDecoder().decode(catalogue["device"]!.bytes, as: device).outcomes
            .first { $0.field == "deprecated_interfaces" }!.offset
    }
}
