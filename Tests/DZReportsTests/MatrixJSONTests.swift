import DZJSON
@testable import DZReports
import XCTest

final class MatrixJSONTests: XCTestCase {
    func testEveryCellWithItsDetails() throws {
        let root = try JSONReader.parse(Array(MatrixJSON.render(Samples.matrix()).utf8), source: "matrix.json")
        let tables = try XCTUnwrap(root["tables"]?.arrayValue)
        XCTAssertEqual(tables.count, 3)
        XCTAssertEqual(tables[0].objectValue?.members.map(\.key), ["account", "reader", "versions", "cells"])
        XCTAssertEqual(tables[2]["reader"], .string("ts"))
        XCTAssertEqual(tables[0]["versions"], .array(["U0", "U1", "U2"].map(JSONValue.string)))
        let rows = try XCTUnwrap(tables[0]["cells"]?.arrayValue?.map { try XCTUnwrap($0.arrayValue) })
        XCTAssertEqual(rows.map(\.count), [3, 3, 3])
        XCTAssertEqual(rows[0][2], .object([
            "reader_version": .string("U0"), "account_version": .string("U2"), "verdict": .string("misread"),
            "fields": .array([.string("status"), .string("owner")]), "example_hex": .string("0102"),
        ]))
        XCTAssertEqual(rows[1][2]["message"], .string(Samples.matrixError))
        XCTAssertEqual(rows[1][2]["verdict"], .string("error"))
        XCTAssertEqual(rows[1][0]["verdict"], .string("zero_filled"))
        XCTAssertEqual(rows[0][0].objectValue?.members.map(\.key), ["reader_version", "account_version", "verdict", "example_hex"])
    }
}
