import DZCodec
import DZJSON
import DZLayouts

/// How the Go SDK presents values: enum labels from String(), bare numbers for uint8 fields, and
/// Uint128 as `{High, Low}` with the halves swapped (High is the LE u64 of bytes 0..7).
/// Labels come from the registry's Go facts (`SDKKnowledge.go`); what String() does past its table
/// (panic, "unknown", `TypeName(N)`) is one of the facts.
public struct GoPresentation: ReaderPresentation {
    /// What the contract prints where String() panics.
    static let panicLabel = "<panic>"

    /// Every byte's label, per labelled enum; an enum without an entry prints as a number.
    private let labels: [EnumID: [String]]

    public init(_ knowledge: SDKKnowledge = .go) {
        var labels: [EnumID: [String]] = [:]
        for (id, form) in knowledge.enums {
            guard case .labelled(let typeName, let table, let unlisted) = form else { continue }
            labels[id] = (0...255).map { raw in
                if let entry = table.first(where: { $0.value == raw }) { return entry.label }
                switch unlisted {
                case .label(let label): return label
                case .typeName: return "\(typeName)(\(raw))"
                case .panic, .raise: return Self.panicLabel
                }
            }
        }
        self.labels = labels
    }

    public func enumeration(_ raw: UInt8, of id: EnumID, field: String) -> JSONValue {
        guard let table = labels[id] else { return .integer(Int64(raw)) }
        return .object(["value": .integer(Int64(raw)), "label": .string(table[Int(raw)])])
    }

    public func u128(_ value: UInt128) -> JSONValue {
        .object([
            "High": .string(String(UInt64(truncatingIfNeeded: value))),
            "Low": .string(String(UInt64(truncatingIfNeeded: value >> 64))),
        ])
    }
}
