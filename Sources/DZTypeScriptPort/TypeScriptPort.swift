import DZCodec
import DZLayouts
import DZPorts

/// The TypeScript SDK reader (readers.md), ported. Work in progress: every input is reported unsupported.
public struct TypeScriptPort: SDKPort {
    public let registry: Registry
    public let presentation: ProgramPresentation
    public var sdk: SDK { .ts }

    public init(registry: Registry = .standard) {
        self.registry = registry
        presentation = ProgramPresentation(registry: registry)
    }

    public func decode(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderResult {
        .error(className: "Unsupported", message: "the TypeScript port is not written yet")
    }
}
