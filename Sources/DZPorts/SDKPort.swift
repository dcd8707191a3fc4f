import DZPorts
import DZCodec
import DZJSON
import DZLayouts

/// The three read-only SDK families: each has a port (`ReaderID.go`…) and may have releases.
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

    /// The error classes the ports use for a layout outside their model or an account the SDK has no
    /// reader for; no SDK raises these.
    public static let refusalClasses: Set<String> = ["Unsupported", "LayoutError", noReaderClass]
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

/// A Swift port of one SDK's reader, mirroring docs/readers.md exactly, bugs included.
public protocol SDKPort: Reader {
    associatedtype Presentation: ReaderPresentation
    var sdk: SDK { get }
    var registry: Registry { get }
    var presentation: Presentation { get }
    /// The registry's versions as this SDK's reader walks them.
    var walks: ReaderWalks { get }
    /// Decodes as a release of this SDK that knows `version` would, and says where it stopped. Never
    /// traps, whatever the bytes.
    func decodeCounting(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderRead
}

/// The error class of the no-reader result (docs/reader-contract.md §3): no SDK raises it.
public let noReaderClass = "NoReader"

extension SDKPort {
    /// `version` as this SDK's reader walks it (the fields it reads, as it reads them), or the no-reader
    /// result when it has no reader for that account or version.
    public func readerVersion(_ version: LayoutVersion) -> Result<LayoutVersion, NoReader> { walks.walk(version) }

    /// `read` run on `requested` as this SDK's reader walks it; the no-reader answer, having read
    /// nothing, where the SDK has no reader for that account or version.
    public func reading(_ requested: LayoutVersion, _ read: (LayoutVersion) -> ReaderRead) -> ReaderRead {
        switch readerVersion(requested) {
        case .success(let walked): read(walked)
        case .failure(let noReader): ReaderRead(noReader.result, consumed: 0)
        }
    }

    public func decode(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderResult { decodeCounting(bytes, as: version).result }

    /// The decoded-value form of a result, field by field comparable with every other reader.
    public func render(_ result: ReaderResult, as version: LayoutVersion) -> JSONValue {
        switch result {
        case .ok(let record):
            let fields = (try? walks.walk(version).get())?.fields ?? version.fields
            return CanonicalJSON(presentation).ok(record, fields: fields)
        case .error(let className, let message): return CanonicalJSON<Presentation>.error(class: className, message: message)
        case .fatal(let reason, let bytes): return CanonicalJSON<Presentation>.fatal(reason, bytes: bytes)
        }
    }

    public func decodeToJSON(_ bytes: [UInt8], as version: LayoutVersion) -> JSONValue {
        render(decode(bytes, as: version), as: version)
    }

    public var id: ReaderID { ReaderID(.port(sdk)) }

    public func read(_ bytes: [UInt8], as version: LayoutVersion) -> JSONValue { decodeToJSON(bytes, as: version) }

    public func readCounting(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderAnswer {
        let read = decodeCounting(bytes, as: version)
        return ReaderAnswer(value: render(read.result, as: version), consumed: read.consumed)
    }
}

/// An SDK without a reader for an account or version: its answer is this result.
public struct NoReader: Error, Sendable {
    public var message: String
    public var result: ReaderResult { .error(className: noReaderClass, message: message) }
}
