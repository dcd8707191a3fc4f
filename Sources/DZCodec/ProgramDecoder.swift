import DZLayouts

/// How one top-level field came out of a program decode.
public enum FieldOutcome: Hashable, Sendable {
    /// Read from the bytes.
    case read
    /// No bytes were left: the default, as the zero-fill rule says.
    case missing
    /// Partly present, or present but invalid: the default, and the bytes were consumed.
    case defaulted(reason: String)
}

/// The result of decoding with the program's rules.
public struct ProgramDecoding: Sendable, Equatable {
    public var record: Record
    /// One entry per top-level field: where it starts and how it was decoded.
    public var outcomes: [(field: String, offset: Int, outcome: FieldOutcome)]
    /// Where the cursor stopped; bytes after it were ignored.
    public var consumed: Int

    public static func == (lhs: ProgramDecoding, rhs: ProgramDecoding) -> Bool {
        lhs.record == rhs.record && lhs.consumed == rhs.consumed
            && lhs.outcomes.map(\.field) == rhs.outcomes.map(\.field)
            && lhs.outcomes.map(\.offset) == rhs.outcomes.map(\.offset)
            && lhs.outcomes.map(\.outcome) == rhs.outcomes.map(\.outcome)
    }
}

/// Decodes bytes the way the on-chain program does (docs/program-rules.md §2): every field falls back to its
/// default, a missing tail is zero-filled, a partly present field ends the input, invalid values consume
/// their bytes, trailing bytes are ignored and the account type is checked last.
///
/// A decode fills a positional record (`LayoutPlan.decode(_:into:)`, which applies the rules) and
/// derives the tree of values from it. Hot loops should keep the plan and a record and call `decode`
/// themselves (or `scan`, for spans without values).
public struct ProgramDecoder: Sendable {
    public let registry: Registry

    public init(registry: Registry = .standard) { self.registry = registry }

    public func decode(_ bytes: [UInt8], as version: LayoutVersion) throws(ProgramDecodingError) -> ProgramDecoding {
        let plan = plan(for: version)
        var record = PositionalRecord()
        return try bytes.withUnsafeBytes { raw in
            Result { () throws(ProgramDecodingError) in
                try plan.decode(raw, into: &record)
                return plan.decoding(of: raw, record: record)
            }
        }.get()
    }

    /// The compiled plan of `version` with this decoder's registry (built once, then cached).
    public func plan(for version: LayoutVersion) -> LayoutPlan { LayoutPlan.cached(for: version, registry: registry) }

    /// A legacy Device interface element as the program rebuilds it into the trailing form.
    func rebuild(_ legacy: Value) -> Value { LayoutPlan.rebuild(legacy) }
}
