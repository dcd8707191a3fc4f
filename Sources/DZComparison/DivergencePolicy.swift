import DZPorts
import DZReportModel

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
        let list = try AcceptList(json: bytes, path: path, schema: Self.schemaName, keys: ["account", "field", "situation"],
                                  oneOf: ["readers", "release"])
        var entries: [PolicyEntry] = []
        for (index, item) in list.entries.enumerated() {
            let (account, field, situation) = (item.patterns["account"]!, item.patterns["field"]!, item.patterns["situation"]!)
            if let name = item.patterns["release"] {
                guard let release = ReaderID(rawValue: name), release.isRelease else {
                    throw .entry(path: path, index: index, key: "release", reason: "'\(name)' is not a release (<sdk>@<version>)")
                }
                entries.append(PolicyEntry(account: account, field: field, situation: situation, release: release, reason: item.reason))
            } else {
                entries.append(PolicyEntry(account: account, field: field, situation: situation, readers: item.patterns["readers"]!,
                                           reason: item.reason))
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
            guard let entry = first(modelled, where: { $0.release == nil && AcceptList.glob($0.readers, modelled.partitionText) }) else {
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
        let values = ["account": group.account, "field": group.field, "situation": group.situation]
        return entries.enumerated().first { _, entry in AcceptList.accepts(entry.locus, values) && accepts(entry) }
            .map { ($0.offset, $0.element) }
    }
}

extension PolicyEntry {
    /// Where the entry applies, as `AcceptList` matches it: account, field and situation patterns.
    var locus: [String: String] { ["account": account, "field": field, "situation": situation] }
}
