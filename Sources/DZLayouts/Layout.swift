/// An account (or instruction) of the program, with every version of its layout in history order.
public struct AccountLayouts: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        public var isInstruction: Bool { if case .instruction = self { true } else { false } }

        /// An account whose byte 0 is this AccountType.
        case account(type: UInt8)
        /// An instruction whose data starts with this variant tag, followed by the args.
        case instruction(variant: UInt8)
    }

    /// snake_case registry key: `user`, `global_state`, `set_user_bgp_status`.
    public var name: String
    /// The upstream fixture name: `User`, `GlobalState`, `SetUserBGPStatus`.
    public var title: String
    public var kind: Kind
    /// Each carries this account's title and kind.
    public var versions: [LayoutVersion]
    /// The enums only this account's fields use, kept beside it; the registry lists them with the shared ones.
    public var enums: [EnumDefinition] = []
    /// The upstream generator's accounts of this type, the first being the one every version is written from.
    public var samples: [AccountSample] = []
    /// Set when the program dropped the account (its history stays, for the accounts still on chain).
    public var removed: Removal? = nil

    /// Every version is stamped with this account's title and kind.
    public init(
        name: String, title: String, kind: Kind, versions: [LayoutVersion], enums: [EnumDefinition] = [],
        samples: [AccountSample] = [], removed: Removal? = nil
    ) {
        self.name = name
        self.title = title
        self.kind = kind
        self.versions = versions.map { version in
            var version = version
            (version.title, version.kind) = (title, kind)
            return version
        }
        self.enums = enums
        self.samples = samples
        self.removed = removed
    }

    public var current: LayoutVersion { versions[versions.count - 1] }

    public func version(_ id: String) -> LayoutVersion? { versions.first { $0.id == id } }

    /// Two accounts are the same layout history whatever their samples, and wherever their enums are
    /// declared (the registry lists every enum once; layouts.json keeps them in one table).
    public static func == (lhs: AccountLayouts, rhs: AccountLayouts) -> Bool {
        lhs.name == rhs.name && lhs.title == rhs.title && lhs.kind == rhs.kind && lhs.versions == rhs.versions
            && lhs.removed == rhs.removed
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(kind)
        hasher.combine(versions)
    }
}

/// One version of an account's layout: its fields in wire order, and where it comes from.
public struct LayoutVersion: Hashable, Sendable {
    /// The account this version belongs to (its registry name).
    public var account: String
    /// `v0`, `v1`, …: the position in history.
    public var id: String
    /// The name docs/layouts.md uses: `U7`, `D13`, `G7`.
    public var label: String
    public var commit: String
    public var date: String
    public var summary: String
    public var fields: [Field]
    public var rules: [Rule]
    /// Changes from the previous version that the layout gate cannot prove safe and the author declares safe.
    public var acknowledgements: [Acknowledgement] = []
    /// The account's title (`User`) and kind, set by the `AccountLayouts` that holds this version.
    public internal(set) var title = ""
    public internal(set) var kind = AccountLayouts.Kind.account(type: 0)

    public init(
        account: String, id: String, label: String, commit: String, date: String, summary: String,
        fields: [Field], rules: [Rule], acknowledgements: [Acknowledgement] = []
    ) {
        self.account = account
        self.id = id
        self.label = label
        self.commit = commit
        self.date = date
        self.summary = summary
        self.fields = fields
        self.rules = rules
        self.acknowledgements = acknowledgements
    }

    /// `user@v7`: how a person names this version.
    public var reference: String { "\(account)@\(id)" }
    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

/// Account-level behaviour that couples fields.
public enum Rule: Hashable, Sendable {
    /// Device: an empty trailing vec is rebuilt from the legacy slot; a non-empty one whose count differs
    /// from the legacy count is fatal (docs/program-rules.md §3).
    case rebuildInterfaces(legacy: String, trailing: String)
}

/// A layout change its author declares safe, with the reason; the gate fails the change without it.
public struct Acknowledgement: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        /// The vector `field` takes the slot of the fixed-width field `replaces`: safe only if every
        /// existing account holds zeros there (an empty vector), which the bytes cannot show.
        case slotReuse(field: String, replaces: String)
    }

    public var change: Change
    public var reason: String

    public init(_ change: Change, reason: String) {
        self.change = change
        self.reason = reason
    }
}

extension AccountLayouts.Kind: CustomStringConvertible {
    /// `AccountType 7`, `instruction variant 106`: how listings name it.
    public var description: String {
        switch self {
        case .account(let type): "AccountType \(type)"
        case .instruction(let variant): "instruction variant \(variant)"
        }
    }
}

extension LayoutVersion {
    /// The last field is a bitmap (ResourceExtension's storage): it takes every byte left, so no account
    /// of this layout has bytes past it.
    public var endsInBitmap: Bool { if case .bitmap = fields.last?.type { true } else { false } }
}
