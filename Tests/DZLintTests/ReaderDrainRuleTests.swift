import DZCodec
import DZComparison
import DZLayouts
import DZLint
import DZPorts
import XCTest

/// Rule 5 on crafted fixtures: bytes past the layout are left by every reader that reads the account
/// (an SDK with no reader for it, as for instruction data, is not asked); a reader that stops early on
/// its own is named alone.
final class ReaderDrainRuleTests: XCTestCase {
    func testTrailingBytesAreLeftByEveryReader() throws {
        let readers = ReaderSet()
        for account in Registry.standard.accounts {
            let version = account.current
            let bytes = try sampleBytes(version, account: account)
            let pair = try consistent(account.name, bytes, version, account: account)
            let report = try FixtureFolder([(pair.stem, bytes + [9, 9, 9], pair.json)]).lint()
            let found = report.findings.filter { $0.rule == .readersDrain }
            // A bitmap is the rest of the account: the program reads every byte, and no SDK reads it.
            if version.endsInBitmap {
                XCTAssertEqual(found.map(\.field), [], account.name)
                continue
            }
            // The SDKs that have a reader for the account, by the registry's knowledge of them.
            let reading = [ReaderID.program] + SDK.allCases.filter {
                Registry.standard.sdk($0.rawValue).readerFields(for: version, in: .standard) != nil
            }.map { ReaderID(.port($0)) }
            XCTAssertEqual(Set(found.map { String($0.field.prefix { $0 != ":" }) }), Set(reading.map(\.rawValue)), account.name)
            XCTAssertEqual(found.count, reading.count)
            for reader in reading {
                // A reader that stops early on the sample itself (a field its SDK does not read) leaves
                // that too; the others stop at the end of what the layout describes.
                let stop = try XCTUnwrap(readers.read(bytes, as: version, by: reader).consumed)
                let finding = found.first { $0.field.hasPrefix(reader.rawValue + ":") }
                let left = bytes.count + 3 - stop
                XCTAssertEqual(finding?.offset, stop, "\(account.name) \(reader)")
                XCTAssertEqual(finding?.message.contains("left \(left) bytes unread"), true, "\(account.name) \(reader): \(String(describing: finding))")
                if stop == bytes.count { XCTAssertEqual(finding?.field, "\(reader.rawValue): (end)") }
            }
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
