import DZJSON
import DZReportModel

/// The compatibility matrix as JSON, keys in a fixed order:
///
///     {"tables": [{"account", "reader", "versions",
///                  "cells": [[{"reader_version", "account_version", "verdict", "fields"?, "message"?, "example_hex"}]]}]}
///
/// `verdict` is `ok`, `zero_filled`, `misread` (with `fields`) or `error` (with `message`); `cells[r][a]`
/// is reader version r reading account version a.
public enum MatrixJSON {
    public static func render(_ matrix: CompatibilityMatrix, style: JSONWriter.Style = .pretty) -> String {
        JSONWriter.render(value(matrix), style: style)
    }

    public static func value(_ matrix: CompatibilityMatrix) -> JSONValue {
        .object(["tables": .array(matrix.tables.map { table in
            .object([
                "account": .string(table.account),
                "reader": .string(table.reader.rawValue),
                "versions": .array(table.versions.map(JSONValue.string)),
                "cells": .array(table.cells.map { .array($0.map(cell)) }),
            ])
        })])
    }

    private static func cell(_ cell: MatrixCell) -> JSONValue {
        var object: JSONObject = [
            "reader_version": .string(cell.readerVersion),
            "account_version": .string(cell.accountVersion),
            "verdict": .string(VerdictKind(cell.verdict).name),
        ]
        switch cell.verdict {
        case .misread(let fields): object.append("fields", .array(fields.map(JSONValue.string)))
        case .error(let message): object.append("message", .string(message))
        case .ok, .zeroFilled: break
        }
        object.append("example_hex", .string(cell.exampleHex))
        return .object(object)
    }
}
