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
    public var sdk: SDK { .ts }
    /// The native reader's answer per layout, worked out on first use.
    private let verdicts = VerdictCache()

    public init(registry: Registry = .standard) {
        self.registry = registry
        presentation = TypeScriptPresentation(registry.sdk(SDK.ts.rawValue))
    }

    public func decode(_ bytes: [UInt8], as requested: LayoutVersion) -> ReaderResult {
        let version: LayoutVersion
        switch readerVersion(requested) {
        case .success(let walked): version = walked
        case .failure(let noReader): return noReader.result
        }
        let verdict = verdicts.verdict(for: version, in: registry)
        if case .refuse(let message) = verdict { return .error(className: "Unsupported", message: message) }
        let outcome = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(Thrown) -> Record in
                var walker = AccountWalker(DefensiveReader(buffer))
                return try walker.decode(version)
            }
        }
        switch outcome {
        case .success(let record): return .ok(record)
        case .failure(.error(let message)): return .error(className: "Error", message: message)
        case .failure(.outOfMemory): return .fatal("out of memory")
        }
    }
}
