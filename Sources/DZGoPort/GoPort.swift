import DZCodec
import DZJSON
import DZLayouts
import DZPorts

/// The internal Go SDK reader (`smartcontract/sdk/go/serviceability`, docs/readers.md "Go"), ported with its
/// quirks: defensive reads that never fail, nil vs empty slices, the legacy-count guard, the clamped
/// skip, DeserializeError, and the out-of-memory deaths. sdk-go-spec is its oracle.
public struct GoPort: SDKPort {
    public let registry: Registry
    public let presentation: GoPresentation
    public let walks: ReaderWalks
    public var sdk: SDK { .go }

    public init(registry: Registry = .standard) {
        self.registry = registry
        presentation = GoPresentation(registry.sdk(SDK.go.rawValue))
        walks = ReaderWalks(registry, sdk: .go)
    }

    public func decodeCounting(_ bytes: [UInt8], as requested: LayoutVersion) -> ReaderRead {
        reading(requested) { version in
            bytes.withUnsafeBytes { raw in
                var walker = GoAccountWalker(raw)
                let result = walker.decodeAccount(version)
                return ReaderRead(result, consumed: walker.reader.offset)
            }
        }
    }
}
