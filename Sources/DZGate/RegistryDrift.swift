import DZLayouts
import DZRustSource

/// Where the registry's current layouts differ from the program's source (`gate --rust DIR`): per
/// registry account, the fields equal or each difference named. Compared as the bytes see them (names,
/// types, order, error handling, defaults, account rules, enum values); the fixture JSON names are not
/// in the source and are not compared.
public struct RegistryDrift: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// An account's registry name, or `enum X`.
        public var account: String
        /// `fields equal (23 fields)`, or what differs.
        public var summary: String
        public var differences: [String]
    }

    public var entries: [Entry]
    /// Instructions the source has and the registry does not track: listed, not drift.
    public var untrackedInstructions: [String]

    public var hasDrift: Bool { entries.contains { !$0.differences.isEmpty } }

    /// `only`: the accounts a `--account` import read (nil: all); the others are not compared, and the
    /// source's accounts outside it are not looked for.
    public init(registry: Registry, source: Registry, only: [String]? = nil) {
        let compared = registry.accounts.filter { only?.contains($0.name) ?? true }
        entries = compared.map { account in
            guard let imported = source.account(account.name) else {
                // The registry keeps the history of an account the program dropped.
                if let removal = account.removed {
                    return Entry(account: account.name, summary: "not in the source: removed at \(removal.commit), as the registry records", differences: [])
                }
                return Entry(account: account.name, summary: "not in the source", differences: ["\(account.title) is not in the source"])
            }
            let differences = Self.differences(account, imported)
            return Entry(account: account.name,
                         summary: differences.isEmpty ? "fields equal (\(account.current.fields.count) fields)" : "\(differences.count) differences",
                         differences: differences)
        }
        // Each enum the registry's accounts use, once, where the source defines it too.
        let used = compared.flatMap { EnumUse.collect($0.current.fields) }.map(\.id).uniqued()
        for id in used where source.hasEnum(id) {
            let differences = Self.differences(registry.enumDefinition(id), source.enumDefinition(id))
            entries.append(Entry(account: "enum \(id)", summary: differences.isEmpty ? "values equal" : "\(differences.count) differences",
                                 differences: differences))
        }
        for account in source.accounts where registry.account(account.name) == nil {
            guard case .account(let type) = account.kind else { continue }
            entries.append(Entry(account: account.name, summary: "not in the registry",
                                 differences: ["\(account.title) (AccountType \(type), \(account.current.fields.count) fields) is not in the registry"]))
        }
        untrackedInstructions = source.accounts.filter { account in
            if case .instruction = account.kind { return registry.account(account.name) == nil }
            return false
        }.map(\.name)
    }

    private static func differences(_ account: AccountLayouts, _ imported: AccountLayouts) -> [String] {
        var result: [String] = []
        if let removal = account.removed { result.append("the registry records \(account.title) as removed at \(removal.commit)") }
        if account.kind != imported.kind { result.append("kind: registry \(account.kind), source \(imported.kind)") }
        let fields = account.current.fields.wireForm, importedFields = imported.current.fields.wireForm
        result += FieldAlignment(fields, importedFields).changes.map { "\($0.kind.rawValue) \($0.field): \($0.detail)" }
        if account.current.rules != imported.current.rules {
            result.append("rules: registry \(account.current.rules), source \(imported.current.rules)")
        }
        return result
    }

    private static func differences(_ registry: EnumDefinition, _ source: EnumDefinition) -> [String] {
        var result = registry.cases.filter { !source.contains($0.value) }.map { "\($0.value) \($0.name): only in the registry" }
        result += source.cases.filter { !registry.contains($0.value) }.map { "\($0.value) \($0.name): only in the source" }
        result += source.cases.compactMap { entry in
            registry.name(of: entry.value).flatMap { $0 == entry.name ? nil : "\(entry.value): registry \($0), source \(entry.name)" }
        }
        if registry.defaultValue != source.defaultValue {
            result.append("default: registry \(registry.defaultValue), source \(source.defaultValue)")
        }
        return result
    }

    /// One line per account, then its differences indented; the untracked instructions last.
    public func render(source: String) -> String {
        var lines = ["Registry drift: the registry's current layouts against \(source)"]
        for entry in entries {
            lines.append("\(entry.account): \(entry.summary)")
            lines += entry.differences.map { "  - \($0)" }
        }
        if !untrackedInstructions.isEmpty {
            lines.append("instructions in the source the registry does not track (\(untrackedInstructions.count)): "
                         + untrackedInstructions.joined(separator: ", "))
        }
        lines.append(hasDrift ? "drift: \(entries.filter { !$0.differences.isEmpty }.count) entries differ" : "no drift")
        return lines.joined(separator: "\n")
    }
}
