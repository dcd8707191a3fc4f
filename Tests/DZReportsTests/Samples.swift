import DZPorts
import DZReportModel
import Foundation
import FoundationXML
import XCTest

/// Hand-built report data with the awkward strings the renderers must survive: markup, quotes,
/// backticks, pipes, line breaks, a terminal escape and characters XML forbids.
enum Samples {
    static let hostileValue = "error: ValueError: 9 is not a valid UserStatus\n<script>alert(1)</script> & \"q\" 'a'"
    static let controlValue = "a|b`c` \u{1}\u{FFFE}\r"
    static let longHex = String(repeating: "0a1b", count: 100)

    static func diff() -> DiffReport {
        let groups = [
            DivergenceGroup(
                account: "device", field: "interfaces[].mtu", situation: "truncation", partition: [[.program], [.go, .ts, .py]],
                count: 3,
                example: DivergenceExample(layout: "device@v3", hex: longHex, situation: "device_v3 cut at 200",
                                           values: [(.program, "1500"), (.go, "0"), (.ts, "0"), (.py, controlValue)]),
                status: .unlisted),
            DivergenceGroup(
                account: "user", field: "status", situation: "enum value", partition: [[.program, .go, .ts], [.py]], count: 256,
                example: DivergenceExample(layout: "user@v7", hex: "0105ff", situation: "user_v7 status=9",
                                           values: [(.program, "Activated"), (.go, "Activated"), (.ts, "Activated"), (.py, hostileValue)]),
                status: .unlisted),
            DivergenceGroup(
                account: "device", field: "name", situation: "string content", partition: [[.program, .py], [.go, .ts]], count: 40,
                example: DivergenceExample(layout: "device@v3", hex: "c0ff", situation: "device_v3 name = bom",
                                           values: [(.program, "error"), (.go, "\u{FEFF}x"), (.ts, "\u{FEFF}x"), (.py, "error")]),
                status: .accepted(reason: "TS decodes invalid UTF-8 with U+FFFD | as does Go")),
            DivergenceGroup(
                account: "user", field: "(result)", situation: "truncation", partition: [[.program], [.go, .ts], [.py]], count: 1200,
                example: DivergenceExample(layout: "user@v7", hex: "01", situation: "user_v7 cut at 1",
                                           values: [(.program, "ok"), (.go, "partial"), (.ts, "partial"), (.py, "error")]),
                status: .accepted(reason: "Go and TS return a partial account <see docs/readers.md> & co")),
        ]
        return DiffReport(
            corpusSize: 190_000, seed: .max, readers: ReaderID.allCases, groups: groups,
            staleEntries: [PolicyEntry(account: "*", field: "interfaces[].*", situation: "*", readers: "program | go+ts+py",
                                       reason: "fixed in v0.4: 100% done, a,b:c\nsecond line")],
            oddCounts: [
                (account: "user", reader: .py, situation: "enum value", count: 256),
                (account: "device", reader: .ts, situation: "truncation", count: 3),
                (account: "device", reader: .go, situation: "string\ncontent \"x\"\\", count: 40),
                (account: "device", reader: .go, situation: "truncation", count: 3),
                (account: "user", reader: .py, situation: "enum value", count: 4),
            ],
            seconds: 3.25)
    }

    /// Only accepted divergences and no stale entry: a passing run.
    static func passingDiff() -> DiffReport {
        var report = diff()
        report.groups = report.groups.filter { $0.status != .unlisted }
        report.staleEntries = []
        return report
    }

    static let matrixError = "<script>alert(1)</script> & \u{1B}[31mred"

    static func matrix() -> CompatibilityMatrix {
        func table(_ account: String, _ reader: ReaderID, _ versions: [String], _ verdict: (Int, Int) -> MatrixVerdict) -> MatrixTable {
            MatrixTable(account: account, reader: reader, versions: versions, cells: versions.indices.map { r in
                versions.indices.map { a in
                    MatrixCell(readerVersion: versions[r], accountVersion: versions[a], verdict: verdict(r, a), exampleHex: "01\(r)\(a)")
                }
            })
        }
        return CompatibilityMatrix(tables: [
            table("user", .go, ["U0", "U1", "U2"]) { r, a in
                switch (r, a) {
                case (0, 2): .misread(fields: ["status", "owner"])
                case (1, 2): .error(matrixError)
                case _ where r == a: .ok
                default: .zeroFilled
                }
            },
            table("user", .py, ["U0", "U1", "U2"]) { _, _ in .ok },
            table("device", .ts, ["D0", "D1"]) { r, a in r == 0 && a == 1 ? .error("too short") : r == a ? .ok : .zeroFilled },
        ])
    }

    /// Whether libxml2 finds `text` well-formed. XMLParser, not XMLDocument: XMLDocument recovers from errors.
    static func isWellFormed(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() && parser.parserError == nil
    }

    /// `text` parsed as XML, for XPath queries; fails the test if it is not well-formed.
    static func xml(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
        XCTAssertTrue(isWellFormed(text), "not well-formed XML", file: file, line: line)
        return try XMLDocument(xmlString: text, options: [])
    }
}

extension String {
    func count(of needle: String) -> Int { components(separatedBy: needle).count - 1 }

    /// Offset of the first occurrence of `needle`, or nil.
    func offset(of needle: String) -> Int? {
        range(of: needle).map { distance(from: startIndex, to: $0.lowerBound) }
    }
}
