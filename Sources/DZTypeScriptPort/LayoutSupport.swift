import DZLayouts
import DZPorts
import Synchronization

/// Whether the native TS reader decodes a layout at all. It compiles each layout before reading any byte
/// and answers `Unsupported` for every input of a layout it has no rule for (a type in a place the SDK
/// never reads one; an enum the SDK facts do not cover). The checks below follow the native compiler's
/// order, so the first problem found is the one it names.
enum Verdict: Equatable {
    case decode
    case refuse(String)

    init(_ version: LayoutVersion, enums: [EnumID: SDKEnum]) {
        do {
            try LayoutSupport(enums: enums).check(version)
            self = .decode
        } catch {
            self = .refuse("\(version.reference): \(error.message)")
        }
    }
}

/// Verdicts already worked out: checking a layout walks all its types, which costs more than a decode.
/// A layout from the same registry shares its arrays' storage, so the comparison is a pointer check.
final class VerdictCache: Sendable {
    private struct Known {
        let account: String
        let id: String
        let fields: [Field]
        let rules: [Rule]
        let verdict: Verdict
    }

    /// Bounded, so that a stream of ad-hoc layouts cannot grow it without end. A short list beats a
    /// dictionary here: names are small strings, compared without hashing.
    private let known = Mutex<[Known]>([])
    private static let capacity = 256

    func verdict(for version: LayoutVersion, in registry: Registry) -> Verdict {
        let hit = known.withLock { known -> Verdict? in
            for index in known.indices where known[index].id == version.id && known[index].account == version.account
                && known[index].fields == version.fields && known[index].rules == version.rules {
                return known[index].verdict
            }
            return nil
        }
        if let hit { return hit }
        let verdict = Verdict(version, enums: registry.sdk(SDK.ts.rawValue).enums)
        known.withLock { known in
            if known.count < Self.capacity {
                known.append(Known(account: version.account, id: version.id, fields: version.fields,
                                   rules: version.rules, verdict: verdict))
            }
        }
        return verdict
    }
}

struct Unsupported: Error {
    var message: String
}

struct LayoutSupport {
    /// The SDK's enums: one it has no entry for cannot be rendered.
    let enums: [EnumID: SDKEnum]

    func check(_ version: LayoutVersion) throws(Unsupported) {
        let rule = version.interfaceRule
        for (index, field) in version.fields.enumerated() {
            switch rule?.role(of: field.name, at: index) {
            case .legacy?:
                guard case .vec(.tagged(let element)) = field.type else {
                    throw refusal(field.type, "as the legacy interface list")
                }
                try tagged(element)
            case .trailing?:
                guard case .vec(.sized(let element)) = field.type, let rule,
                      case .vec(.tagged) = version.fields[rule.legacyIndex].type else {
                    throw refusal(field.type, "as the trailing interface list")
                }
                for member in element.fields { try bodyField(member.type) }
                for member in element.fields { try zero(member.type) }
            case nil:
                try accountField(field.type)
            }
        }
    }

    private func refusal(_ type: FieldType, _ place: String) -> Unsupported {
        Unsupported(message: "type \(type.kindName) is not supported \(place)")
    }

    /// The native `leaf()`: true for the types read by one primitive. Its enum texts are built there, so
    /// an enum without a label table fails at this point.
    private func isLeaf(_ type: FieldType) throws(Unsupported) -> Bool {
        if case .enumeration(let id) = type, enums[id] == nil {
            throw Unsupported(message: "no TS label table for enum \(id.name)")
        }
        if case .string = type { return true }
        return type.fixedWidth != nil
    }

    private func accountField(_ type: FieldType) throws(Unsupported) {
        if try isLeaf(type) { return }
        switch type {
        case .structure(let fields):
            for member in fields { try accountField(member.type) }
            return
        // An enum with payloads as an account field: its bodies are read like account fields.
        case .tagged(let tagged):
            for member in tagged.fields { try zero(member.type) }
            for variant in tagged.variants {
                for member in variant.fields { try accountField(member.type) }
            }
            return
        default: break
        }
        guard case .vec(let element) = type else { throw refusal(type, "as an account field") }
        switch element {
        case .tagged(let tagged): try self.tagged(tagged)
        case .sized(let sized): for member in sized.fields { try bodyField(member.type) }
        case .structure(let fields): for member in fields { try accountField(member.type) }
        default: if try !isLeaf(element) { throw refusal(element, "inside a vector") }
        }
    }

    private func tagged(_ element: TaggedElement) throws(Unsupported) {
        for member in element.fields { try zero(member.type) }
        for variant in element.variants {
            for member in variant.fields { try bodyField(member.type) }
        }
    }

    /// Fields the SDK object holds before (or without) reading them need a zero value.
    private func zero(_ type: FieldType) throws(Unsupported) {
        if try isLeaf(type) { return }
        guard case .vec = type else { throw refusal(type, "as a default value") }
    }

    private func bodyField(_ type: FieldType) throws(Unsupported) {
        if try isLeaf(type) { return }
        guard case .vec(let element) = type else { throw refusal(type, "in an interface body") }
        guard let width = try width(element), width > 0 else { throw refusal(type, "as a segment list element") }
        if case .structure(let fields) = element {
            for member in fields { try bodyField(member.type) }
        } else {
            try bodyField(element)
        }
    }

    /// The native `width()`: like `FieldType.staticWidth`, but it meets enums through `leaf()`.
    private func width(_ type: FieldType) throws(Unsupported) -> Int? {
        if try isLeaf(type) { return type.fixedWidth }
        guard case .structure(let fields) = type else { return nil }
        var total = 0
        for member in fields {
            guard let width = try width(member.type) else { return nil }
            total += width
        }
        return total
    }
}
