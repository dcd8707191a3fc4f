/// One broken rule: where (account, field, file, byte offset) and what.
public struct LintFinding: Sendable, Equatable {
    public var rule: LintRule
    /// The registry account (`user`, `set_user_bgp_status`).
    public var account: String
    /// The layout path (`interfaces[1].mtu`, `deprecated_interfaces[0].version`) or a reader's name.
    public var field: String
    /// The file, relative to the linted directory (`user.bin`, `tenant.json`).
    public var file: String
    /// The byte offset in the .bin the finding points at; nil where no byte is meant.
    public var offset: Int?
    public var message: String
    public var status: PolicyStatus = .unlisted

    public init(rule: LintRule, account: String, field: String, file: String, offset: Int?, message: String) {
        self.rule = rule
        self.account = account
        self.field = field
        self.file = file
        self.offset = offset
        self.message = message
    }

    /// `user.bin@266`, or the file alone.
    public var location: String { offset.map { "\(file)@\($0)" } ?? file }
}

/// A file of the directory the lint did not check, and why (not a fixture document, no layout).
public struct LintSkip: Sendable, Equatable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}

/// Everything `dzcompat lint` found in one directory.
public struct LintReport: Sendable {
    public var directory: String
    /// The fixtures checked (pairs of .bin and .json).
    public var fixtures: [String]
    public var skipped: [LintSkip]
    /// Unlisted first, then by file, offset, rule.
    public var findings: [LintFinding]
    /// Lint-policy entries no finding matched: the policy is out of date.
    public var staleEntries: [AcceptList.Entry]

    public init(directory: String, fixtures: [String], skipped: [LintSkip], findings: [LintFinding], staleEntries: [AcceptList.Entry]) {
        self.directory = directory
        self.fixtures = fixtures
        self.skipped = skipped
        self.findings = findings
        self.staleEntries = staleEntries
    }

    public var unlisted: [LintFinding] { findings.filter { $0.status == .unlisted } }
    public var passes: Bool { unlisted.isEmpty && staleEntries.isEmpty }
}
