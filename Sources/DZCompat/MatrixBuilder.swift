import DZCodec
import DZFixtures
import DZJSON
import DZLayouts

/// Builds the compatibility matrix: for each account and reader, every reader version reads every
/// account version's sample account, and each result is held against the zero-fill rules.
///
/// What the rules expect of reader version r on an account written with version a, for one reader:
/// - the fields r shares with a, position by position from the start, read as that reader reads them
///   with version a itself;
/// - a field of r that a does not have reads as the default (what the reader gives on an account that
///   ends before it); a field of r that a has under the same name and type reads as written;
/// - a list a rule derives when the account lacks it (Device `interfaces`, rebuilt from the legacy
///   slot) is the rule's to fill, and is not held against a default.
public struct MatrixBuilder {
    public let readers: ReaderSet
    public init(readers: ReaderSet = ReaderSet()) { self.readers = readers }

    public func build() throws -> CompatibilityMatrix {
        var tables: [MatrixTable] = []
        for account in readers.registry.accounts {
            guard case .account = account.kind else { continue }
            let samples = try account.versions.map { version in
                try BinaryEncoder.encode(Samples.record(for: version, registry: readers.registry), version, registry: readers.registry)
            }
            for reader in ReaderID.allCases {
                let cells = account.versions.map { readerVersion in
                    zip(account.versions, samples).map { accountVersion, bytes in
                        cell(reader, readerVersion, accountVersion, bytes)
                    }
                }
                tables.append(MatrixTable(account: account.name, reader: reader, versions: account.versions.map(\.label), cells: cells))
            }
        }
        return CompatibilityMatrix(tables: tables)
    }

    func cell(_ reader: ReaderID, _ readerVersion: LayoutVersion, _ accountVersion: LayoutVersion, _ bytes: [UInt8]) -> MatrixCell {
        let hex = bytes.map { String($0, radix: 16).leftPadded(2) }.joined()
        let got = NormalizedView.normalize(readers.decode(bytes, as: readerVersion, by: reader))
        func make(_ verdict: MatrixVerdict) -> MatrixCell {
            MatrixCell(readerVersion: readerVersion.label, accountVersion: accountVersion.label, verdict: verdict, exampleHex: hex)
        }
        guard let value = got.value else { return make(.error(got.message ?? got.kind)) }
        guard readerVersion != accountVersion else { return make(.ok) }
        let written = NormalizedView.normalize(readers.decode(bytes, as: accountVersion, by: reader)).value
        let empty = NormalizedView.normalize(readers.decode(Self.emptyAccount(readerVersion, registry: readers.registry),
                                                            as: readerVersion, by: reader)).value
        let derived = Set(readerVersion.rules.map { rule in
            switch rule { case .rebuildInterfaces(_, let trailing): trailing }
        })
        var misread: [String] = []
        var shared = true
        for (index, field) in readerVersion.fields.enumerated() {
            if derived.contains(field.name) && accountVersion.field(field.name) == nil { continue }
            shared = shared && index < accountVersion.fields.count && accountVersion.fields[index] == field
            let sameSlot = accountVersion.fields.contains { $0.name == field.name && $0.type == field.type }
            let expected = shared || sameSlot ? written : empty
            for key in [field.name, "\(field.name).label"] where value[key] != nil && value[key] != expected?[key] {
                if !misread.contains(field.name) { misread.append(field.name) }
            }
        }
        return make(misread.isEmpty ? .zeroFilled : .misread(fields: misread))
    }

    /// An account that holds only its type byte: every other field takes the reader's default.
    static func emptyAccount(_ version: LayoutVersion, registry: Registry) -> [UInt8] {
        guard case .account(let type)? = registry.account(version.account)?.kind else { return [] }
        return [type]
    }
}
