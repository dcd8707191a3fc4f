import DZCodec
import DZLayouts
import DZPorts

/// The Go SDK reader (readers.md), ported. Work in progress: every input is reported unsupported.
public struct GoPort: SDKPort {
    public let registry: Registry
    public let presentation: ProgramPresentation
    public var sdk: SDK { .go }

    public init(registry: Registry = .standard) {
        self.registry = registry
        presentation = ProgramPresentation(registry: registry)
    }

    public func decode(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderResult {
        .error(className: "Unsupported", message: "the Go port is not written yet")
    }
}
