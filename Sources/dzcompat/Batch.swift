import ArgumentParser
import DZJSON
import DZLayouts
import DZPorts
import Glibc

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decode a batch: `<layout>TAB<hex>` lines on stdin, one decoded-value JSON line each on stdout.",
        discussion: """
            The protocol of the native spec readers (docs/reader-contract.md §2), so that a port and its \
            native reader can be compared line by line. A malformed line gets {"fatal": "bad request: ..."}.
            """
    )

    @Option(help: "The reader: program, go, ts, py or a release (`dzcompat readers`).")
    var sdk: ReaderID = .program

    func run() throws {
        let registry = Registry.standard
        let reader = try ReaderLookup.reader(sdk, registry: registry)
        while let line = readLine(strippingNewline: true) {
            print(JSONWriter.render(answer(line, registry: registry, reader: reader), style: .compact))
        }
    }

    private func answer(_ line: String, registry: Registry, reader: any Reader) -> JSONValue {
        let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .object(["fatal": .string("bad request: expected <layout>\\t<hex>")]) }
        guard let version = try? registry.resolve(String(parts[0])) else {
            return .object(["fatal": .string("bad request: unknown layout '\(parts[0])'")])
        }
        guard let bytes = Hex.decode(parts[1]) else { return .object(["fatal": .string("bad request: invalid hex")]) }
        return reader.read(bytes, as: version)
    }
}

/// Hex text to bytes, either case; nil on an odd length or a non-hex character.
enum Hex {
    static func decode(_ text: Substring) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
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
