import DZComparison
import DZLayouts
import DZPorts
import DZReportModel
import XCTest

final class MatrixTests: XCTestCase {
    static let matrix = try! MatrixBuilder().build()

    func table(_ account: String, _ reader: ReaderID) throws -> MatrixTable {
        try XCTUnwrap(Self.matrix.tables.first { $0.account == account && $0.reader == reader })
    }

    func verdict(_ table: MatrixTable, _ reader: String, _ account: String) -> MatrixVerdict? {
        guard let r = table.versions.firstIndex(of: reader), let a = table.versions.firstIndex(of: account) else { return nil }
        return table.cells[r][a].verdict
    }

    func testProgramZeroFillsEveryUserVersionButTheReusedSlot() throws {
        let user = try table("user", .program)
        for (r, row) in user.cells.enumerated() {
            for (a, cell) in row.enumerated() {
                // U6 reads U7's feed_pks count and keys as its scalar feed_pk: the slot reuse of docs/program-rules.md §4.
                let expected: MatrixVerdict = r == a ? .ok : (cell.readerVersion == "U6" && cell.accountVersion == "U7")
                    ? .misread(fields: ["feed_pk"]) : .zeroFilled
                XCTAssertEqual(cell.verdict, expected, "\(cell.readerVersion) on \(cell.accountVersion)")
            }
        }
    }

    func testProgramDeviceHistory() throws {
        let device = try table("device", .program)
        XCTAssertEqual(verdict(device, "D15", "D13"), .zeroFilled, "today's program on a legacy device rebuilds interfaces")
        XCTAssertEqual(verdict(device, "D13", "D15"), .zeroFilled, "the legacy program ignores the trailing vec")
        XCTAssertEqual(verdict(device, "D15", "D10"), .zeroFilled)
        // f01b62ddb changed the interface element in place: a tagged reader misreads the pre-enum elements.
        guard case .misread(let fields)? = verdict(device, "D6", "D5") else { return XCTFail("D6 on D5 must misread") }
        XCTAssertTrue(fields.contains("deprecated_interfaces"))
    }

    /// The program's only breaches where the rules apply: f9f7ebe59 added the V2 interface variant, and
    /// the derived reader of D6/D7 fails on it, empties the legacy list and misreads what follows.
    func testProgramBreachesAreTheV2VariantOnV1OnlyReaders() {
        let breaches = MatrixBuilder.breaches(Self.matrix).filter { $0.reader == .program }
        let pairs = Set(breaches.map { "\($0.cell.readerVersion) on \($0.cell.accountVersion)" })
        let expected = Set(["D6", "D7"].flatMap { reader in (8...15).map { "\(reader) on D\($0)" } })
        XCTAssertEqual(pairs, expected)
        for breach in breaches {
            guard case .misread(let fields) = breach.cell.verdict else { return XCTFail("\(breach)") }
            XCTAssertEqual(fields.first, "deprecated_interfaces")
            XCTAssertFalse(breach.cell.exampleHex.isEmpty, "every breach comes with its input")
        }
    }
}
