import DZJSON
import DZLayouts

/// How one reader presents the values whose rendering differs between readers
/// (docs/reader-contract.md §3).
public protocol ReaderPresentation: Sendable {
    /// An enum field: `{"value": n, "label": L}`, or a bare number where the reader keeps an integer.
    func enumeration(_ raw: UInt8, of id: EnumID, field: String) -> JSONValue
    func u128(_ value: UInt128) -> JSONValue
}

/// The program's presentation: labels are the Rust variant names.
public struct ProgramPresentation: ReaderPresentation {
    public let registry: Registry
    public init(registry: Registry = .standard) { self.registry = registry }

    public func enumeration(_ raw: UInt8, of id: EnumID, field: String) -> JSONValue {
        .object(["value": .integer(Int64(raw)), "label": registry.enumDefinition(id).name(of: raw).map(JSONValue.string) ?? .null])
    }

    public func u128(_ value: UInt128) -> JSONValue { .string(String(value)) }
}

/// The one decoded-value form every reader's result is rendered in, so that readers compare field by field.
public struct CanonicalJSON<Presentation: ReaderPresentation> {
    public let presentation: Presentation
    public init(_ presentation: Presentation) { self.presentation = presentation }

    public func value(_ record: Record, fields: [Field]) -> JSONValue {
        var object = JSONObject()
        object.members.reserveCapacity(max(fields.count, record.entries.count))
        // Records usually list the fields in order: take entries in step while they match, and look a
        // name up (its first entry) once they do not.
        var inStep = 0
        for field in fields {
            let value: Value
            if inStep < record.entries.count && inStep == object.members.count && record.entries[inStep].name == field.name {
                value = record.entries[inStep].value
                inStep += 1
            } else {
                guard let found = record[field.name] else { continue }
                value = found
            }
            object.append(field.name, member(value, of: field))
        }
        // Values a reader adds beyond the layout (Go's deserialize_error) follow in their own order; having
        // no field type, their strings are messages, rendered as text. When every entry was taken in step,
        // none is beyond the layout.
        guard inStep < record.entries.count else { return .object(object) }
        for entry in record.entries where !fields.contains(where: { $0.name == entry.name }) {
            object.append(entry.name, render(entry.value, as: nil, field: entry.name))
        }
        return .object(object)
    }

    /// A field's value as it stands in the object `value(_:fields:)` renders.
    /// A u128 an SDK reads as two u64 halves (`Field.readsHalves`) is the number in every presentation:
    /// only a Uint128 is Go's swapped `{High, Low}`.
    public func member(_ value: Value, of field: Field) -> JSONValue {
        if field.readsHalves, case .u128(let number) = value { return .string(String(number)) }
        return render(value, as: field.type, field: field.name)
    }

    /// One element of the vector field `field`, as it stands in that field's array.
    public func element(_ value: Value, of field: Field) -> JSONValue {
        let element: FieldType? = if case .vec(let inner) = field.type { inner } else { nil }
        return render(value, as: element, field: field.name)
    }

    public func ok(_ record: Record, fields: [Field]) -> JSONValue { .object(["ok": value(record, fields: fields)]) }

    public static func error(class className: String, message: String) -> JSONValue {
        .object(["error": .object(["class": .string(className), "message": .string(message)])])
    }

    /// A death; an out-of-memory one carries the bytes the process would have needed, as a decimal string.
    public static func fatal(_ reason: String, bytes: UInt64? = nil) -> JSONValue {
        var object: JSONObject = ["fatal": .string(reason)]
        if let bytes { object.append("bytes", .string(String(bytes))) }
        return .object(object)
    }

    private func render(_ value: Value, as type: FieldType?, field: String) -> JSONValue {
        switch value {
        case .uint(let v):
            if case .enumeration(let id)? = type { return presentation.enumeration(UInt8(truncatingIfNeeded: v), of: id, field: field) }
            switch type {
            case .u64?, .i64?: return .string(String(v))
            default: return .integer(Int64(v))
            }
        case .int(let v): return .string(String(v))
        case .u128(let v): return presentation.u128(v)
        case .f64(let bits): return .string(Hex.encode(withUnsafeBytes(of: bits.bigEndian) { Array($0) }))
        case .bool(let flag): return .bool(flag)
        case .pubkey(let key): return .string(key.base58)
        case .ipv4(let address): return .string(address.dotted)
        case .network(let network): return .string(network.cidr)
        case .string(let bytes) where type == nil: return .string(String(decoding: bytes, as: UTF8.self))
        case .string(let bytes): return .string(Hex.encode(bytes))
        case .list(nil): return .null
        case .list(let items?):
            let element: FieldType? = if case .vec(let inner)? = type { inner } else { nil }
            return .array(items.mapSharingCopies { render($0, as: element, field: field) })
        case .option(nil): return .null
        case .option(let inner?):
            let element: FieldType? = if case .option(let wrapped)? = type { wrapped } else { nil }
            return render(inner, as: element, field: field)
        case .record(let record):
            return self.value(record, fields: Self.elementFields(type))
        case .run(let element, let count):
            return .object(["repeat": .integer(Int64(count)), "element": render(element, as: type, field: field)])
        }
    }

    /// The fields an element object lists: tagged `version` then the union; sized `size`, `version`, fields.
    static func elementFields(_ type: FieldType?) -> [Field] {
        switch type {
        case .structure(let fields)?: fields
        case .tagged(let element)?: [ElementHeader.version] + element.fields
        case .sized(let element)?: [ElementHeader.size, ElementHeader.version] + element.fields
        default: []
        }
    }
}

/// Built once (a generic type cannot hold static stored properties): `Field` derives its JSON name.
private enum ElementHeader {
    static let version = Field("version", .u8)
    static let size = Field("size", .u16)
}
