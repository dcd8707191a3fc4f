import DZCodec
import DZFixtures
import DZLayouts
import DZPorts
import XCTest

final class ProgramReaderTests: XCTestCase {
    let reader = ProgramReader(registry: .standard)

    /// Every account version's sample reads whole: a value, every byte read, no field it lacks held.
    func testEverySampleReadsWhole() throws {
        for account in Registry.standard.accounts {
            guard case .account = account.kind else { continue }
            for version in account.versions {
                let bytes = try BinaryEncoder.encode(Samples.record(for: version), version)
                let answer = reader.readCounting(bytes, as: version)
                XCTAssertNotNil(answer.value["ok"], version.reference)
                XCTAssertEqual(answer.consumed, bytes.count, version.reference)
                XCTAssertEqual(reader.read(bytes, as: version), answer.value, version.reference)
                XCTAssertTrue(answer.heldFields.isSubset(of: Set(version.fields.map(\.name))), version.reference)
            }
        }
    }

    /// A cut account holds only the fields before the cut; the ones after are not held, whatever their default.
    func testACutAccountHoldsOnlyTheFieldsBeforeTheCut() throws {
        let version = try Registry.standard.resolve("user@v7")
        let (bytes, spans) = try BinaryEncoder.encodeWithSpans(Samples.record(for: version), version, registry: .standard)
        let cut = try XCTUnwrap(spans.first { $0.path == "owner" })
        let answer = reader.readCounting(Array(bytes.prefix(cut.offset + cut.length)), as: version)
        XCTAssertTrue(answer.heldFields.contains("owner"))
        let after = version.fields.drop { $0.name != "owner" }.dropFirst().map(\.name)
        XCTAssertFalse(after.isEmpty)
        XCTAssertTrue(answer.heldFields.isDisjoint(with: after), "\(answer.heldFields)")
    }

    func testARejectedAccountIsAnErrorThatReadNothing() throws {
        let version = try Registry.standard.resolve("user@v7")
        let answer = reader.readCounting([0xFF], as: version)
        XCTAssertNil(answer.value["ok"])
        XCTAssertNotNil(answer.value["error"] ?? answer.value["fatal"])
        XCTAssertEqual(answer.consumed, 0)
        XCTAssertEqual(answer.heldFields, [])
    }
}
