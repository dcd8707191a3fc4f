import DZFixtures
import DZLayouts

/// One fixture of the linted directory: `<stem>.bin` and `<stem>.json`, and the account and layout
/// version it is read with.
public struct LintFixture: Sendable {
    /// What a fixture is for, by its name (upstream's `*_legacy`, `*_future_version`).
    public enum Role: Sendable, Equatable {
        /// Written with the layout it is read with.
        case plain
        /// Written with an older version and cut where a later append starts: read with zero-fill.
        case legacy
        /// Holds bytes the layout does not describe (a newer element version), which readers must skip.
        case future
    }

    public var stem: String
    public var bytes: [UInt8]
    public var document: FixtureDocument
    public var account: AccountLayouts
    /// The version the JSON describes: `<account>_<vN>` names one, anything else is the current one.
    public var version: LayoutVersion
    public var role: Role

    public var binFile: String { stem + ".bin" }
    public var jsonFile: String { stem + ".json" }

    /// The instruction variant tag that leads the bytes, for instruction data.
    public var variant: UInt8? {
        if case .instruction(let variant) = account.kind { variant } else { nil }
    }

    /// Which account a document describes: its account type byte, or for instruction data (type 0) the
    /// registry instruction whose name starts the file name. Not the first byte: argument bodies without
    /// their tag (upstream's `user_delete_args`) are type 0 too.
    static func account(for document: FixtureDocument, stem: String, in registry: Registry) -> AccountLayouts? {
        let byName = registry.accounts
            .filter { stem == $0.name || stem.hasPrefix($0.name + "_") }
            .max { $0.name.count < $1.name.count }
        if document.accountType != 0 {
            let typed = registry.accounts.filter { $0.kind == .account(type: document.accountType) }
            return typed.first { $0.name == byName?.name } ?? typed.first
        }
        if let byName, case .instruction = byName.kind { return byName }
        return nil
    }

    /// `<account>_<vN>` names its version. Otherwise the JSON tells: the latest version that has every
    /// top-level field the document lists of those the account ever had (a Reservation listing
    /// `ClientIp` is an R1); a document that only omits fields is read with the current version.
    static func version(for stem: String, document: FixtureDocument, of account: AccountLayouts) -> LayoutVersion {
        let suffix = stem.dropFirst(account.name.count + 1)
        if stem.hasPrefix(account.name + "_"), let named = account.version(String(suffix)) { return named }
        let everListed = Set(account.versions.flatMap(topLevelNames))
        let listed = Set(document.fields.map(\.name)).intersection(everListed)
        return account.versions.last { listed.isSubset(of: topLevelNames($0)) } ?? account.current
    }

    /// The names a document gives a version's fields: `Owner`, and `PublishersLen` for a vector.
    private static func topLevelNames(_ version: LayoutVersion) -> [String] {
        version.fields.flatMap { field -> [String] in
            if case .vec = field.type { return [field.jsonName + "Len"] }
            return [field.jsonName]
        }
    }

    static func role(for stem: String) -> Role {
        let words = stem.split(separator: "_")
        if words.contains("future") { return .future }
        if words.contains("legacy") { return .legacy }
        return .plain
    }
}
