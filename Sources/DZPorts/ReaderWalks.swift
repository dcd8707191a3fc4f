import DZLayouts

/// Every registry version as one SDK's reader walks it (`SDKKnowledge.readerFields`), worked out once per
/// port: working it out copies the field list, and a diff did that twice per read, 6% of its time.
public struct ReaderWalks: Sendable {
    private struct Key: Hashable, Sendable {
        var account: String
        var id: String
    }

    private let registry: Registry
    private let knowledge: SDKKnowledge
    /// Keyed by account and version id, with the fields the walk was worked out from: a version of the
    /// same name with other fields (a gate's edited layout) is walked afresh.
    private let walks: [Key: (fields: [Field], walk: Result<LayoutVersion, NoReader>)]

    public init(_ registry: Registry, sdk: SDK) {
        self.registry = registry
        knowledge = registry.sdk(sdk.rawValue)
        var walks: [Key: (fields: [Field], walk: Result<LayoutVersion, NoReader>)] = [:]
        for account in registry.accounts {
            for version in account.versions {
                walks[Key(account: version.account, id: version.id)] = (version.fields, Self.walk(version, knowledge, registry))
            }
        }
        self.walks = walks
    }

    /// `version` as the SDK's reader walks it (the fields it reads, as it reads them), or the no-reader
    /// result when it has no reader for that account or version.
    public func walk(_ version: LayoutVersion) -> Result<LayoutVersion, NoReader> {
        if let known = walks[Key(account: version.account, id: version.id)], known.fields == version.fields { return known.walk }
        return Self.walk(version, knowledge, registry)
    }

    private static func walk(_ version: LayoutVersion, _ knowledge: SDKKnowledge, _ registry: Registry) -> Result<LayoutVersion, NoReader> {
        guard let fields = knowledge.readerFields(for: version, in: registry) else {
            return .failure(NoReader(message: knowledge.noReaderMessage(registry.account(version.account)?.title ?? version.account)))
        }
        var walked = version
        walked.fields = fields
        return .success(walked)
    }
}
