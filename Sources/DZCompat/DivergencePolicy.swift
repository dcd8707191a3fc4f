import DZJSON

/// Why a policy file could not be read. Each case names the file and, where it applies, the entry.
public enum PolicyError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case json(JSONDecodingError)
    case schema(path: String, found: String, expected: String)
    case entry(path: String, index: Int, key: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .json(let error): error.description
        case .schema(let path, let found, let expected): "\(path): schema is '\(found)', expected '\(expected)'"
        case .entry(let path, let index, let key, let reason): "\(path): accepted[\(index)].\(key): \(reason)"
        }
    }
}

/// The checked-in list of accepted divergences, each with its reason (like the protobuf conformance
/// suite's expected-failure lists): a divergence that is not listed fails the run, and so does an entry
/// that no longer matches anything.
public struct DivergencePolicy: Sendable {
    public static let schemaName = "dzcompat-policy/1"
    public var entries: [PolicyEntry]

    public init(entries: [PolicyEntry]) { self.entries = entries }

    /// Reads `{"schema": "dzcompat-policy/1", "accepted": [{account, field, situation, readers, reason}, …]}`.
    public init(json bytes: [UInt8], path: String) throws(PolicyError) {
        let list = try AcceptList(json: bytes, path: path, schema: Self.schemaName, keys: ["account", "field", "situation", "readers"])
        entries = list.entries.map {
            PolicyEntry(account: $0.patterns["account"]!, field: $0.patterns["field"]!, situation: $0.patterns["situation"]!,
                        readers: $0.patterns["readers"]!, reason: $0.reason)
        }
    }

    /// The first entry that accepts the group.
    public func match(_ group: DivergenceGroup) -> (Int, PolicyEntry)? {
        let values = ["account": group.account, "field": group.field, "situation": group.situation, "readers": group.partitionText]
        for (index, entry) in entries.enumerated() where AcceptList.accepts(entry.patterns, values) {
            return (index, entry)
        }
        return nil
    }
}

extension PolicyEntry {
    /// The entry's patterns by key, as `AcceptList` matches them.
    var patterns: [String: String] { ["account": account, "field": field, "situation": situation, "readers": readers] }
}
