import DZCodec
import DZJSON
import DZLayouts

/// The three read-only SDKs dzcompat ports.
public enum SDK: String, CaseIterable, Sendable {
    case go, ts, py

    public var displayName: String {
        switch self {
        case .go: "Go"
        case .ts: "TypeScript"
        case .py: "Python"
        }
    }
}

/// What an SDK reader returns for one input (docs/reader-contract.md §3).
public enum ReaderResult: Equatable, Sendable {
    /// A value. Go's Device carries its DeserializeError as a `deserialize_error` entry.
    case ok(Record)
    /// TypeScript threw, Python raised: the class and the exact message text the SDK produces.
    case error(className: String, message: String)
    /// The process would die or hang: "out of memory" (with the bytes it would have needed) or "hang".
    case fatal(String, bytes: UInt64? = nil)

    /// The SDK's process runs out of memory, having needed `bytes`.
    public static func outOfMemory(_ bytes: UInt64) -> ReaderResult { .fatal("out of memory", bytes: bytes) }
}

/// A Swift port of one SDK's reader, mirroring docs/readers.md exactly, bugs included.
public protocol SDKPort: Sendable {
    associatedtype Presentation: ReaderPresentation
    var sdk: SDK { get }
    var presentation: Presentation { get }
    /// Decodes as a release of this SDK that knows `version` would. Never traps, whatever the bytes.
    func decode(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderResult
}

extension SDKPort {
    /// The decoded-value form of a result, field by field comparable with every other reader.
    public func render(_ result: ReaderResult, as version: LayoutVersion) -> JSONValue {
        switch result {
        case .ok(let record): CanonicalJSON(presentation).ok(record, fields: version.fields)
        case .error(let className, let message): CanonicalJSON<Presentation>.error(class: className, message: message)
        case .fatal(let reason, let bytes): CanonicalJSON<Presentation>.fatal(reason, bytes: bytes)
        }
    }

    public func decodeToJSON(_ bytes: [UInt8], as version: LayoutVersion) -> JSONValue {
        render(decode(bytes, as: version), as: version)
    }
}
