import DZCodec
import DZLayouts
import DZReportModel

/// Rule 3, per account: every older version that today's layout extends (its fields a prefix of
/// today's) is covered by a fixture cut where that version ends, which today's reader must zero-fill;
/// and an account with size-prefixed or versioned elements has a fixture with bytes its layout does not
/// describe (a newer element version), which readers must skip.
enum LegacyFutureRule {
    static func check(_ account: AccountLayouts, fixtures: [LintFixture], registry: Registry) -> [LintFinding] {
        guard !fixtures.isEmpty else { return [] }
        let current = account.current
        let decoder = ProgramDecoder(registry: registry)
        let decodings = fixtures.map { try? decoder.decode($0.bytes, as: current) }
        // Findings point at the account's own fixture (`user.bin`), or its first.
        let main = fixtures.firstIndex { $0.stem == account.name } ?? 0
        func offset(ofField index: Int) -> Int? { decodings[main]?.outcomes[index].offset }
        var findings: [LintFinding] = []
        for index in boundaries(account) {
            let covered = zip(fixtures, decodings).contains { fixture, decoding in
                guard let outcomes = decoding?.outcomes else { return false }
                return outcomes[index].offset == fixture.bytes.count && outcomes[index].outcome == .missing
                    && (index == 0 || outcomes[index - 1].outcome != .missing)
            }
            guard !covered else { continue }
            let field = current.fields[index]
            let added = account.versions.first { $0.field(field.name) != nil }!
            let before = account.versions.last { $0.fields.count == index && extends($0, current) }!
            findings.append(LintFinding(
                rule: .legacyAndFuture, account: account.name, field: field.name, file: fixtures[main].binFile,
                offset: offset(ofField: index),
                message: "no legacy fixture ends where \(field.name) starts (added in \(added.label), \(added.commit)): "
                    + "\(before.label) data read by \(current.label) is untested"))
        }
        if let index = current.fields.firstIndex(where: { hasElementVersions($0.type) }) {
            let future = zip(fixtures, decodings).contains { fixture, decoding in
                guard let decoding else { return false }
                let written = RoundTripRule.encode(decoding.record, current, account, registry: registry)
                return written.map { fixture.bytes.count > $0.count } ?? false
            }
            if !future {
                findings.append(LintFinding(
                    rule: .legacyAndFuture, account: account.name, field: current.fields[index].name, file: fixtures[main].binFile,
                    offset: offset(ofField: index),
                    message: "no future-version fixture: \(current.fields[index].name) holds size-prefixed or versioned elements, "
                        + "and no fixture has bytes \(current.label) does not describe"))
            }
        }
        return findings
    }

    /// The field indexes of today's layout where an older version that today's extends ends, in order.
    static func boundaries(_ account: AccountLayouts) -> [Int] {
        let current = account.current
        // An account's every version has its account type; an instruction's first version may have no
        // arguments (its data is the tag alone), so 0 is a boundary too.
        return Set(account.versions.dropLast().filter { extends($0, current) }.map(\.fields.count))
            .filter { $0 < current.fields.count }
            .sorted()
    }

    /// Whether today's layout starts with this version's fields (by name, or an earlier name of a slot).
    static func extends(_ version: LayoutVersion, _ current: LayoutVersion) -> Bool {
        guard version.fields.count <= current.fields.count else { return false }
        return zip(version.fields, current.fields).allSatisfy { old, new in old.name == new.name || new.renamedFrom == old.name }
    }

    /// A vector of size-prefixed or tagged (versioned) elements anywhere in the type; a tagged field
    /// that is no vector element (an enum with payloads) has no versions to skip.
    static func hasElementVersions(_ type: FieldType) -> Bool {
        switch type {
        case .vec(.sized), .vec(.tagged): true
        case .vec(let element), .option(let element): hasElementVersions(element)
        case .structure(let fields): fields.contains { hasElementVersions($0.type) }
        case .tagged(let element): element.variants.contains { $0.fields.contains { hasElementVersions($0.type) } }
        case .sized(let element): element.fields.contains { hasElementVersions($0.type) }
        default: false
        }
    }
}
