import DZReportModel
@testable import DZReports
import XCTest

final class MatrixTerminalTests: XCTestCase {
    func testPlainGridsAreAlignedWithNotesUnderThem() {
        let text = MatrixTerminal.render(Samples.matrix(), colour: false)
        XCTAssertTrue(text.hasPrefix("""
            user · Go
                  U0  U1  U2
              U0  ok  zf  misread[1]
              U1  zf  ok  ERR[2]
              U2  zf  zf  ok
              [1] U0 reading U2: misread: status, owner
              [2] U1 reading U2: error: <script>alert(1)</script> & \\u001B[31mred

            user · Python

            """), text)
        XCTAssertTrue(text.contains("""
            device · TypeScript
                  D0  D1
              D0  ok  ERR[1]
              D1  zf  ok
              [1] D0 reading D1: error: too short
            """))
        XCTAssertFalse(text.contains("\u{1B}"), "no escapes without colour, not even from an error message")
        XCTAssertFalse(text.split(separator: "\n").contains { $0.hasSuffix(" ") }, "no trailing blanks")
    }

    func testTheLegendNamesEverySymbol() {
        let text = MatrixTerminal.render(Samples.matrix(), colour: false)
        for symbol in ["ok      every field", "zf      fields the account lacks", "misread fields differ", "ERR     the reader gives no value"] {
            XCTAssertTrue(text.contains("\n  \(symbol)"), symbol)
        }
    }

    func testColourWrapsOnlyTheVerdicts() {
        let text = MatrixTerminal.render(Samples.matrix(), colour: true)
        XCTAssertTrue(text.contains("  U0  \u{1B}[32mok\u{1B}[0m  \u{1B}[36mzf\u{1B}[0m  \u{1B}[33mmisread[1]\u{1B}[0m\n"))
        XCTAssertTrue(text.contains("  U1  \u{1B}[36mzf\u{1B}[0m  \u{1B}[32mok\u{1B}[0m  \u{1B}[31mERR[2]\u{1B}[0m\n"))
        XCTAssertTrue(text.contains("\\u001B[31mred"), "an escape inside a message stays inert")
        let stripped = text.replacing(#/\x1B\[[0-9]+m/#, with: "")
        XCTAssertEqual(stripped.split(separator: "\n").count, MatrixTerminal.render(Samples.matrix(), colour: false).split(separator: "\n").count)
    }

    func testRaggedTablesLeaveCellsBlank() {
        var table = Samples.matrix().tables[2]
        table.cells[1].removeLast()
        XCTAssertTrue(MatrixTerminal.render(CompatibilityMatrix(tables: [table]), colour: false).contains("\n  D1  zf\n"))
    }
}
