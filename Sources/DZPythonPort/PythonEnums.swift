import DZCodec
import DZJSON
import DZLayouts

/// One of the Python SDK's IntEnum classes (docs/readers.md §4): the class name Python puts in
/// `N is not a valid <Class>`, and `str(member)` (the SDK overrides `__str__`) for each member.
/// A class, so that a reading step holding it costs one reference.
final class PythonIntEnum: Sendable {
    let className: String
    /// Indexed by value; nil where the class has no member, so that value raises at decode.
    private let labels: [String?]

    init(_ className: String, _ members: [(UInt8, String)]) {
        self.className = className
        var labels = [String?](repeating: nil, count: Int(members.map(\.0).max() ?? 0) + 1)
        for (value, label) in members { labels[Int(value)] = label }
        self.labels = labels
    }

    func label(of value: UInt8) -> String? { Int(value) < labels.count ? labels[Int(value)] : nil }
    func contains(_ value: UInt8) -> Bool { label(of: value) != nil }
}

/// How the SDK holds a byte that the program calls an enum.
enum PythonEnumKind: Sendable {
    /// Kept as read, never checked (account_type, the pre-2025-08 interface version).
    case bareInt
    case intEnum(PythonIntEnum)
}

/// The SDK's classes, keyed by the program's enum names, built from the registry's Python facts
/// (`SDKKnowledge.python`).
struct PythonEnums: Sendable {
    private let kinds: [EnumID: PythonEnumKind]

    init(_ knowledge: SDKKnowledge) {
        var kinds: [EnumID: PythonEnumKind] = [:]
        for (id, form) in knowledge.enums {
            switch form {
            case .number: kinds[id] = .bareInt
            case .labelled(let className, let labels, _):
                kinds[id] = .intEnum(PythonIntEnum(className, labels.map { ($0.value, $0.label) }))
            }
        }
        self.kinds = kinds
    }

    /// The SDK's class for a program enum; a name the SDK facts do not cover is a layout error, as in
    /// the native reader.
    func kind(of id: EnumID) throws(PythonRaise) -> PythonEnumKind {
        guard let kind = kinds[id] else { throw .layout("no Python SDK class is known for enum \(id)") }
        return kind
    }
}

/// The Python reader's rendering: `{"value", "label": str(member)}` for IntEnum fields, a bare number
/// for bytes the SDK keeps as ints, and u128 as the exact decimal integer.
public struct PythonPresentation: ReaderPresentation {
    let enums: PythonEnums

    public init(_ knowledge: SDKKnowledge = .python) { enums = PythonEnums(knowledge) }

    public func enumeration(_ raw: UInt8, of id: EnumID, field: String) -> JSONValue {
        guard case .intEnum(let cls)? = try? enums.kind(of: id) else { return .integer(Int64(raw)) }
        return .object(["value": .integer(Int64(raw)), "label": cls.label(of: raw).map(JSONValue.string) ?? .null])
    }

    public func u128(_ value: UInt128) -> JSONValue { .string(String(value)) }
}
