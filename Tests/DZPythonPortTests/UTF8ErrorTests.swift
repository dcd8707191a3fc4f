@testable import DZPythonPort
import Foundation
import XCTest

/// The UnicodeDecodeError text of CPython's strict UTF-8 decoder (docs/readers.md §2.2, §8 row 14): which
/// reason, which byte range, word for word.
final class UTF8ErrorTests: XCTestCase {
    private func message(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { PythonUTF8.firstError($0)?.message }
    }

    private func bytes(_ hex: String) -> [UInt8] { hex.split(separator: " ").map { UInt8($0, radix: 16)! } }

    /// Texts taken from CPython 3.11.
    func testCPythonWording() {
        let cases: [(String, String?)] = [
            ("ff", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
            ("80", "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"),
            ("c0 80", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"),
            ("c1 bf", "'utf-8' codec can't decode byte 0xc1 in position 0: invalid start byte"),
            ("c2", "'utf-8' codec can't decode byte 0xc2 in position 0: unexpected end of data"),
            ("c2 41", "'utf-8' codec can't decode byte 0xc2 in position 0: invalid continuation byte"),
            ("c2 80", nil),
            ("e0 80", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"),
            ("e0 9f bf", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"),
            ("e0 a0", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"),
            ("e0 a0 41", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"),
            ("e0 a0 80", nil),
            ("ed a0", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"),
            ("ed a0 80", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"),
            ("ed bf bf", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"),
            ("ed 9f", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"),
            ("ef bb bf", nil),
            ("f0 90", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"),
            ("f0 90 80", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"),
            ("f0 8f bf bf", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"),
            ("f0 90 41", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"),
            ("f0 90 80 41", "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte"),
            ("f4 8f bf bf", nil),
            ("f4 90 80 80", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"),
            ("f5 80 80 80", "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"),
            ("41 42 e2 82", "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data"),
            ("41 e2 82 41", "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte"),
            ("e2 82 ac ff", "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"),
        ]
        for (hex, expected) in cases {
            XCTAssertEqual(message(bytes(hex)), expected, hex)
        }
    }

    /// Every 1- and 2-byte sequence, and 3- and 4-byte sequences over the bytes where the classification
    /// changes, with and without an ASCII prefix, against the python3 on this machine.
    func testAgreesWithRealPython() throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)
        else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { return XCTFail("python3 not found") }
            throw XCTSkip("python3 not found")
        }
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                              0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var inputs: [[UInt8]] = (0...255).map { [UInt8($0)] }
        for first in 0...255 { for second in 0...255 { inputs.append([UInt8(first), UInt8(second)]) } }
        for lead in 0xC0...0xFF {
            for second in edges {
                for third in edges {
                    inputs.append([UInt8(lead), second, third])
                    if lead >= 0xE0 { for fourth in edges { inputs.append([UInt8(lead), second, third, fourth]) } }
                }
            }
        }
        inputs += inputs.filter { $0.count == 3 }.map { Array("ab".utf8) + $0 + [0x41] }

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dzpy-utf8-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.txt"), output = directory.appendingPathComponent("out.txt")
        let hexLines = inputs.map { $0.map { String(format: "%02x", $0) }.joined() }
        try (hexLines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let script = """
            import sys
            out = []
            for line in open(sys.argv[1]):
                try:
                    bytes.fromhex(line.strip()).decode("utf-8"); out.append("ok")
                except UnicodeDecodeError as e:
                    out.append(str(e))
            open(sys.argv[2], "w").write("\\n".join(out) + "\\n")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, input.path, output.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let answers = try String(contentsOf: output, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(answers.count, inputs.count + 1)
        var mismatches = 0
        for (index, bytes) in inputs.enumerated() where index < answers.count {
            let ours = message(bytes) ?? "ok"
            if ours != answers[index] {
                mismatches += 1
                if mismatches <= 10 { XCTFail("\(hexLines[index]): python \(answers[index]), port \(ours)") }
            }
        }
        XCTAssertEqual(mismatches, 0, "over \(inputs.count) sequences")
        XCTAssertGreaterThan(inputs.count, 150_000)
    }
}
