import DZCodec
import DZFixtures
import DZLayouts
import XCTest

/// A `bitmap` field (ResourceExtension's allocator storage, docs/program-rules.md §7): the program splits
/// the account at the bitmap's start before reading, so a shorter account panics, and every byte from
/// there on is the bitmap. Every version of every account with a bitmap is checked.
final class BitmapTests: XCTestCase {
    /// (version, the bitmap field's index, where it starts), for every version that has one.
    private var bitmapVersions: [(version: LayoutVersion, field: Int, start: Int)] {
        registry.allVersions.compactMap { version in
            version.fields.indices.lazy.compactMap { index -> (LayoutVersion, Int, Int)? in
                if case .bitmap(let start) = version.fields[index].type { (version, index, start) } else { nil }
            }.first
        }
    }

    func testTheRegistryHasBitmaps() {
        XCTAssertEqual(Set(bitmapVersions.map(\.version.account)), ["resource_extension"])
        XCTAssertEqual(bitmapVersions.map(\.start), [80, 88, 88])
    }

    func testTheBitmapStartsAtItsByteAfterZeroPaddingAndRunsToTheEnd() throws {
        for (version, field, start) in bitmapVersions {
            let (bytes, spans) = try BinaryEncoder.encodeWithSpans(Samples.record(for: version), version)
            let name = version.fields[field].name
            let span = try XCTUnwrap(spans.first { $0.path == name }, version.reference)
            XCTAssertEqual(span.offset, start, version.reference)
            XCTAssertEqual(span.offset + span.length, bytes.count, "\(version.reference): the bitmap ends the account")
            let headerEnd = spans.filter { !$0.path.contains(".") && $0.path != name }.map { $0.offset + $0.length }.max() ?? 0
            XCTAssertLessThan(headerEnd, start, "\(version.reference): the sample leaves padding")
            XCTAssertEqual(Array(bytes[headerEnd..<start]), Array(repeating: 0, count: start - headerEnd), version.reference)

            let decoding = try ProgramDecoder().decode(bytes, as: version)
            XCTAssertEqual(decoding.record[name], .string(Array(bytes[start...])), version.reference)
            XCTAssertEqual(decoding.outcomes[field].offset, start, version.reference)
            XCTAssertEqual(decoding.consumed, bytes.count, version.reference)
        }
    }

    func testAnAccountShorterThanTheSplitPanicsAndOneOfExactlyItHasAnEmptyBitmap() throws {
        for (version, field, start) in bitmapVersions {
            let bytes = sampleBytes(version)
            for length in [0, 1, start - 1] {
                XCTAssertThrowsError(try ProgramDecoder().decode(Array(bytes.prefix(length)), as: version)) { error in
                    guard case .panic(_, let failed, let offset, _)? = error as? ProgramDecodingError else {
                        return XCTFail("\(version.reference) at \(length) bytes: \(error)")
                    }
                    XCTAssertEqual(failed, version.fields[field].name)
                    XCTAssertEqual(offset, length)
                }
            }
            let exact = try ProgramDecoder().decode(Array(bytes.prefix(start)), as: version)
            XCTAssertEqual(exact.record[version.fields[field].name], .string([]), version.reference)
            XCTAssertEqual(exact.outcomes[field].outcome, .read, "\(version.reference): an empty bitmap is read, not missing")
        }
    }

    func testAnUnknownAllocatorTagFailsTheAccount() throws {
        for (version, _, _) in bitmapVersions {
            var bytes = sampleBytes(version)
            let tagOffset = try XCTUnwrap(BinaryEncoder.encodeWithSpans(Samples.record(for: version), version).spans
                .first { $0.path == "allocator" }?.offset)
            bytes[tagOffset] = 2
            XCTAssertThrowsError(try ProgramDecoder().decode(bytes, as: version), version.reference) { error in
                guard case .fieldFailed(_, "allocator", tagOffset, _)? = error as? ProgramDecodingError else {
                    return XCTFail("\(version.reference): \(error)")
                }
            }
        }
    }

    func testAHeaderPastTheBitmapIsRefused() {
        let fields = [Field("account_type", .enumeration("AccountType")), Field("owner", .pubkey), Field("storage", .bitmap(at: 16))]
        let version = LayoutVersion(account: "resource_extension", id: "v9", label: "RE9", commit: "0000000", date: "",
                                    summary: "", fields: fields, rules: [])
        let account = AccountLayouts(name: "resource_extension", title: "ResourceExtension", kind: .account(type: 12),
                                     versions: [version])
        let small = Registry(accounts: [account], enums: registry.enumDefinitions)
        XCTAssertThrowsError(try BinaryEncoder.encode(["account_type": .uint(12), "storage": .string([1])], version, registry: small)) {
            XCTAssertEqual($0 as? EncodingError, .headerPastBitmap(path: "storage", end: 33, start: 16))
        }
    }
}
