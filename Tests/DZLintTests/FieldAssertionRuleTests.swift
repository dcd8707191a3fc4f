import DZCodec
import DZFixtures
import DZJSON
import DZLayouts
import DZLint
import DZReportModel
import XCTest

/// Rule 2 on crafted fixtures: a JSON that omits a field, states another value, or lists two fields the
/// other way round, and a .bin longer or shorter than its layout.
final class FieldAssertionRuleTests: XCTestCase {
    /// Each account's current sample as the generator writes it: the pair, its document and its `fields`.
    func generated(_ account: AccountLayouts) throws -> (pair: (stem: String, bytes: [UInt8], json: String), document: JSONObject, fields: [JSONValue]) {
        let version = account.current
        let pair = try consistent(account.name, try sampleBytes(version, account: account), version, account: account)
        let document = try XCTUnwrap(try JSONReader.parse(Array(pair.json.utf8), source: "test").objectValue)
        return (pair, document, try XCTUnwrap(document["fields"]?.arrayValue))
    }

    /// Each account's current sample, with its JSON's `fields` edited.
    func editedJSON(_ account: AccountLayouts, _ edit: ([JSONValue]) -> [JSONValue]) throws -> [LintFinding] {
        var (pair, document, fields) = try generated(account)
        document["fields"] = .array(edit(fields))
        pair.json = JSONWriter.render(.object(document), style: .pretty)
        return try FixtureFolder([pair]).lint().findings.filter { $0.rule == .everyFieldAsserted }
    }

    func testTheGeneratorsOwnFormHasNoFinding() throws {
        for account in Registry.standard.accounts {
            XCTAssertEqual(try editedJSON(account) { $0 }, [], account.name)
        }
    }

    /// Every top-level field of every account that its JSON lists, left out of it in turn (upstream's
    /// link.json and tenant.json do this). An absent `Option` lists nothing to leave out.
    func testAnOmittedFieldIsAFinding() throws {
        var checked = 0
        for account in Registry.standard.accounts {
            let listed = Set(try generated(account).fields.compactMap { $0["name"]?.stringValue })
            for field in account.current.fields {
                let name = if case .vec = field.type { field.jsonName + "Len" } else { field.jsonName }
                guard listed.contains(name) else { continue }
                checked += 1
                let found = try editedJSON(account) { $0.filter { $0["name"]?.stringValue != name } }
                let expected = if case .vec = field.type { field.name + ".count" } else { field.name }
                XCTAssertEqual(found.map(\.field), [expected], "\(account.name) without \(name)")
                XCTAssertEqual(found.first?.file, "\(account.name).json")
                XCTAssertNotNil(found.first?.offset, "an omitted field points at its bytes")
            }
        }
        XCTAssertGreaterThan(checked, Registry.standard.accounts.count)
    }

    func testAWrongValueAndASwapAreFindings() throws {
        let account = Registry.standard.account("user")!
        let wrong = try editedJSON(account) { fields in
            fields.map { $0["name"]?.stringValue == "TunnelId" ? .object(["name": .string("TunnelId"), "value": .string("7"), "typ": .string("u16")]) : $0 }
        }
        XCTAssertEqual(wrong.map(\.field), ["tunnel_id"])
        XCTAssertEqual(wrong.first?.offset, 124)
        XCTAssertTrue(wrong.first?.message.contains("says '7'") ?? false, "\(wrong)")

        let swapped = try editedJSON(account) { fields in
            var fields = fields
            fields.swapAt(1, 2)
            return fields
        }
        XCTAssertEqual(swapped.map(\.field), ["index"])
        XCTAssertTrue(swapped.first?.message.contains("out of order") ?? false)

        let unknown = try editedJSON(account) { $0 + [.object(["name": .string("Extra"), "value": .string("1"), "typ": .string("u8")])] }
        XCTAssertEqual(unknown.map(\.field), ["Extra"])
    }

    /// A .bin with bytes past its layout, or cut inside it.
    func testABinOfTheWrongLengthIsAFinding() throws {
        for account in Registry.standard.accounts {
            let version = account.current
            let bytes = try sampleBytes(version, account: account)
            let pair = try consistent(account.name, bytes, version, account: account)
            let longer = try FixtureFolder([(pair.stem, bytes + [1, 2, 3], pair.json)]).lint()
            if version.endsInBitmap {
                // The bitmap is the rest of the account: the bytes are its, and the counts the JSON
                // derives from it no longer hold.
                XCTAssertFalse(longer.findings.contains { $0.location.hasSuffix(".bin@\(bytes.count)") }, "\(longer.findings)")
                XCTAssertFalse(longer.findings.filter { $0.rule == .everyFieldAsserted }.isEmpty, account.name)
                continue
            }
            XCTAssertEqual(longer.findings.filter { $0.rule == .everyFieldAsserted }.map(\.location), ["\(account.name).bin@\(bytes.count)"])
            // Cut where the last field starts (instruction arguments cut inside a field make the program panic).
            guard let last = try ProgramDecoder().decode(bytes, as: version).outcomes.last?.offset else { continue }
            let cut = Array(bytes.prefix(last))
            let shorter = try FixtureFolder([try consistent(account.name, cut, version, account: account)]).lint()
            let found = shorter.findings.filter { $0.rule == .everyFieldAsserted }
            XCTAssertEqual(found.map(\.field), [version.fields.last!.name], "\(account.name) cut: \(found)")
            XCTAssertEqual(found.first?.offset, cut.count)
        }
    }
}
