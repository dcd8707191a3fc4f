import DZCodec
import DZFixtures
import DZJSON
import DZLayouts
import DZPorts
import DZReportModel

/// Builds the compatibility matrix: for each account and reader, every reader version reads every
/// account version's sample account, and each result is held against the zero-fill rules.
///
/// What the rules expect of reader version r on an account written with version a, for one reader:
/// - a field of r that a also has (by name) reads as that reader reads it with version a itself;
/// - a field of r that a does not have reads as the default (what the reader gives on an account that
///   ends before it);
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
            for reader in readers.ids {
                let readerVersions = readers.versions(of: account, by: reader)
                guard !readerVersions.isEmpty else { continue }
                let cells = readerVersions.map { readerVersion in
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
        let hex = Hex.encode(bytes)
        let got = NormalizedView.normalize(readers.decode(bytes, as: readerVersion, by: reader), nilIsEmpty: true)
        // A release cannot be asked to read with another version: what it should read of the fields the
        // account has is what the port of its SDK reads with the account's own version, and of the fields
        // the account lacks, the port's defaults. Where the port has no reader for the account (AccessPass),
        // the program's reading is the measure.
        var release: String?
        var written = reader
        if case .release(let sdk, let version) = reader.origin {
            release = version
            written = ReaderID(.port(sdk))
            if NormalizedView.normalize(readers.decode(bytes, as: accountVersion, by: written)).kind == NormalizedView.noReader {
                written = .program
            }
        }
        func make(_ verdict: MatrixVerdict) -> MatrixCell {
            MatrixCell(readerVersion: release ?? readerVersion.label, accountVersion: accountVersion.label, verdict: verdict, exampleHex: hex)
        }
        guard let value = got.value else { return make(.error(got.message ?? got.kind)) }
        guard readerVersion != accountVersion || release != nil else { return make(.ok) }
        let writtenValue = NormalizedView.normalize(readers.decode(bytes, as: accountVersion, by: written), nilIsEmpty: true).value
        let empty = NormalizedView.normalize(readers.decode(Self.emptyAccount(readerVersion),
                                                            as: readerVersion, by: written), nilIsEmpty: true).value
        let derived = Set(readerVersion.rules.map { rule in
            switch rule { case .rebuildInterfaces(_, let trailing): trailing }
        })
        var misread: [String] = []
        for field in readerVersion.fields {
            let written = accountVersion.field(field.name) != nil
            if derived.contains(field.name) && !written { continue }
            let expected = written ? writtenValue : empty
            for key in [field.name, "\(field.name).label"] where value[key] != nil && !Self.agrees(value[key], expected?[key]) {
                if !misread.contains(field.name) { misread.append(field.name) }
            }
        }
        if misread.isEmpty && readerVersion == accountVersion { return make(.ok) }
        return make(misread.isEmpty ? .zeroFilled : .misread(fields: misread))
    }

    /// The same field, or the same field whose tagged element gained variants (D13 → D14).
    static func compatible(_ a: Field, _ b: Field) -> Bool {
        guard a.name == b.name else { return false }
        switch (a.type, b.type) {
        case (.vec(.tagged(let x)), .vec(.tagged(let y))):
            let (fewer, more) = x.variants.count <= y.variants.count ? (x, y) : (y, x)
            return fewer.variants.allSatisfy { variant in more.variant(for: variant.tag) == variant }
        default:
            return a.type == b.type
        }
    }

    /// Equal, except that element objects are compared on the fields both list: versions of an element
    /// type may list different fields (a V3 variant adds segments to the legacy interface's fields).
    static func agrees(_ actual: JSONValue?, _ expected: JSONValue?) -> Bool {
        switch (actual, expected) {
        case (.object(let a)?, .object(let b)?):
            return a.members.allSatisfy { member in b[member.key].map { agrees(member.value, $0) } ?? true }
        case (.array(let a)?, .array(let b)?):
            return a.count == b.count && zip(a, b).allSatisfy { agrees($0, $1) }
        default:
            return actual == expected
        }
    }

    /// An account that holds only its type byte: every other field takes the reader's default.
    static func emptyAccount(_ version: LayoutVersion) -> [UInt8] {
        guard case .account(let type) = version.kind else { return [] }
        return [type]
    }

    /// Cells that break the zero-fill rules on a pair of versions where one field list extends the other
    /// (where the rules promise something), with the table they belong to.
    public static func breaches(_ matrix: CompatibilityMatrix, registry: Registry = .standard) -> [(account: String, reader: ReaderID, cell: MatrixCell)] {
        var found: [(account: String, reader: ReaderID, cell: MatrixCell)] = []
        // Rows of a model's table are the account's versions; a release's one row is the release itself.
        for table in matrix.tables where table.reader.sdk == nil || ReaderID.allCases.contains(table.reader) {
            guard let account = registry.account(table.account) else { continue }
            for (r, row) in table.cells.enumerated() {
                for (a, cell) in row.enumerated() {
                    guard case .misread = cell.verdict else { continue }
                    let reader = account.versions[r].fields, written = account.versions[a].fields
                    if reader.starts(with: written, by: Self.compatible) || written.starts(with: reader, by: Self.compatible) {
                        found.append((account: table.account, reader: table.reader, cell: cell))
                    }
                }
            }
        }
        return found
    }
}
