import DZLayouts

/// One structural change found by aligning two field lists.
struct LayoutChange {
    var kind: ChangeKind
    /// Display path: `tunnel_id`, `interfaces[].mtu`, `deprecated_interfaces[].V2(1).status`.
    var field: String
    var detail: String
    /// Top-level position where the change begins, in each list (the list's count when at the end).
    var baselinePosition: Int
    var workingPosition: Int
    /// The change moves the bytes of everything after it, so those fields belong to it too.
    var shifts: Bool
    /// Top-level fields the change is about, in each version.
    var baselineFields: [String]
    var workingFields: [String]
}

/// How two field lists correspond: which fields are the same slot, and what changed. Fields match by
/// name (or by a declared former name); the matches that keep their order are anchors, and between two
/// anchors the unmatched fields pair up by position (a rename, a slot reuse, a replacement), the rest
/// being inserts, removes or, after the last baseline field, appends.
struct FieldAlignment {
    /// (baseline index, working index) of fields that are one slot in both versions.
    var pairs: [(baseline: Int, working: Int)] = []
    /// A fixed-width baseline field whose slot a working vector took.
    var slotReuses: [(baseline: Int, working: Int)] = []
    var changes: [LayoutChange] = []

    init(_ baseline: [Field], _ working: [Field], path: String = "") {
        var matched: [(baseline: Int, working: Int)] = []
        for (j, field) in working.enumerated() {
            let formerName = field.renamedFrom.flatMap { name in working.contains { $0.name == name } ? nil : name }
            if let i = baseline.firstIndex(where: { $0.name == field.name || $0.name == formerName }),
               !matched.contains(where: { $0.baseline == i }) {
                matched.append((i, j))
            }
        }
        let anchors = Self.longestIncreasing(matched)
        for pair in matched where !anchors.contains(where: { $0.baseline == pair.baseline && $0.working == pair.working }) {
            let position = min(pair.baseline, pair.working)
            changes.append(LayoutChange(
                kind: .reorder, field: path + working[pair.working].name,
                detail: "moved from position \(pair.baseline + 1) to \(pair.working + 1)",
                baselinePosition: position, workingPosition: position, shifts: true,
                baselineFields: [baseline[pair.baseline].name], workingFields: [working[pair.working].name]))
        }

        // Walk the gaps between anchors, including the one before the first and after the last.
        let isMatchedB = Set(matched.map(\.baseline)), isMatchedW = Set(matched.map(\.working))
        var previous: (baseline: Int, working: Int) = (-1, -1)
        for next in anchors + [(baseline.count, working.count)] {
            let gapB = ((previous.baseline + 1)..<max(previous.baseline + 1, next.baseline)).filter { !isMatchedB.contains($0) }
            let gapW = ((previous.working + 1)..<max(previous.working + 1, next.working)).filter { !isMatchedW.contains($0) }
            let isTail = next.baseline == baseline.count
            for (i, j) in zip(gapB, gapW) { matched.append((i, j)) }
            for j in gapW.dropFirst(gapB.count) {
                let appended = isTail
                let before = appended ? "" : " before \(working[next.working].name)"
                changes.append(LayoutChange(
                    kind: appended ? .append : .insert, field: path + working[j].name,
                    detail: "\(working[j].name) (\(Self.describe(working[j].type))) \(appended ? "appended" : "inserted")\(before)",
                    baselinePosition: gapB.last.map { $0 + 1 } ?? previous.baseline + 1, workingPosition: j, shifts: !appended,
                    baselineFields: [], workingFields: [working[j].name]))
            }
            for i in gapB.dropFirst(gapW.count) {
                changes.append(LayoutChange(
                    kind: .remove, field: path + baseline[i].name,
                    detail: "\(baseline[i].name) (\(Self.describe(baseline[i].type))) removed",
                    baselinePosition: i, workingPosition: gapW.last.map { $0 + 1 } ?? previous.working + 1, shifts: true,
                    baselineFields: [baseline[i].name], workingFields: []))
            }
            previous = next
        }
        for (i, j) in matched.sorted(by: { $0.working < $1.working }) {
            if baseline[i].type.fixedWidth != nil, case .vec = working[j].type {
                slotReuses.append((i, j))
                changes.append(LayoutChange(
                    kind: .slotReuse, field: path + working[j].name,
                    detail: "\(baseline[i].name) (\(Self.describe(baseline[i].type))) replaced in place by "
                        + "\(working[j].name) (\(Self.describe(working[j].type)))",
                    baselinePosition: i, workingPosition: j, shifts: true,
                    baselineFields: [baseline[i].name], workingFields: [working[j].name]))
            } else {
                pairs.append((i, j))
                changes += Self.slotChanges(baseline[i], working[j], i, j, path: path)
            }
        }
    }

    /// What differs between two fields that are one slot.
    private static func slotChanges(_ old: Field, _ new: Field, _ i: Int, _ j: Int, path: String) -> [LayoutChange] {
        func change(_ kind: ChangeKind, _ field: String, _ detail: String, shifts: Bool) -> LayoutChange {
            LayoutChange(kind: kind, field: field, detail: detail, baselinePosition: i, workingPosition: j, shifts: shifts,
                         baselineFields: [old.name], workingFields: [new.name])
        }
        var changes: [LayoutChange] = []
        if old.type != new.type {
            let prefix = old.name == new.name ? "" : "\(old.name) replaced by \(new.name): "
            for (kind, at, detail) in typeChanges(old.type, new.type, path: path + new.name) {
                changes.append(change(kind, at, prefix + detail, shifts: true))
            }
        } else if old.name != new.name || old.jsonName != new.jsonName || old.jsonElementName != new.jsonElementName {
            var detail = old.name == new.name ? "\(new.name) keeps its name" : "\(old.name) renamed \(new.name)"
            detail += old.jsonName == new.jsonName ? "" : "; fixture JSON \(old.jsonName) → \(new.jsonName)"
            detail += old.jsonElementName == new.jsonElementName ? "" : "; JSON elements \(old.jsonElementName) → \(new.jsonElementName)"
            changes.append(change(.rename, path + new.name, detail, shifts: false))
        }
        if old.defaultValue != new.defaultValue || old.onError != new.onError {
            let describe = { (field: Field) in "default \(field.defaultValue.map(String.init) ?? "zero"), on error \(field.onError)" }
            changes.append(change(.readerRule, path + new.name, "\(describe(old)) → \(describe(new))", shifts: false))
        }
        return changes
    }

    /// Changes between two types of one slot, descending into element types where both are the same
    /// kind of container.
    static func typeChanges(_ old: FieldType, _ new: FieldType, path: String) -> [(ChangeKind, String, String)] {
        switch (old, new) {
        case (.vec(let a), .vec(let b)): return typeChanges(a, b, path: path + "[]")
        case (.option(let a), .option(let b)): return typeChanges(a, b, path: path + "?")
        case (.structure(let a), .structure(let b)): return nested(a, b, path: path + ".")
        case (.sized(let a), .sized(let b)):
            let version = a.version == b.version ? [] : [(ChangeKind.retype, path, "element version \(a.version) → \(b.version)")]
            return version + nested(a.fields, b.fields, path: path + ".")
        case (.tagged(let a), .tagged(let b)):
            var changes: [(ChangeKind, String, String)] = []
            let oldTags = a.variants.map(\.tag), newTags = b.variants.map(\.tag)
            if oldTags != newTags || a.unknownTag != b.unknownTag || a.minSize != b.minSize
                || a.variants.map(\.name) != b.variants.map(\.name) {
                changes.append((.retype, path, "tags \(describe(a)) → \(describe(b))"))
            }
            for variant in b.variants {
                guard let before = a.variant(for: variant.tag) else { continue }
                changes += nested(before.fields, variant.fields, path: "\(path).\(variant.name)(\(variant.tag)).")
            }
            return changes
        default:
            let detail = "\(describe(old)) → \(describe(new))"
            if old.fixedWidth != nil, case .vec = new { return [(.slotReuse, path, detail)] }
            if let a = old.fixedWidth, let b = new.fixedWidth, a != b { return [(.resize, path, detail)] }
            return [(.retype, path, detail)]
        }
    }

    private static func nested(_ old: [Field], _ new: [Field], path: String) -> [(ChangeKind, String, String)] {
        FieldAlignment(old, new, path: path).changes.map { ($0.kind, $0.field, $0.detail) }
    }

    /// The matches that keep their relative order, as many as possible (n is small: quadratic is fine).
    private static func longestIncreasing(_ pairs: [(baseline: Int, working: Int)]) -> [(baseline: Int, working: Int)] {
        guard !pairs.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: pairs.count), previous = [Int](repeating: -1, count: pairs.count)
        for k in pairs.indices {
            for m in 0..<k where pairs[m].baseline < pairs[k].baseline && length[m] + 1 > length[k] {
                length[k] = length[m] + 1
                previous[k] = m
            }
        }
        var k = length.indices.max { length[$0] < length[$1] }!
        var result: [(baseline: Int, working: Int)] = []
        while k >= 0 { result.insert(pairs[k], at: 0); k = previous[k] }
        return result
    }

    /// `pubkey, 32 B`, `enum BGPStatus`, `vec<pubkey>`.
    static func describe(_ type: FieldType) -> String {
        switch type {
        case .enumeration(let id): "enum \(id)"
        case .vec, .option, .structure, .tagged, .sized, .string: name(type)
        case .bitmap(let start): "bitmap from byte \(start)"
        default: "\(type.kindName), \(type.fixedWidth!) B"
        }
    }

    private static func name(_ type: FieldType) -> String {
        switch type {
        case .enumeration(let id): "enum \(id)"
        case .vec(let element): "vec<\(name(element))>"
        case .option(let element): "option<\(name(element))>"
        case .sized(let element): "sized v\(element.version)"
        default: type.kindName
        }
    }

    private static func describe(_ element: TaggedElement) -> String {
        let tags = element.variants.map { "\($0.tag) \($0.name)" }.joined(separator: ", ")
        let unknown = switch element.unknownTag {
        case .fail: "unknown fails"
        case .defaultBody(let tag): "unknown reads as \(tag)"
        }
        return "[\(tags); \(unknown); min \(element.minSize) B]"
    }
}
