import DZComparison
import DZCorpus
import DZJSON
import DZLayouts
import DZPorts

/// A port and its native spec reader that disagree on one input: one of them is wrong.
public struct CrossCheckMismatch: Sendable, CustomStringConvertible {
    public var sdk: SDK
    public var input: CorpusInput
    public var port: JSONValue
    public var native: JSONValue

    public var description: String {
        """
        \(sdk.displayName) port ≠ sdk-\(sdk.rawValue)-spec: \(input.layout.reference) \(input.situation)
          input (\(input.bytes.count) B): \(input.hex)
          port:   \(JSONWriter.render(port, style: .compact))
          native: \(JSONWriter.render(native, style: .compact))
        """
    }
}

/// For every input, the Swift port of an SDK must give exactly what that SDK's native spec reader gives
/// (value, error class and message, or fatal result).
public struct CrossCheck {
    public let registry: Registry
    public let natives: NativeReaders
    /// Inputs sent to a native reader at once; bounds the memory the answers take.
    public var chunkSize = 20_000

    public init(registry: Registry = .standard, root: String) {
        self.registry = registry
        natives = NativeReaders(root: root)
    }

    public func run(_ sdk: SDK, inputs: [CorpusInput]) throws -> [CrossCheckMismatch] {
        let port = sdk.port(registry: registry)
        var mismatches: [CrossCheckMismatch] = []
        var start = 0
        while start < inputs.count {
            let chunk = Array(inputs[start..<min(start + chunkSize, inputs.count)])
            // The native reader (a process, or embedded CPython) and the port work on the chunk at once.
            let (answers, mine) = try concurrently({ try natives.answers(chunk, sdk: sdk) }) {
                chunk.map { input in
                    let value = port.decodeToJSON(input.bytes, as: input.layout)
                    return (value: value, text: JSONWriter.compactBytes(value))
                }
            }
            for (index, (line, mine)) in zip(answers, mine).enumerated() {
                // The readers write the compact form JSONWriter writes: the same bytes are the same value,
                // and only a line that differs is parsed and compared as JSON (key order aside).
                if line.elementsEqual(mine.text) { continue }
                let native = try natives.parse(line, sdk, line: index + 1)
                if mine.value != native {
                    mismatches.append(CrossCheckMismatch(sdk: sdk, input: chunk[index], port: mine.value, native: native))
                }
            }
            start += chunkSize
        }
        return mismatches
    }
}
