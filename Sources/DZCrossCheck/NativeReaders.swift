import DZCodec
import DZCorpus
import DZJSON
import DZLayouts
import DZPorts
import DZPython
import Foundation

/// Why a native spec reader could not be run.
public enum NativeReaderError: Error, CustomStringConvertible {
    case missing(sdk: SDK, path: String, hint: String)
    case failed(sdk: SDK, status: Int32, stderr: String)
    case shortOutput(sdk: SDK, expected: Int, got: Int)
    case unreadableLine(sdk: SDK, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missing(let sdk, let path, let hint): "\(sdk.displayName) spec reader not found at \(path): \(hint)"
        case .failed(let sdk, let status, let stderr): "\(sdk.displayName) spec reader exited \(status): \(stderr)"
        case .shortOutput(let sdk, let expected, let got): "\(sdk.displayName) spec reader answered \(got) of \(expected) lines"
        case .unreadableLine(let sdk, let line, let reason): "\(sdk.displayName) spec reader, output line \(line): \(reason)"
        }
    }
}

/// The native spec readers of `sdk-go-spec`, `sdk-ts-spec` (batch processes) and `sdk-py-spec` (embedded
/// CPython, in-process), found in a repository checkout.
public final class NativeReaders: @unchecked Sendable {
    public let root: String
    private let layoutsPath: String
    private var python: EmbeddedPython?

    public init(root: String) {
        self.root = root
        layoutsPath = "\(root)/fixtures/layouts.json"
    }

    /// Every input's answer as the reader wrote it: one compact JSON line each, in order, not parsed.
    public func answers(_ inputs: [CorpusInput], sdk: SDK) throws -> [ArraySlice<UInt8>] {
        switch sdk {
        case .go:
            let binary = "\(root)/sdk-go-spec/build/sdk-go-spec"
            try requireFile(binary, sdk, hint: "run `make native-readers`")
            return try batch(sdk, executable: binary, arguments: ["--layouts", layoutsPath], inputs: inputs)
        case .ts:
            let script = "\(root)/sdk-ts-spec/build/src/cli.js"
            try requireFile(script, sdk, hint: "run `make native-readers`")
            return try batch(sdk, executable: "/usr/bin/env", arguments: ["node", script, "--layouts", layoutsPath], inputs: inputs)
        case .py:
            let reader = try embeddedPython()
            return inputs.map { ArraySlice(reader.decode(layout: $0.layout.reference, bytes: $0.bytes).utf8) }
        }
    }

    private func embeddedPython() throws -> EmbeddedPython {
        if let python { return python }
        try requireFile("\(root)/sdk-py-spec/dzspec/__init__.py", .py, hint: "the checkout has no sdk-py-spec")
        let layouts = try String(contentsOfFile: layoutsPath, encoding: .utf8)
        let loaded = try EmbeddedPython(specDirectory: "\(root)/sdk-py-spec", layoutsJSON: layouts)
        python = loaded
        return loaded
    }

    private func requireFile(_ path: String, _ sdk: SDK, hint: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw NativeReaderError.missing(sdk: sdk, path: path, hint: hint) }
    }

    /// Runs a batch reader with the requests in a temporary file as stdin and its stderr into another, so
    /// that only stdout is a pipe and no side can block the other on a full one.
    private func batch(_ sdk: SDK, executable: String, arguments: [String], inputs: [CorpusInput]) throws -> [ArraySlice<UInt8>] {
        let requests = FileManager.default.temporaryDirectory.appendingPathComponent("dzcompat-\(sdk.rawValue)-\(getpid()).in")
        var text: [UInt8] = []
        text.reserveCapacity(inputs.reduce(0) { $0 + 24 + 2 * $1.bytes.count })
        for input in inputs {
            text += input.layout.reference.utf8
            text.append(UInt8(ascii: "\t"))
            Hex.append(input.bytes, to: &text)
            text.append(UInt8(ascii: "\n"))
        }
        let errorFile = requests.appendingPathExtension("err")
        try Data(text).write(to: requests)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: requests)
            try? FileManager.default.removeItem(at: errorFile)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: requests)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw NativeReaderError.failed(sdk: sdk, status: process.terminationStatus, stderr: String(errorText.prefix(2000)))
        }
        let lines = Self.lines(Array(data))
        guard lines.count == inputs.count else { throw NativeReaderError.shortOutput(sdk: sdk, expected: inputs.count, got: lines.count) }
        return lines
    }

    /// The non-empty lines of a reader's output, as slices of it.
    private static func lines(_ output: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        while start < output.count {
            let end = output[start...].firstIndex(of: UInt8(ascii: "\n")) ?? output.count
            if end > start { lines.append(output[start..<end]) }
            start = end + 1
        }
        return lines
    }

    /// One answer line parsed; `number` (from 1) names it in the error.
    public func parse(_ line: ArraySlice<UInt8>, _ sdk: SDK, line number: Int) throws -> JSONValue {
        try line.withUnsafeBytes { try parse($0, sdk, line: number) }
    }

    private func parse(_ bytes: UnsafeRawBufferPointer, _ sdk: SDK, line number: Int) throws -> JSONValue {
        do {
            return try JSONReader.parse(bytes, source: "\(sdk.rawValue) output")
        } catch {
            throw NativeReaderError.unreadableLine(sdk: sdk, line: number, reason: error.description)
        }
    }
}
