import DZCodec
import DZJSON
import DZLayouts
import XCTest

final class RegistryTests: XCTestCase {
    func testEveryEnumAFieldNamesExists() {
        func check(_ type: FieldType, _ path: String) {
            switch type {
            case .enumeration(let id): XCTAssertTrue(registry.hasEnum(id), "\(path): unknown enum \(id)")
            case .vec(let element), .option(let element): check(element, path)
            case .structure(let fields): fields.forEach { check($0.type, "\(path).\($0.name)") }
            case .tagged(let element):
                element.variants.flatMap(\.fields).forEach { check($0.type, "\(path).\($0.name)") }
            case .sized(let element): element.fields.forEach { check($0.type, "\(path).\($0.name)") }
            default: break
            }
        }
        for version in registry.allVersions {
            for field in version.fields { check(field.type, "\(version.reference).\(field.name)") }
        }
    }

    func testVersionsAreNumberedInHistoryOrderAndFieldNamesAreUnique() {
        for account in registry.accounts {
            XCTAssertEqual(account.versions.map(\.id), account.versions.indices.map { "v\($0)" })
            XCTAssertEqual(account.versions.map(\.date), account.versions.map(\.date).sorted(), account.name)
            for version in account.versions {
                XCTAssertEqual(Set(version.fields.map(\.name)).count, version.fields.count, version.reference)
            }
        }
    }

    func testHistoryCounts() {
        XCTAssertEqual(registry.account("user")?.versions.map(\.label), (0...7).map { "U\($0)" })
        XCTAssertEqual(registry.account("global_state")?.versions.map(\.label), (0...7).map { "G\($0)" })
        XCTAssertEqual(registry.account("device")?.versions.count, 16)
        XCTAssertEqual(registry.account("reservation")?.kind, .account(type: 14))
        XCTAssertEqual(registry.account("set_user_bgp_status")?.kind, .instruction(variant: 106))
        XCTAssertEqual(registry.account("reserve_connection")?.kind, .instruction(variant: 95))
        XCTAssertEqual(registry.account("close_reservation")?.kind, .instruction(variant: 96))
    }

    func testReferencesResolveByIdLabelCommitAndCurrent() throws {
        XCTAssertEqual(try registry.resolve("user@v4").label, "U4")
        XCTAssertEqual(try registry.resolve("user@U4").id, "v4")
        XCTAssertEqual(try registry.resolve("user@u4").id, "v4")
        XCTAssertEqual(try registry.resolve("user@3be93589f").label, "U4")
        XCTAssertEqual(try registry.resolve("user").label, "U7")
        XCTAssertEqual(try registry.resolve("device@latest").label, "D15")
        XCTAssertThrowsError(try registry.resolve("usr@v1")) { error in
            XCTAssertTrue("\(error)".contains("no account of that name"))
        }
        XCTAssertThrowsError(try registry.resolve("user@v99")) { error in
            XCTAssertTrue("\(error)".contains("v7 (U7)"), "the error lists the known versions")
        }
    }

    func testReservationAuthorityAndFeedAuthorityAreOneSlot() {
        let g6 = layout("global_state@G6"), g7 = layout("global_state@G7")
        XCTAssertEqual(g6.fields.count, g7.fields.count)
        XCTAssertEqual(g6.fields.last?.name, "reservation_authority_pk")
        XCTAssertEqual(g7.fields.last?.name, "feed_authority_pk")
        XCTAssertEqual(g7.fields.last?.renamedFrom, "reservation_authority_pk")
        XCTAssertEqual(sampleBytes(g6), sampleBytes(g7), "the renamed slot carries the same bytes")
    }

    func testLayoutsJSONExportRoundTripsThroughJansson() throws {
        let text = JSONWriter.render(registry.exportJSON(), style: .pretty)
        let parsed = try JSONReader.parse(Array(text.utf8), source: "layouts.json")
        XCTAssertEqual(parsed["schema"]?.stringValue, "dzcompat-layouts/1")
        let accounts = try XCTUnwrap(parsed["accounts"]?.arrayValue)
        XCTAssertEqual(accounts.count, registry.accounts.count)
        let user = try XCTUnwrap(accounts.first { $0["name"]?.stringValue == "user" })
        let u7 = try XCTUnwrap(user["versions"]?.arrayValue?.last)
        XCTAssertEqual(u7["fields"]?.arrayValue?.count, 23)
        XCTAssertEqual(parsed, try JSONReader.parse(Array(text.utf8), source: "again"), "export is deterministic")
    }
}
