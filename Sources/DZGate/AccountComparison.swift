import DZCodec
import DZComparison
import DZJSON
import DZLayouts
import DZPorts

/// One account, baseline version against working version: the changes by the rules, who they affect by
/// running the readers, one finding per change.
struct AccountComparison {
    let baseline: Side
    let working: Side
    let options: GateOptions

    /// A classified change with what it needs from the synthesized accounts.
    private struct Classified {
        var change: LayoutChange
        /// The enum value the baseline or working accounts must hold for the change to show.
        var baselineEnum: (EnumID, UInt8)?
        var workingEnum: (EnumID, UInt8)?
    }

    func findings() -> [GateFinding] {
        let alignment = FieldAlignment(baseline.version.fields, working.version.fields)
        let classified = alignment.changes.map { Classified(change: $0) } + kindChange() + ruleChanges(alignment) + enumChanges()
        guard !classified.isEmpty else { return [] }

        var baselineSynthesizer = synthesizer(baseline), workingSynthesizer = synthesizer(working)
        for item in classified {
            if let (id, value) = item.baselineEnum { baselineSynthesizer.enumOverrides[id] = value }
            if let (id, value) = item.workingEnum { workingSynthesizer.enumOverrides[id] = value }
        }
        let retired = Set(alignment.slotReuses.map { baseline.version.fields[$0.baseline].name })
        baselineSynthesizer.zeroed = retired
        var counterpart: [String: String] = [:]
        for pair in alignment.pairs { counterpart[baseline.version.fields[pair.baseline].name] = working.version.fields[pair.working].name }

        // One pair of accounts per variant of the widest enum with payloads held as a field (one, if none).
        let rounds = ([baseline, working].flatMap { $0.version.fields }.compactMap { field -> Int? in
            if case .tagged(let tagged) = field.type { tagged.variants.count } else { nil }
        }.max() ?? 1)
        var probes: [Probe] = []
        do {
            for round in 0..<rounds {
                baselineSynthesizer.variantChoice = round
                workingSynthesizer.variantChoice = round
                probes.append(try Probe(baseline: baseline, working: working, readers: readers,
                                        synthesis: (baselineSynthesizer, workingSynthesizer),
                                        counterpart: counterpart, retired: retired, derived: derivedFields()))
            }
        } catch {
            // Not expected for layouts the registry accepts; reported rather than trapped.
            let unverified = readers.map { GateFinding.Unverified(reader: $0, reason: "cannot synthesize the accounts: \(error)") }
            return classified.map { finding($0.change, affected: [], unverified: unverified, examples: [], notes: []) }
        }
        var explainers = probes.map { FindingExplainer(probe: $0, baseline: baseline, working: working) }
        let blame = Blame(classified.map(\.change), scope: scope(of:))
        return classified.map { item in
            let scope = blame.scope(of: item.change)
            // The first round in which a reader breaks explains it; a reader no round breaks is unaffected.
            let round = probes.indices.first { index in
                readers.contains { blame.affects($0, item.change, scope: scope, probes[index].observations) }
            } ?? 0
            let affected = readers.filter { reader in
                probes.contains { blame.affects(reader, item.change, scope: scope, $0.observations) }
            }
            let examples = explainers[round].examples(for: item.change, blame: blame, affected: affected)
            let notes = item.change.kind == .slotReuse ? explainers[round].retiredSlotNote(item.change) : []
            // A reader already seen to break needs no further verdict.
            let unverified = probes[round].unverified.filter { !affected.contains($0.reader) }
            return finding(item.change, affected: affected, unverified: unverified, examples: examples, notes: notes)
        }
    }

    private func finding(
        _ change: LayoutChange, affected: [ReaderID], unverified: [GateFinding.Unverified], examples: [GateExample], notes: [String]
    ) -> GateFinding {
        let verdict: GateVerdict = switch change.kind {
        case .rename, .enumValueRenamed: affected.isEmpty ? .rename : .breaking
        case .slotReuse: affected.isEmpty ? .needsAcknowledgement : .breaking
        default: affected.isEmpty ? .compatible : .breaking
        }
        return GateFinding(
            account: working.version.account, field: change.field, fromVersion: baseline.name, toVersion: working.name,
            kind: change.kind, detail: change.detail, verdict: verdict, affected: affected, unverified: unverified,
            acknowledgement: change.kind == .slotReuse ? acknowledgement(change) : nil, examples: examples, notes: notes)
    }

    private func acknowledgement(_ change: LayoutChange) -> String? {
        guard let field = change.workingFields.first, let replaces = change.baselineFields.first else { return nil }
        return working.version.acknowledgements.first { $0.change == .slotReuse(field: field, replaces: replaces) }?.reason
    }

    /// Instruction data is read only by the program (old clients send it to the new program); the SDKs
    /// read accounts.
    private var readers: [ReaderID] {
        guard case .account = working.kind else { return options.readers.filter { $0 == .program } }
        return options.readers
    }

    private func synthesizer(_ side: Side) -> RecordSynthesizer {
        let type: UInt8? = if case .account(let type) = side.kind { type } else { nil }
        return RecordSynthesizer(registry: side.registry, accountType: type, elementsPerVector: options.elementsPerVector)
    }

    /// Working fields a rule fills when the account lacks them (Device `interfaces`, rebuilt from the
    /// legacy slot): not held against a default, as MatrixBuilder does.
    private func derivedFields() -> Set<String> {
        Set(working.version.rules.compactMap { rule -> String? in
            switch rule {
            case .rebuildInterfaces(_, let trailing): baseline.version.field(trailing) == nil ? trailing : nil
            }
        })
    }

    /// The fields whose readings belong to a change: itself, and everything after it when it moves bytes.
    private func scope(of change: LayoutChange) -> (baseline: Set<String>, working: Set<String>) {
        guard change.shifts else { return (Set(change.baselineFields), Set(change.workingFields)) }
        let tail = { (fields: [Field], position: Int) in fields.dropFirst(min(position, fields.count)).map(\.name) }
        return (Set(tail(baseline.version.fields, change.baselinePosition) + change.baselineFields),
                Set(tail(working.version.fields, change.workingPosition) + change.workingFields))
    }

    // MARK: Changes beyond the field lists

    private func kindChange() -> [Classified] {
        guard baseline.kind != working.kind else { return [] }
        return [Classified(change: LayoutChange(
            kind: .accountKind, field: "(account)", detail: "\(baseline.kind) → \(working.kind)",
            baselinePosition: 0, workingPosition: 0, shifts: true, baselineFields: [], workingFields: []))]
    }

    /// Account rules, compared with the baseline's field names carried over to their working slots.
    private func ruleChanges(_ alignment: FieldAlignment) -> [Classified] {
        var renamed: [String: String] = [:]
        for pair in alignment.pairs { renamed[baseline.version.fields[pair.baseline].name] = working.version.fields[pair.working].name }
        let carried = baseline.version.rules.map { rule -> Rule in
            switch rule {
            case .rebuildInterfaces(let legacy, let trailing):
                .rebuildInterfaces(legacy: renamed[legacy] ?? legacy, trailing: renamed[trailing] ?? trailing)
            }
        }
        guard carried != working.version.rules else { return [] }
        let names = { (rules: [Rule]) in
            rules.flatMap { rule -> [String] in
                switch rule { case .rebuildInterfaces(let legacy, let trailing): [legacy, trailing] }
            }
        }
        return [Classified(change: LayoutChange(
            kind: .readerRule, field: (names(carried) + names(working.version.rules)).uniqued().joined(separator: ", "),
            detail: "account rules: \(Self.describe(carried)) → \(Self.describe(working.version.rules))",
            baselinePosition: 0, workingPosition: 0, shifts: false,
            baselineFields: names(baseline.version.rules), workingFields: names(working.version.rules)))]
    }

    private static func describe(_ rules: [Rule]) -> String {
        rules.isEmpty ? "none" : rules.map { rule in
            switch rule {
            case .rebuildInterfaces(let legacy, let trailing): "\(trailing) rebuilt from \(legacy) when empty"
            }
        }.joined(separator: "; ")
    }

    /// Per enum both versions use: values added, removed or renamed, and a changed default. The accounts
    /// then carry the added value (working) or the removed one (baseline), so that the change shows.
    private func enumChanges() -> [Classified] {
        let oldUses = EnumUse.collect(baseline.version.fields), newUses = EnumUse.collect(working.version.fields)
        var result: [Classified] = []
        for id in newUses.map(\.id).uniqued() where oldUses.contains(where: { $0.id == id }) && baseline.registry.hasEnum(id) {
            let old = baseline.registry.enumDefinition(id), new = working.registry.enumDefinition(id)
            let paths = newUses.filter { $0.id == id }.map(\.path).uniqued().joined(separator: ", ")
            func change(_ kind: ChangeKind, _ detail: String) -> LayoutChange {
                LayoutChange(kind: kind, field: paths, detail: detail, baselinePosition: 0, workingPosition: 0, shifts: false,
                             baselineFields: oldUses.filter { $0.id == id }.map(\.topLevel).uniqued(),
                             workingFields: newUses.filter { $0.id == id }.map(\.topLevel).uniqued())
            }
            let added = new.cases.filter { !old.contains($0.value) }, removed = old.cases.filter { !new.contains($0.value) }
            if let first = added.first {
                result.append(Classified(change: change(.enumValueAdded, "\(id) gains " + Self.list(added)), workingEnum: (id, first.value)))
            }
            if let first = removed.first {
                result.append(Classified(change: change(.enumValueRemoved, "\(id) loses " + Self.list(removed)), baselineEnum: (id, first.value)))
            }
            let renamed = new.cases.filter { entry in old.name(of: entry.value).map { $0 != entry.name } ?? false }
            if !renamed.isEmpty {
                let detail = renamed.map { "\($0.value) \(old.name(of: $0.value)!) → \($0.name)" }.joined(separator: ", ")
                result.append(Classified(change: change(.enumValueRenamed, "\(id): \(detail)")))
            }
            if old.defaultValue != new.defaultValue {
                result.append(Classified(change: change(.enumDefault, "\(id) default \(old.defaultValue) → \(new.defaultValue)")))
            }
        }
        return result
    }

    private static func list(_ cases: [(value: UInt8, name: String)]) -> String {
        cases.map { "\($0.value) (\($0.name))" }.joined(separator: ", ")
    }
}

/// Where a layout uses an enum: the top-level field and the path to the enum byte.
struct EnumUse {
    var id: EnumID
    var topLevel: String
    var path: String

    static func collect(_ fields: [Field]) -> [EnumUse] {
        fields.flatMap { field in uses(of: field.type, topLevel: field.name, path: field.name) }
    }

    private static func uses(of type: FieldType, topLevel: String, path: String) -> [EnumUse] {
        switch type {
        case .enumeration(let id): [EnumUse(id: id, topLevel: topLevel, path: path)]
        case .vec(let element): uses(of: element, topLevel: topLevel, path: path + "[]")
        case .option(let element): uses(of: element, topLevel: topLevel, path: path)
        case .structure(let fields): uses(of: fields, topLevel: topLevel, path: path)
        case .sized(let element): uses(of: element.fields, topLevel: topLevel, path: path)
        case .tagged(let element): uses(of: element.fields, topLevel: topLevel, path: path)
        default: []
        }
    }

    private static func uses(of fields: [Field], topLevel: String, path: String) -> [EnumUse] {
        fields.flatMap { uses(of: $0.type, topLevel: topLevel, path: "\(path).\($0.name)") }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
