import DZCodec
import DZCompat
import DZLayouts
import DZLint
import XCTest

/// Rule 5 on crafted fixtures: bytes past the layout are left by every reader that reads the account
/// (the SDKs read no instruction data); a reader that stops early on its own is named alone.
final class ReaderDrainRuleTests: XCTestCase {
    func testTrailingBytesAreLeftByEveryReader() throws {
        for account in Registry.standard.accounts {
            let version = account.current
            let bytes = try sampleBytes(version, account: account)
            let pair = try consistent(account.name, bytes, version, account: account)
            let report = try FixtureFolder([(pair.stem, bytes + [9, 9, 9], pair.json)]).lint()
            let found = report.findings.filter { $0.rule == .readersDrain }
            let readers: [ReaderID] = if case .account = account.kind { ReaderID.allCases } else { [.program] }
            XCTAssertEqual(Set(found.map(\.field)), Set(readers.map { "\($0.rawValue): (end)" }), account.name)
            XCTAssertEqual(found.count, readers.count)
            XCTAssertTrue(found.allSatisfy { $0.offset == bytes.count && $0.message.contains("left 3 bytes unread") }, "\(found)")
        }
    }

    /// A User whose .bin ends 3 bytes into its last u64 (the JSON saying what the program reads): the
    /// program takes the partial field as its default and consumes it; the SDKs' fixed-width reads do
    /// not move, so each leaves the 3 bytes.
    func testAReaderThatStopsEarlyIsNamed() throws {
        let user = Registry.standard.account("user")!
        let bytes = try sampleBytes(user.current, account: user)
        let start = try ProgramDecoder().decode(bytes, as: user.current).outcomes.first { $0.field == "bgp_rtt_ns" }!.offset
        let cut = Array(bytes.prefix(start + 3))
        let report = try FixtureFolder([try consistent("user", cut, user.current, account: user)]).lint()
        let found = report.findings.filter { $0.rule == .readersDrain }
        XCTAssertFalse(found.contains { $0.field.hasPrefix("program") }, "\(found)")
        let go = found.first { $0.field.hasPrefix("go:") }
        XCTAssertEqual(go?.offset, start)
        XCTAssertEqual(go?.message, "Go left 3 bytes unread from offset \(start) (of \(cut.count))")
        XCTAssertEqual(go?.field, "go: bgp_rtt_ns")
    }
}
