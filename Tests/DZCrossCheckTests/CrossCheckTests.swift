import DZCorpus
import DZCrossCheck
import DZGoPort
import DZJSON
import DZLayouts
import Foundation
import XCTest

/// The cross-check against a stand-in native reader (a script that prints prepared lines): the same
/// bytes pass without a parse, the same value in another key order passes, another value is a mismatch.
final class CrossCheckTests: XCTestCase {
    func testMismatchesAreFoundWhateverTheKeyOrder() throws {
        let inputs = Array(try Corpus().inputs().filter { $0.layout.account == "user" }.prefix(3))
        let port = GoPort()
        var lines = inputs.map { JSONWriter.render(port.decodeToJSON($0.bytes, as: $0.layout), style: .compact) }

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dzcompat-crosscheck-\(getpid())")
        let build = root.appendingPathComponent("sdk-go-spec/build")
        try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let answers = root.appendingPathComponent("answers.txt")
        let reader = build.appendingPathComponent("sdk-go-spec")
        try "#!/bin/sh\ncat > /dev/null\ncat '\(answers.path)'\n".write(to: reader, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: reader.path)
        let check = CrossCheck(root: root.path)

        func run() throws -> [CrossCheckMismatch] {
            try (lines.joined(separator: "\n") + "\n").write(to: answers, atomically: true, encoding: .utf8)
            return try check.run(.go, inputs: inputs)
        }

        XCTAssertEqual(try run().count, 0)
        // The same value with its keys reversed: not the same bytes, still the same answer.
        guard case .object(let object)? = try JSONReader.parse(Array(lines[1].utf8), source: "line")["ok"] else {
            return XCTFail("the port should decode a user fixture")
        }
        lines[1] = JSONWriter.render(.object(["ok": .object(JSONObject(object.members.reversed()))]), style: .compact)
        XCTAssertEqual(try run().count, 0)
        // Another value: one mismatch, on that input.
        lines[2] = JSONWriter.render(.object(["ok": .object(["account_type": .integer(7)])]), style: .compact)
        let mismatches = try run()
        XCTAssertEqual(mismatches.count, 1)
        XCTAssertEqual(mismatches.first?.input.bytes, inputs[2].bytes)
    }
}
