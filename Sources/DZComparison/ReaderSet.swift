import DZGoPort
import DZJSON
import DZLayouts
import DZPorts
import DZPythonPort
import DZTypeScriptPort

/// The readers the compatibility checks compare, in report order, each giving the decoded-value form:
/// the program's rules and the three ports, and any published releases that are installed.
public struct ReaderSet: Sendable {
    public let registry: Registry
    /// The readers' identities, in report order.
    public let ids: [ReaderID]
    private let readers: [ReaderID: any Reader]

    /// The modelled readers, then `releases`; `only` keeps a subset (in report order).
    public init(registry: Registry = .standard, releases: [any Reader] = [], only: Set<ReaderID>? = nil) {
        self.registry = registry
        let all: [any Reader] = [ProgramReader(registry: registry)] + SDK.allCases.map { $0.port(registry: registry) } + releases
        ids = all.map(\.id).filter { only?.contains($0) ?? true }.sorted()
        // Every reader stays reachable: the matrix holds a release against the port of its SDK.
        readers = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
    }

    /// The versions of `account` that `reader` reads with: a release reads with the one its classes were
    /// written for, or none for an account it has no reader for.
    public func versions(of account: AccountLayouts, by reader: ReaderID) -> [LayoutVersion] {
        readers[reader]?.versions(of: account) ?? []
    }

    public func decode(_ bytes: [UInt8], as version: LayoutVersion, by reader: ReaderID) -> JSONValue {
        guard let one = readers[reader] else { return Self.missing(reader) }
        return one.read(bytes, as: version)
    }

    /// `decode`'s answer with how far the reader read (nil where it cannot tell).
    public func read(_ bytes: [UInt8], as version: LayoutVersion, by reader: ReaderID) -> ReaderAnswer {
        guard let one = readers[reader] else { return ReaderAnswer(value: Self.missing(reader), consumed: nil) }
        return one.readCounting(bytes, as: version)
    }

    private static func missing(_ reader: ReaderID) -> JSONValue {
        .object(["fatal": .string("reader \(reader.rawValue) is not in this set")])
    }
}

extension SDK {
    /// The Swift port of this SDK's reader.
    public func port(registry: Registry) -> any SDKPort {
        switch self {
        case .go: GoPort(registry: registry)
        case .ts: TypeScriptPort(registry: registry)
        case .py: PythonPort(registry: registry)
        }
    }
}
