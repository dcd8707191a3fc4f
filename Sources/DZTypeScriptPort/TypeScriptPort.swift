import DZCodec
import DZLayouts
import DZPorts

/// The TypeScript SDK reader (docs/readers.md: `sdk/borsh-incremental/typescript` and
/// `sdk/serviceability/typescript/serviceability/state.ts`), ported with its quirks: fixed-width reads
/// that default without moving, strings that peek their length, vectors that throw after the whole
/// elements, the unguarded legacy interface loop, TextDecoder strings, shifted DeviceStatus labels.
public struct TypeScriptPort: SDKPort {
    public let registry: Registry
    public let presentation: TypeScriptPresentation
    public let walks: ReaderWalks
    public var sdk: SDK { .ts }
    /// The native reader's answer per layout, worked out on first use.
    private let verdicts = VerdictCache()

    public init(registry: Registry = .standard) {
        self.registry = registry
        presentation = TypeScriptPresentation(registry.sdk(SDK.ts.rawValue))
        walks = ReaderWalks(registry, sdk: .ts)
    }

    public func decodeCounting(_ bytes: [UInt8], as requested: LayoutVersion) -> ReaderRead {
        reading(requested) { version in
            let verdict = verdicts.verdict(for: version, in: registry)
            if case .refuse(let message) = verdict { return ReaderRead(.error(className: "Unsupported", message: message), consumed: 0) }
            var consumed = 0
            let outcome = bytes.withUnsafeBufferPointer { buffer in
                var walker = AccountWalker(DefensiveReader(buffer))
                defer { consumed = walker.reader.offset }
                return Result { () throws(Thrown) -> Record in try walker.decode(version) }
            }
            switch outcome {
            case .success(let record): return ReaderRead(.ok(record), consumed: consumed)
            case .failure(.error(let message)): return ReaderRead(.error(className: "Error", message: message), consumed: consumed)
            case .failure(.outOfMemory(let bytes)): return ReaderRead(.outOfMemory(bytes), consumed: consumed)
            }
        }
    }
}
