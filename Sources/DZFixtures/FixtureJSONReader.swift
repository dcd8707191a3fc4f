import DZCodec
import DZJSON
import DZLayouts

/// An upstream fixture JSON document (docs/program-rules.md §6), read back: every `value` string parsed as its `typ`.
public struct FixtureDocument: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// The flattened upstream name: `Owner`, `InterfacesLen`, `Interface0Name`.
        public var name: String
        /// One of the leaf types a fixture lists (`FixtureJSONReader.leafTypes`).
        public var type: FieldType
        public var value: Value
    }

    public var name: String
    public var accountType: UInt8
    public var fields: [Entry]
}

/// Why a fixture JSON document could not be read. Each case names the file; entry errors name the
/// index in `fields` and the key.
public enum FixtureJSONError: Error, Equatable, CustomStringConvertible {
    case json(JSONDecodingError)
    /// A top-level key (`name`, `account_type`, `fields`) is missing or wrong; `(root)` for the root.
    case document(file: String, key: String, reason: String)
    case entry(file: String, index: Int, key: String, reason: String)

    public var description: String {
        switch self {
        case .json(let error): error.description
        case .document(let file, let key, let reason): "\(file): \(key): \(reason)"
        case .entry(let file, let index, let key, let reason): "\(file): fields[\(index)].\(key): \(reason)"
        }
    }
}

/// Reads `{name, account_type, fields: [{name, value, typ}]}` as `FixtureJSON` writes it.
public enum FixtureJSONReader {
    /// The `typ` strings a fixture uses, as their types (enums are written `u8`).
    public static let leafTypes: [FieldType] = [.u8, .u16, .u32, .u64, .u128, .i64, .f64, .bool, .pubkey, .ipv4, .networkV4, .string]

    public static func read(_ bytes: [UInt8], file: String) throws(FixtureJSONError) -> FixtureDocument {
        let root: JSONValue
        do {
            root = try JSONReader.parse(bytes, source: file)
        } catch {
            throw .json(error)
        }
        guard let document = root.objectValue else {
            throw .document(file: file, key: "(root)", reason: "expected an object, found \(root.typeName)")
        }
        func member(_ key: String) throws(FixtureJSONError) -> JSONValue {
            guard let value = document[key] else { throw .document(file: file, key: key, reason: "missing") }
            return value
        }
        let nameValue = try member("name")
        guard let name = nameValue.stringValue else {
            throw .document(file: file, key: "name", reason: "expected a string, found \(nameValue.typeName)")
        }
        let typeValue = try member("account_type")
        guard let rawType = typeValue.integerValue, let accountType = UInt8(exactly: rawType) else {
            throw .document(file: file, key: "account_type", reason: "expected an integer 0...255, found \(describe(typeValue))")
        }
        let fieldsValue = try member("fields")
        guard let items = fieldsValue.arrayValue else {
            throw .document(file: file, key: "fields", reason: "expected an array, found \(fieldsValue.typeName)")
        }
        var fields: [FixtureDocument.Entry] = []
        fields.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            fields.append(try entry(item, index: index, file: file))
        }
        return FixtureDocument(name: name, accountType: accountType, fields: fields)
    }

    private static func entry(_ item: JSONValue, index: Int, file: String) throws(FixtureJSONError) -> FixtureDocument.Entry {
        guard item.objectValue != nil else {
            throw .entry(file: file, index: index, key: "(entry)", reason: "expected an object, found \(item.typeName)")
        }
        func text(_ key: String) throws(FixtureJSONError) -> String {
            guard let value = item[key] else { throw .entry(file: file, index: index, key: key, reason: "missing") }
            guard let string = value.stringValue else {
                throw .entry(file: file, index: index, key: key, reason: "expected a string, found \(value.typeName)")
            }
            return string
        }
        let name = try text("name")
        let typ = try text("typ")
        guard let type = leafTypes.first(where: { $0.kindName == typ }) else {
            throw .entry(file: file, index: index, key: "typ", reason: "unknown type '\(typ)'")
        }
        let raw = try text("value")
        guard let value = parse(raw, as: type) else {
            throw .entry(file: file, index: index, key: "value", reason: "'\(raw.prefix(80))' is not a valid \(typ)")
        }
        return FixtureDocument.Entry(name: name, type: type, value: value)
    }

    /// The inverse of `FixtureJSON.text` for one leaf type; nil when the text is not one.
    public static func parse(_ text: String, as type: FieldType) -> Value? {
        switch type {
        case .u8: decimal(text, max: UInt64(UInt8.max)).map(Value.uint)
        case .u16: decimal(text, max: UInt64(UInt16.max)).map(Value.uint)
        case .u32: decimal(text, max: UInt64(UInt32.max)).map(Value.uint)
        case .u64: decimal(text, max: .max).map(Value.uint)
        case .u128: isDecimal(text) ? UInt128(text).map(Value.u128) : nil
        case .i64: isDecimal(text.hasPrefix("-") ? String(text.dropFirst()) : text) ? Int64(text).map(Value.int) : nil
        case .f64: Double(text).map { .f64($0.bitPattern) }
        case .bool: text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
        case .pubkey: pubkey(text).map(Value.pubkey)
        case .ipv4: IPv4(dotted: text).map(Value.ipv4)
        case .networkV4: NetworkV4(cidr: text).map(Value.network)
        case .string: .string(Array(text.utf8))
        default: nil
        }
    }

    private static func isDecimal(_ text: String) -> Bool { !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    private static func decimal(_ text: String, max: UInt64) -> UInt64? {
        guard isDecimal(text), let value = UInt64(text), value <= max else { return nil }
        return value
    }

    /// 32 bytes in base58 take at most 44 characters: longer text is refused before the quadratic decode.
    private static func pubkey(_ text: String) -> Pubkey? {
        guard text.utf8.count <= 44, let bytes = Base58.decode(text), bytes.count == 32 else { return nil }
        return Pubkey(bytes)
    }

    private static func describe(_ value: JSONValue) -> String {
        if let number = value.integerValue { return String(number) }
        return value.typeName
    }
}
