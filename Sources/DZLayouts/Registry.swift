/// Every account and instruction layout dzcompat knows, with the program's enums. This is the single
/// source of truth: `fixtures/layouts.json` is exported from it, and every reader walks it.
public struct Registry: Sendable {
    public let accounts: [AccountLayouts]
    public let enumDefinitions: [EnumDefinition]
    /// What each read-only SDK does differently, as facts.
    public let sdks: [SDKKnowledge]
    private let enumIndex: [EnumID: EnumDefinition]

    public init(accounts: [AccountLayouts], enums: [EnumDefinition], sdks: [SDKKnowledge] = SDKKnowledge.standard) {
        self.accounts = accounts
        // An account's own enums follow the shared ones, each id once.
        var definitions = enums
        for definition in accounts.flatMap(\.enums) where !definitions.contains(where: { $0.id == definition.id }) {
            definitions.append(definition)
        }
        self.enumDefinitions = definitions
        self.sdks = sdks
        self.enumIndex = Dictionary(uniqueKeysWithValues: definitions.map { ($0.id, $0) })
    }

    /// The program's history: every version of every account (docs/layouts.md is generated from it).
    public static let standard = Registry(
        accounts: [
            user, device, globalState, reservation, globalConfig, location, exchange, link, multicastGroup, programConfig,
            contributor, accessPass, resourceExtension, tenant, permission, index, topology, feed,
            setGlobalConfig, createDevice, deleteDevice, createLink, createUser, deleteUser, createSubscribeUser,
            setUserBGPStatus, reserveConnection, closeReservation, clearTopology, assignTopologyNodeSegments],
        enums: enums)

    public func account(_ name: String) -> AccountLayouts? { accounts.first { $0.name == name } }

    /// The facts of the SDK whose reader name is `id` (`go`, `ts`, `py`); every registry has all three.
    public func sdk(_ id: String) -> SDKKnowledge {
        sdks.first { $0.id == id } ?? SDKKnowledge(id: id, name: id, enums: [:], readers: [:])
    }

    /// Every enum a field refers to exists: checked by the tests, so lookups may assume it.
    public func enumDefinition(_ id: EnumID) -> EnumDefinition { enumIndex[id]! }
    public func hasEnum(_ id: EnumID) -> Bool { enumIndex[id] != nil }

    /// Every version of every account, in registry order.
    public var allVersions: [LayoutVersion] { accounts.flatMap(\.versions) }

    /// Resolves `user@v7`, `user@U7`, `user@f7981ab6f`, `user@latest` or plain `user` (the current version).
    public func resolve(_ reference: String) throws(LayoutReferenceError) -> LayoutVersion {
        let parts = reference.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let account = account(parts[0]) else {
            throw .unknownAccount(reference, known: accounts.map(\.name))
        }
        guard parts.count == 2, parts[1] != "latest" else { return account.current }
        let key = parts[1]
        let match = account.versions.first { $0.id == key }
            ?? account.versions.first { $0.label.lowercased() == key.lowercased() }
            ?? (key.count >= 7 ? account.versions.last { $0.commit.hasPrefix(key.lowercased()) } : nil)
        guard let match else {
            throw .unknownVersion(reference, known: account.versions.map { "\($0.id) (\($0.label))" })
        }
        return match
    }
}

/// A layout name that names nothing.
public enum LayoutReferenceError: Error, Equatable, CustomStringConvertible {
    case unknownAccount(String, known: [String])
    case unknownVersion(String, known: [String])

    public var description: String {
        switch self {
        case .unknownAccount(let reference, let known):
            "unknown layout '\(reference)': no account of that name (known: \(known.joined(separator: ", ")))"
        case .unknownVersion(let reference, let known):
            "unknown layout '\(reference)': no such version (known: \(known.joined(separator: ", ")))"
        }
    }
}
