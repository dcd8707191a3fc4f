/// An account (or instruction) of the program, with every version of its layout in history order.
public struct AccountLayouts: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
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
    public var versions: [LayoutVersion]

    public var current: LayoutVersion { versions[versions.count - 1] }
    public func version(_ id: String) -> LayoutVersion? { versions.first { $0.id == id } }
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
