/// The upstream review rules for SDK fixtures (.github/instructions/sdk-fixtures.instructions.md at
/// 5f9fe3251), as checks a machine can run. Rule names are what the lint policy and the reports use.
public enum LintRule: String, CaseIterable, Sendable, Comparable {
    /// Every field non-zero, and no two fields of the same type equal: a zero or a repeat pins neither
    /// field order, endianness nor an `Option` tag.
    case distinctValues = "distinct-values"
    /// The JSON lists every field of the layout, in order, with what the program reads; the .bin is as
    /// long as the layout says.
    case everyFieldAsserted = "every-field-asserted"
    /// Every append has a fixture cut where it starts; every account with size-prefixed or versioned
    /// elements has one with bytes its layout does not know.
    case legacyAndFuture = "legacy-and-future"
    /// The program's encoder gives back the .bin from the decoded value.
    case roundTrip = "round-trip"
    /// Every reader reads every byte of every fixture.
    case readersDrain = "readers-drain"

    /// The rule's number in the list (1…5), for people.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    public var summary: String {
        switch self {
        case .distinctValues: "distinct non-zero values"
        case .everyFieldAsserted: "every field asserted"
        case .legacyAndFuture: "legacy and future fixtures"
        case .roundTrip: "round trip"
        case .readersDrain: "readers drain the buffer"
        }
    }

    public static func < (lhs: LintRule, rhs: LintRule) -> Bool { lhs.number < rhs.number }
}
