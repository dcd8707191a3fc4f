import DZLayouts

/// Where one encoded field lies in the output: the corpus aims its damage with these.
public struct FieldSpan: Sendable {
    /// `deprecated_interfaces[0].name`
    public var path: String
    public var type: FieldType
    public var offset: Int
    public var length: Int
}

/// Writes values as the program's Borsh bytes for one layout version. A field missing from the record
/// is written as its type's default, so a record of today's fields encodes with any older version.
public struct BinaryEncoder {
    public let registry: Registry
    private var bytes: [UInt8] = []
    /// Filled only by `encodeWithSpans`: every field, nested ones included, in write order.
    private var spans: [FieldSpan]?

    public init(registry: Registry = .standard) { self.registry = registry }

    public static func encode(
        _ record: Record, _ version: LayoutVersion, registry: Registry = .standard
    ) throws(EncodingError) -> [UInt8] {
        var encoder = BinaryEncoder(registry: registry)
        encoder.bytes.reserveCapacity(512)
        try encoder.write(record, fields: version.fields, path: "")
        return encoder.bytes
    }

    /// The bytes and where every field (nested fields too) starts and ends.
    public static func encodeWithSpans(
        _ record: Record, _ version: LayoutVersion, registry: Registry = .standard
    ) throws(EncodingError) -> (bytes: [UInt8], spans: [FieldSpan]) {
        var encoder = BinaryEncoder(registry: registry)
        encoder.spans = []
        try encoder.write(record, fields: version.fields, path: "")
        return (encoder.bytes, encoder.spans ?? [])
    }

    /// Instruction data: the variant tag, then the args.
    public static func encodeInstruction(
        _ args: Record, _ version: LayoutVersion, variant: UInt8, registry: Registry = .standard
    ) throws(EncodingError) -> [UInt8] {
        [variant] + (try encode(args, version, registry: registry))
    }

    private mutating func write(_ record: Record, fields: [Field], path: String) throws(EncodingError) {
        for field in fields {
            let value = record[field.name] ?? Value.zero(of: field.type, registry: registry)
            try write(value, as: field.type, path: path.isEmpty ? field.name : "\(path).\(field.name)")
        }
    }

    private mutating func write(_ value: Value, as type: FieldType, path: String) throws(EncodingError) {
        guard spans != nil else { return try writeValue(value, as: type, path: path) }
        let start = bytes.count
        let index = spans!.count
        spans!.append(FieldSpan(path: path, type: type, offset: start, length: 0))
        try writeValue(value, as: type, path: path)
        spans![index].length = bytes.count - start
    }

    private mutating func writeValue(_ value: Value, as type: FieldType, path: String) throws(EncodingError) {
        switch (type, value) {
        case (.u8, .uint(let v)), (.enumeration, .uint(let v)): try writeInteger(v, width: 1, path: path, type: type)
        case (.u16, .uint(let v)): try writeInteger(v, width: 2, path: path, type: type)
        case (.u32, .uint(let v)): try writeInteger(v, width: 4, path: path, type: type)
        case (.u64, .uint(let v)): try writeInteger(v, width: 8, path: path, type: type)
        case (.i64, .int(let v)): try writeInteger(UInt64(bitPattern: v), width: 8, path: path, type: type)
        case (.f64, .f64(let bits)): try writeInteger(bits, width: 8, path: path, type: type)
        case (.u128, .u128(let v)):
            try writeInteger(UInt64(truncatingIfNeeded: v), width: 8, path: path, type: type)
            try writeInteger(UInt64(truncatingIfNeeded: v >> 64), width: 8, path: path, type: type)
        case (.bool, .bool(let flag)): bytes.append(flag ? 1 : 0)
        case (.pubkey, .pubkey(let key)): bytes += key.rawBytes
        case (.ipv4, .ipv4(let address)): bytes += address.rawBytes
        case (.networkV4, .network(let network)): bytes += network.address.rawBytes + [network.prefix]
        case (.string, .string(let text)):
            try writeInteger(UInt64(text.count), width: 4, path: path, type: .u32)
            bytes += text
        case (.vec(let element), .list(let items)):
            let items = items ?? []
            try writeInteger(UInt64(items.count), width: 4, path: path, type: .u32)
            for (index, item) in items.enumerated() { try write(item, as: element, path: "\(path)[\(index)]") }
        case (.option(let element), .option(let inner)):
            if let inner {
                bytes.append(1)
                try write(inner, as: element, path: path)
            } else {
                bytes.append(0)
            }
        case (.structure(let fields), .record(let record)): try write(record, fields: fields, path: path)
        case (.tagged(let element), .record(let record)):
            let tag = UInt8(truncatingIfNeeded: record["version"]?.uintValue ?? 0)
            guard let variant = element.variant(for: tag) else { throw .unknownTag(path: path, tag: tag) }
            bytes.append(tag)
            try write(record, fields: variant.fields, path: path)
        case (.sized(let element), .record(let record)):
            let start = bytes.count
            bytes += [0, 0, UInt8(truncatingIfNeeded: record["version"]?.uintValue ?? UInt64(element.version))]
            try write(record, fields: element.fields, path: path)
            let size = bytes.count - start
            guard size <= Int(UInt16.max) else { throw .elementTooLarge(path: path, size: size) }
            bytes[start] = UInt8(size & 0xFF)
            bytes[start + 1] = UInt8(size >> 8)
        default:
            throw .typeMismatch(path: path, expected: type.kindName, found: value.kindDescription)
        }
    }

    private mutating func writeInteger(_ value: UInt64, width: Int, path: String, type: FieldType) throws(EncodingError) {
        guard width == 8 || value >> (width * 8) == 0 else {
            throw .valueOutOfRange(path: path, value: String(value), type: type.kindName)
        }
        for shift in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (shift * 8))) }
    }
}

extension Value {
    /// The case name, for error messages.
    public var kindDescription: String {
        switch self {
        case .uint: "unsigned integer"
        case .int: "signed integer"
        case .u128: "u128"
        case .f64: "f64"
        case .bool: "bool"
        case .pubkey: "pubkey"
        case .ipv4: "ipv4"
        case .network: "networkv4"
        case .string: "string"
        case .list: "list"
        case .option: "option"
        case .record: "record"
        }
    }
}
