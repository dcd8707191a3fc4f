import DZJSON
import DZPorts

/// Why a policy file could not be read. Each case names the file and, where it applies, the entry.
public enum PolicyError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case json(JSONDecodingError)
    case schema(path: String, found: String)
    case entry(path: String, index: Int, key: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .json(let error): error.description
        case .schema(let path, let found): "\(path): schema is '\(found)', expected '\(DivergencePolicy.schemaName)'"
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

    /// Reads `{"schema": "dzcompat-policy/1", "accepted": [{account, field, situation, readers, reason}, …]}`;
    /// an entry for a release has `release` (`py@0.0.3`) in place of `readers`.
    public init(json bytes: [UInt8], path: String) throws(PolicyError) {
        let document: JSONValue
        do {
            document = try JSONReader.parse(bytes, source: path)
        } catch {
            throw .json(error)
        }
        guard let schema = document["schema"]?.stringValue, schema == Self.schemaName else {
            throw .schema(path: path, found: document["schema"]?.stringValue ?? document["schema"]?.typeName ?? "missing")
        }
        guard let accepted = document["accepted"]?.arrayValue else {
            throw .entry(path: path, index: 0, key: "accepted", reason: "expected an array of entries")
        }
        var entries: [PolicyEntry] = []
        for (index, item) in accepted.enumerated() {
            func text(_ key: String) throws(PolicyError) -> String {
                guard let value = item[key] else { throw .entry(path: path, index: index, key: key, reason: "missing") }
                guard let string = value.stringValue, !string.isEmpty else {
                    throw .entry(path: path, index: index, key: key, reason: "expected a non-empty string, found \(value.typeName)")
                }
                return string
            }
            let (account, field, situation) = (try text("account"), try text("field"), try text("situation"))
            if item["release"] != nil {
                let name = try text("release")
                guard let release = ReaderID(rawValue: name), release.isRelease else {
                    throw .entry(path: path, index: index, key: "release", reason: "'\(name)' is not a release (<sdk>@<version>)")
                }
                entries.append(PolicyEntry(account: account, field: field, situation: situation, release: release, reason: try text("reason")))
            } else {
                entries.append(PolicyEntry(account: account, field: field, situation: situation, readers: try text("readers"),
                                           reason: try text("reason")))
            }
        }
        self.entries = entries
    }

    /// The entries that accept the group, or nil when it is unlisted. Without releases, the first entry
    /// whose `readers` matches the split. With releases, the modelled readers' own split (the releases
    /// left out) must be unanimous or accepted so, and each release that answers apart from the port of
    /// its SDK must be accepted by a release entry: a release adds its own reasons, never hides a
    /// divergence of the models.
    public func match(_ group: DivergenceGroup) -> [(Int, PolicyEntry)]? {
        let releases = group.partition.joined().filter(\.isRelease)
        var modelled = group
        modelled.partition = group.partition.map { $0.filter { !$0.isRelease } }.filter { !$0.isEmpty }
        var matched: [(Int, PolicyEntry)] = []
        if modelled.partition.count > 1 {
            guard let entry = first(modelled, where: { $0.release == nil && Self.glob($0.readers, modelled.partitionText) }) else {
                return nil
            }
            matched.append(entry)
        }
        for release in releases {
            let port = release.sdk.map { ReaderID(.port($0)) }
            if let port, group.partition.contains(where: { $0.contains(release) && $0.contains(port) }) { continue }
            guard let entry = first(group, where: { $0.release == release }) else { return nil }
            matched.append(entry)
        }
        return matched.isEmpty ? nil : matched
    }

    private func first(_ group: DivergenceGroup, where accepts: (PolicyEntry) -> Bool) -> (Int, PolicyEntry)? {
        entries.enumerated().first { _, entry in
            Self.glob(entry.account, group.account) && Self.glob(entry.field, group.field)
                && Self.glob(entry.situation, group.situation) && accepts(entry)
        }.map { ($0.offset, $0.element) }
    }

    /// `*` matches any run of characters; everything else matches itself.
    static func glob(_ pattern: String, _ text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return pattern == text }
        guard text.hasPrefix(parts[0]), text.hasSuffix(parts[parts.count - 1]),
              text.count >= parts[0].count + parts[parts.count - 1].count else { return false }
        var rest = text.dropFirst(parts[0].count).dropLast(parts[parts.count - 1].count)
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let range = rest.firstRange(of: middle) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }
}
