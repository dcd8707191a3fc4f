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
    /// The process would die or hang: "out of memory" or "hang".
    case fatal(String)

    /// The error classes the ports use for a layout outside their model; no SDK raises these.
    public static let refusalClasses: Set<String> = ["Unsupported", "LayoutError"]
}

/// A reader's result and where its cursor stopped: a reader that returns a value with bytes left over
/// has not read them (a field it does not know, or a read that did not move).
public struct ReaderRead: Equatable, Sendable {
    public var result: ReaderResult
    /// Bytes read from the start of the input (for an error or a death: where the reader stopped).
    public var consumed: Int

    public init(_ result: ReaderResult, consumed: Int) {
        self.result = result
        self.consumed = consumed
    }
}

/// A Swift port of one SDK's reader, mirroring readers.md exactly, bugs included.
public protocol SDKPort: Sendable {
    associatedtype Presentation: ReaderPresentation
    var sdk: SDK { get }
    var presentation: Presentation { get }
    /// Decodes as a release of this SDK that knows `version` would. Never traps, whatever the bytes.
    func read(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderRead
}

extension SDKPort {
    public func decode(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderResult { read(bytes, as: version).result }

    /// The decoded-value form of a result, field by field comparable with every other reader.
    public func render(_ result: ReaderResult, as version: LayoutVersion) -> JSONValue {
        switch result {
        case .ok(let record): CanonicalJSON(presentation).ok(record, fields: version.fields)
        case .error(let className, let message): CanonicalJSON<Presentation>.error(class: className, message: message)
        case .fatal(let reason): CanonicalJSON<Presentation>.fatal(reason)
        }
    }

    public func decodeToJSON(_ bytes: [UInt8], as version: LayoutVersion) -> JSONValue {
        render(decode(bytes, as: version), as: version)
    }
}
