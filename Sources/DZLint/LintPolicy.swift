import DZReportModel

/// The accepted lint findings (policy/lint.json), each with its reason: the same rules as the
/// divergence policy (an unaccepted finding fails the run, and so does an entry that accepts nothing).
///
///     {"schema": "dzcompat-lint-policy/1",
///      "accepted": [{"rule", "account", "field", "file", "reason"}]}   patterns with `*`
public struct LintPolicy: Sendable {
    public static let schemaName = "dzcompat-lint-policy/1"
    static let keys = ["rule", "account", "field", "file"]

    public typealias Entry = AcceptList.Entry
    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    public init(json bytes: [UInt8], path: String) throws(PolicyError) {
        entries = try AcceptList(json: bytes, path: path, schema: Self.schemaName, keys: Self.keys).entries
    }

    /// The index of the first entry that accepts the finding.
    public func match(_ finding: LintFinding) -> Int? {
        let values = ["rule": finding.rule.rawValue, "account": finding.account, "field": finding.field, "file": finding.file]
        return entries.firstIndex { AcceptList.accepts($0.patterns, values) }
    }

    /// The findings with their status, and the entries that accepted none.
    func apply(to findings: [LintFinding]) -> (findings: [LintFinding], stale: [Entry]) {
        var matched = Set<Int>()
        let judged = findings.map { finding in
            var finding = finding
            if let index = match(finding) {
                matched.insert(index)
                finding.status = .accepted(reason: entries[index].reason)
            }
            return finding
        }
        return (judged, entries.indices.filter { !matched.contains($0) }.map { entries[$0] })
    }
}
