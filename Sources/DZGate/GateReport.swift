import DZComparison
import DZPorts

/// What changed, as README.md's gate table names it.
public enum ChangeKind: String, Sendable, CaseIterable {
    case accountAdded = "account added"
    case accountRemoved = "account removed"
    /// The AccountType byte or the instruction variant changed.
    case accountKind = "account kind changed"
    case append, insert, remove, reorder, resize, retype, rename
    /// A fixed-width field replaced in place by a vector (User feed_pk → feed_pks).
    case slotReuse = "slot reuse"
    case enumValueAdded = "enum value added"
    case enumValueRemoved = "enum value removed"
    case enumValueRenamed = "enum value renamed"
    case enumDefault = "enum default changed"
    /// A field's incremental default or error handling, or an account rule (Device interface rebuild).
    case readerRule = "reader rule changed"
}

/// The gate's judgement of one change.
public enum GateVerdict: String, Sendable {
    /// No reader misreads the synthesized accounts of either version.
    case compatible
    case breaking
    /// Safe only under a premise the bytes cannot show (a reused slot is zero on every account).
    case needsAcknowledgement = "needs-acknowledgement"
    /// Binary-compatible, but the fixture JSON names change: reported, not a failure.
    case rename
}

/// One input that shows the change, with what each reader made of it.
public struct GateExample: Sendable, Equatable {
    /// `a user@v6 (U6) account read with user@v7 (U7)`
    public var description: String
    public var hex: String
    /// In ReaderID order: the reader's values of the fields in question, or its error.
    public var readings: [Reading]

    public struct Reading: Sendable, Equatable {
        public var reader: ReaderID
        public var text: String
    }
}

/// One change of one account, judged by running the readers.
public struct GateFinding: Sendable, Equatable {
    public var account: String
    /// The field (`feed_pks`, `deprecated_interfaces[].V2(1).mtu`), or the fields an enum change reaches.
    public var field: String
    /// `user@v6 (U6)`
    public var fromVersion: String
    public var toVersion: String
    public var kind: ChangeKind
    /// What exactly changed: `u16 (2 B) → u32 (4 B)`.
    public var detail: String
    public var verdict: GateVerdict
    /// Readers whose result on the synthesized accounts breaks the zero-fill rules, in ReaderID order.
    public var affected: [ReaderID]
    /// Readers the gate could not judge (they fail on an account of their own version), with why.
    public var unverified: [Unverified]
    /// The reason given in the working layout, for an acknowledged change.
    public var acknowledgement: String?
    public var examples: [GateExample]
    /// Further facts worth a reviewer's eye (what released readers make of a retired slot).
    public var notes: [String]

    public struct Unverified: Sendable, Equatable {
        public var reader: ReaderID
        public var reason: String
    }

    /// A breaking change, an unacknowledged one, or one the gate could not check, fails the gate.
    public var fails: Bool {
        verdict == .breaking || (verdict == .needsAcknowledgement && acknowledgement == nil) || !unverified.isEmpty
    }
}

/// Everything the gate found, baseline against working layouts.
public struct GateReport: Sendable, Equatable {
    /// `fixtures/layouts.lock.json`, `git main`, `user@U6`.
    public var baseline: String
    /// `working tree`, `user@U7`.
    public var working: String
    /// Registry order; within an account, in field order.
    public var findings: [GateFinding]

    public var passes: Bool { !findings.contains(where: \.fails) }
    /// 0 when nothing breaks, 1 on a breaking, unacknowledged or unverifiable change.
    public var exitCode: Int32 { passes ? 0 : 1 }
}
