import DZCodec
import DZComparison
import DZCorpus
import DZFixtures
import DZLayouts
import DZReportModel
import XCTest

/// The diff's two finding classes beside value differences: bytes a reader leaves unread, and Go's nil
/// where the bytes hold a present, empty vector.
final class DiffFindingClassTests: XCTestCase {
    func groups(_ bytes: [UInt8], _ reference: String) throws -> [DivergenceGroup] {
        let version = try Registry.standard.resolve(reference)
        return DiffEngine().run([CorpusInput(layout: version, bytes: bytes, situation: "test", kind: .fixture)], seed: 0).groups
    }

    func offset(of field: String, in bytes: [UInt8], _ reference: String) throws -> Int {
        try ProgramDecoder().decode(bytes, as: try Registry.standard.resolve(reference)).outcomes.first { $0.field == field }!.offset
    }

    /// A User cut 3 bytes into its last u64: the program takes the partial field as its default and
    /// consumes it; the SDKs' fixed-width reads do not move, so they leave the 3 bytes unread.
    func testAReaderThatStopsEarlyLeavesBytesUnread() throws {
        let full = try BinaryEncoder.encode(Samples.user, try Registry.standard.resolve("user@v7"))
        let cut = Array(full.prefix(try offset(of: "bgp_rtt_ns", in: full, "user@v7") + 3))
        let unread = try groups(cut, "user@v7").filter { $0.field == DiffEngine.unreadField }
        XCTAssertEqual(unread.count, 1)
        let values = Dictionary(uniqueKeysWithValues: unread.first?.example.values.map { ($0.reader, $0.value) } ?? [])
        XCTAssertEqual(values[.program], "left 0 bytes unread")
        XCTAssertEqual(values[.go], "left 3 bytes unread")
        XCTAssertEqual(unread.first?.partition.first, [.program])
        // The whole account: every reader reads every byte.
        XCTAssertEqual(try groups(full, "user@v7").filter { $0.field == DiffEngine.unreadField }, [])
    }

    /// Go reads a count-0 vector of addresses as nil: a finding of its own where the bytes hold the
    /// vector, none where they end before it.
    func testEmptyIsNotAbsent() throws {
        let version = try Registry.standard.resolve("device@v15")
        var record = Samples.device
        record["dz_prefixes"] = .list([])
        let bytes = try BinaryEncoder.encode(record, version)
        let empty = try groups(bytes, "device@v15").filter { $0.field == "dz_prefixes" + DiffEngine.emptyAsNilSuffix }
        XCTAssertEqual(empty.map(\.partitionText), ["program+ts+py | go"])
        XCTAssertEqual(empty.first?.example.values.first { $0.reader == .go }?.value, "null")

        let absent = Array(bytes.prefix(try offset(of: "dz_prefixes", in: bytes, "device@v15")))
        XCTAssertEqual(try groups(absent, "device@v15").filter { $0.field.hasSuffix(DiffEngine.emptyAsNilSuffix) }.map(\.field), [])
        // A count cut short is no present vector either.
        let user = try BinaryEncoder.encode(Samples.user, try Registry.standard.resolve("user@v0"))
        let cut = Array(user.prefix(try offset(of: "publishers", in: user, "user@v0") + 1))
        XCTAssertEqual(try groups(cut, "user@v0").filter { $0.field.hasSuffix(DiffEngine.emptyAsNilSuffix) }.map(\.field), [])
    }
}
