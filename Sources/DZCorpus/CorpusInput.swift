import DZCodec
import DZLayouts

/// One input of the corpus: bytes, the layout version that reads them, and how they were made.
public struct CorpusInput: Sendable {
    public var layout: LayoutVersion
    public var bytes: [UInt8]
    /// What was done to which fixture: `user_v7 cut at 133`, `device_v15 deprecated_interfaces[0] tag=7`.
    public var situation: String
    /// The kind of damage, which the diff groups by.
    public var kind: SituationKind

    public init(layout: LayoutVersion, bytes: [UInt8], situation: String, kind: SituationKind) {
        self.layout = layout
        self.bytes = bytes
        self.situation = situation
        self.kind = kind
    }

    public var hex: String { Hex.encode(bytes) }
}

/// The kinds of input in the corpus (README.md, "The corpus").
public enum SituationKind: String, CaseIterable, Sendable {
    case fixture
    case truncation
    case boundary = "field boundary"
    case vectorCount = "vector count"
    case stringLength = "string length"
    case stringContent = "string content"
    case enumValue = "enum value"
    case interfaceTag = "interface tag"
    case elementSize = "element size"
    case elementVersion = "element version"
    case accountType = "account type"
    case trailingJunk = "trailing junk"
    case mutation
}
