import ArgumentParser
import DZFileIO
import DZJSON
import DZLayouts
import DZPorts
import Glibc

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decode a batch: `<layout>TAB<hex>` lines on stdin, one decoded-value JSON line each on stdout.",
        discussion: """
            The protocol of the native spec readers (docs/reader-contract.md §2), so that a port and its \
            native reader can be compared line by line. A malformed or over-long line gets \
            {"fatal": "bad request: line N: ..."} and reading goes on. Answers are flushed whenever the input \
            has no more lines waiting; a failed write stops the batch with exit code 2.
            """
    )

    @OptionGroup var reader: ReaderArgument

    @Option(help: "Longest request line in bytes, as decode bounds a file (default 64 MiB).")
    var maxLineBytes = FileIO.defaultLimit

    func validate() throws {
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be at least 1") }
    }

    func run() throws {
        let registry = Registry.standard
        let reader = try ReaderLookup.reader(self.reader.sdk, registry: registry)
        var lines = LineReader(descriptor: STDIN_FILENO, limit: maxLineBytes)
        var output: [UInt8] = []
        var number = 0
        do {
            while let line = try lines.next() {
                number += 1
                let result = switch line {
                case .text(let bytes): answer(bytes, line: number, registry: registry, reader: reader)
                case .tooLong(let length): Self.badRequest(line: number, "\(length) bytes, more than --max-line-bytes \(maxLineBytes)")
                }
                output += JSONWriter.render(result, style: .compact).utf8
                output.append(UInt8(ascii: "\n"))
                if lines.isDrained || output.count >= 1 << 16 {
                    try OutputStream.standardOutput.write(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            try OutputStream.standardOutput.write(output)
        } catch {
            throw ValidationError("batch: line \(number): \(error)")
        }
    }

    private func answer(_ line: ArraySlice<UInt8>, line number: Int, registry: Registry, reader: any Reader) -> JSONValue {
        guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else {
            return Self.badRequest(line: number, "expected <layout>\\t<hex>")
        }
        let name = String(decoding: line[..<tab].prefix(100), as: UTF8.self)
        guard tab - line.startIndex <= 100, let version = try? registry.resolve(name) else {
            return Self.badRequest(line: number, "unknown layout '\(name)'")
        }
        guard let bytes = Hex.decode(line[(tab + 1)...]) else { return Self.badRequest(line: number, "invalid hex") }
        return reader.read(bytes, as: version)
    }

    private static func badRequest(line: Int, _ reason: String) -> JSONValue {
        .object(["fatal": .string("bad request: line \(line): \(reason)")])
    }
}

/// Hex text to bytes, either case; nil on an odd length or a non-hex character.
enum Hex {
    static func decode(_ digits: ArraySlice<UInt8>) -> [UInt8]? {
        guard digits.count % 2 == 0 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(digits.count / 2)
        var index = digits.startIndex
        while index < digits.endIndex {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
