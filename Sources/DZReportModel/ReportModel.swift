import DZPorts

/// The data every report renders. The engine fills it; renderers (DZReports) only read it.

/// One input that shows a divergence, with what each reader made of the field in question.
public struct DivergenceExample: Sendable, Equatable {
    /// `user@v7`
    public var layout: String
    public var hex: String
    /// How the input was made: `user_v7 cut at 133`.
    public var situation: String
    /// Each reader's value of the field (or its error), in ReaderID order.
    public var values: [(reader: ReaderID, value: String)]

    public init(layout: String, hex: String, situation: String, values: [(reader: ReaderID, value: String)]) {
        self.layout = layout
        self.hex = hex
        self.situation = situation
        self.values = values
    }

    public static func == (lhs: DivergenceExample, rhs: DivergenceExample) -> Bool {
        lhs.layout == rhs.layout && lhs.hex == rhs.hex && lhs.situation == rhs.situation
            && lhs.values.map(\.reader) == rhs.values.map(\.reader) && lhs.values.map(\.value) == rhs.values.map(\.value)
    }
}

/// What the divergence policy says about a group.
public enum PolicyStatus: Sendable, Equatable {
    /// Listed, with the reason it is accepted.
    case accepted(reason: String)
    /// Not listed: the run fails.
    case unlisted
}

/// Inputs on which the readers disagree the same way: same account, field, kind of situation, and the
/// same split of the readers into groups that agree with each other.
public struct DivergenceGroup: Sendable, Equatable {
    /// `user`
    public var account: String
    /// `status`, `interfaces[].mtu`, or `(result)` when the readers do not all return a value.
    public var field: String
    /// The kind of input: `fixture`, `truncation`, `vector count`, `string content`, `enum value`, …
    public var situation: String
    /// Readers that agree with each other, one list per distinct value, in ReaderID order.
    public var partition: [[ReaderID]]
    /// How many inputs show it.
    public var count: Int
    /// The smallest such input.
    public var example: DivergenceExample
    public var status: PolicyStatus

    public init(account: String, field: String, situation: String, partition: [[ReaderID]], count: Int,
                example: DivergenceExample, status: PolicyStatus) {
        self.account = account
        self.field = field
        self.situation = situation
        self.partition = partition
        self.count = count
        self.example = example
        self.status = status
    }

    /// `program+go | ts | py`
    public var partitionText: String { partition.map { $0.map(\.rawValue).joined(separator: "+") }.joined(separator: " | ") }
    /// The readers outside the largest agreeing group (those a reader of the report looks at first).
    public var odd: [ReaderID] {
        guard let largest = partition.max(by: { $0.count < $1.count }) else { return [] }
        return partition.filter { $0 != largest }.flatMap { $0 }
    }
}

/// An entry of the divergence policy file (policy/divergences.json).
public struct PolicyEntry: Sendable, Equatable {
    /// Account name, or `*`.
    public var account: String
    /// Field pattern: `*` matches any run of characters (`interfaces[].*`, `*`).
    public var field: String
    /// Situation kind, or `*`.
    public var situation: String
    /// The partition, as `partitionText` writes it (`program | go+ts+py`), or `*`; for a release entry,
    /// `py@0.0.3 apart from py`.
    public var readers: String
    public var reason: String
    /// A release entry (`"release": "py@0.0.3"` in place of `readers`): the release answers apart from the
    /// port of its SDK, whatever the modelled readers do (their split is matched by the other entries).
    public var release: ReaderID?

    public init(account: String, field: String, situation: String, readers: String, reason: String) {
        self.account = account
        self.field = field
        self.situation = situation
        self.readers = readers
        self.reason = reason
    }

    public init(account: String, field: String, situation: String, release: ReaderID, reason: String) {
        self.init(account: account, field: field, situation: situation,
                  readers: "\(release.rawValue) apart from \(release.sdk.map(\.rawValue) ?? "its port")", reason: reason)
        self.release = release
    }
}

/// The cross-SDK diff over the fixtures and the corpus.
public struct DiffReport: Sendable {
    public var corpusSize: Int
    public var seed: UInt64
    public var readers: [ReaderID]
    /// Sorted: unlisted first, then by account, field, situation.
    public var groups: [DivergenceGroup]
    /// Policy entries no group matched: the policy is out of date.
    public var staleEntries: [PolicyEntry]
    /// Per account, reader and situation kind: inputs on which that reader is outside the largest
    /// agreeing group (the Prometheus counts).
    public var oddCounts: [(account: String, reader: ReaderID, situation: String, count: Int)]
    public var seconds: Double

    public init(corpusSize: Int, seed: UInt64, readers: [ReaderID], groups: [DivergenceGroup], staleEntries: [PolicyEntry],
                oddCounts: [(account: String, reader: ReaderID, situation: String, count: Int)], seconds: Double) {
        self.corpusSize = corpusSize
        self.seed = seed
        self.readers = readers
        self.groups = groups
        self.staleEntries = staleEntries
        self.oddCounts = oddCounts
        self.seconds = seconds
    }

    public var unlisted: [DivergenceGroup] { groups.filter { $0.status == .unlisted } }
    /// The run fails on an unlisted divergence or a stale policy entry.
    public var passes: Bool { unlisted.isEmpty && staleEntries.isEmpty }
}

/// How one reader version reads one account version.
public enum MatrixVerdict: Sendable, Equatable {
    /// Every field read as written.
    case ok
    /// The fields the reader knows read as written; the ones the account lacks are defaults, as the
    /// zero-fill rules say (or, for an older reader, the newer tail is ignored).
    case zeroFilled
    /// These fields come out different from what the rules say.
    case misread(fields: [String])
    /// The reader gives no value (error or fatal result).
    case error(String)
}

public struct MatrixCell: Sendable, Equatable {
    public var readerVersion: String
    public var accountVersion: String
    public var verdict: MatrixVerdict
    /// The account bytes (hex) the cell was measured on.
    public var exampleHex: String

    public init(readerVersion: String, accountVersion: String, verdict: MatrixVerdict, exampleHex: String) {
        self.readerVersion = readerVersion
        self.accountVersion = accountVersion
        self.verdict = verdict
        self.exampleHex = exampleHex
    }
}

/// For one account and one reader: every reader version × every account version.
public struct MatrixTable: Sendable, Equatable {
    public var account: String
    public var reader: ReaderID
    /// Version labels in history order (`U0` … `U7`): the account versions, and the reader versions of
    /// a model reader (a release has one row, the version it reads with).
    public var versions: [String]
    /// `cells[r][a]`: reader version r reading account version a.
    public var cells: [[MatrixCell]]

    public init(account: String, reader: ReaderID, versions: [String], cells: [[MatrixCell]]) {
        self.account = account
        self.reader = reader
        self.versions = versions
        self.cells = cells
    }
}

public struct CompatibilityMatrix: Sendable, Equatable {
    public var tables: [MatrixTable]
    public init(tables: [MatrixTable]) { self.tables = tables }
}
