import DZCodec
import DZJSON
import DZLayouts

/// How the TS reader's values render (reader-contract §3): enums as `{"value", "label"}` with the label
/// of the SDK's `xxxString()` helper from the registry's TypeScript facts (`SDKKnowledge.typeScript`), or
/// a bare number where the SDK keeps one; u128 as the bigint's decimal text.
public struct TypeScriptPresentation: ReaderPresentation {
    /// Every byte's label, per labelled enum.
    private let labels: [EnumID: [String]]

    public init(_ knowledge: SDKKnowledge = .typeScript) {
        var labels: [EnumID: [String]] = [:]
        for (id, form) in knowledge.enums {
            guard case .labelled(_, let table, let unlisted) = form else { continue }
            // The helpers are `TABLE[v] ?? "unknown"`: no other behaviour past the table exists in TS.
            let fallback = if case .label(let label) = unlisted { label } else { "unknown" }
            labels[id] = (0...255).map { raw in table.first { $0.value == raw }?.label ?? fallback }
        }
        self.labels = labels
    }

    public func enumeration(_ raw: UInt8, of id: EnumID, field: String) -> JSONValue {
        guard let table = labels[id] else { return .integer(Int64(raw)) }
        return .object(["value": .integer(Int64(raw)), "label": .string(table[Int(raw)])])
    }

    public func u128(_ value: UInt128) -> JSONValue { .string(String(value)) }
}
