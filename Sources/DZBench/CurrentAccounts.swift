import DZCodec
import DZFixtures
import DZLayouts

/// Today's version of each account (not instructions), its sample record and its fixture bytes: what
/// the upstream reader speeds were measured on.
struct CurrentAccount {
    var version: LayoutVersion
    var record: Record
    var bytes: [UInt8]

    /// Every account (not instruction) of the registry, or those named in `only`.
    static func all(_ registry: Registry, only: Set<String>?) throws -> [CurrentAccount] {
        try registry.accounts.compactMap { account in
            guard case .account = account.kind, only?.contains(account.name) ?? true else { return nil }
            let record = Samples.record(for: account.current, registry: registry)
            return CurrentAccount(version: account.current, record: record,
                                  bytes: try BinaryEncoder.encode(record, account.current, registry: registry))
        }
    }
}
