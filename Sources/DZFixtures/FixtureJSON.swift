import DZCodec
import DZJSON
import DZLayouts

/// The upstream fixture JSON (docs/program-rules.md §6): `{name, account_type, fields: [{name, value, typ}]}`,
/// every value a string, enums typed `u8`, vectors flattened to `XLen`, `X0`, `X1`, ….
public struct FixtureJSON {
    /// How the upstream generator lists interfaces rebuilt from the legacy slot (device_legacy.json): it
    /// states what the SDKs produce (size 0) and omits bandwidth and cir for entries that were V1.
    public struct RebuiltInterfaces: Sendable {
        public var legacyField: String
        public var trailingField: String
    }

    /// One flattened entry, and where its bytes are: the encoder's span `path` (`FieldSpan`), plus
    /// `delta` bytes for an element header after the first (a sized element's version byte).
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var value: String
        public var typ: String
        public var path: String
        public var delta: Int
        /// A vector count, an element's size or version, or the instruction variant: framing, not a field.
        public var isHeader: Bool
    }

    public var name: String
    public var accountType: UInt8
    public var rebuilt: RebuiltInterfaces?
    /// Instruction data: the variant tag, listed first as `Variant` so that the JSON describes every byte.
    public var variant: UInt8?
    /// Top-level fields left out (`AccountSample.unlisted`).
    public var unlisted: Set<String>

    public init(name: String, accountType: UInt8, rebuilt: RebuiltInterfaces? = nil, variant: UInt8? = nil,
                unlisted: Set<String> = []) {
        self.name = name
        self.accountType = accountType
        self.rebuilt = rebuilt
        self.variant = variant
        self.unlisted = unlisted
    }

    public func document(_ record: Record, _ version: LayoutVersion) -> JSONValue {
        .object([
            "name": .string(name),
            "account_type": .integer(Int64(accountType)),
            "fields": .array(entries(record, version).map {
                .object(["name": .string($0.name), "value": .string($0.value), "typ": .string($0.typ)])
            }),
        ])
    }

    /// The entries the document lists, in order.
    public func entries(_ record: Record, _ version: LayoutVersion) -> [Entry] {
        var fields: [Entry] = []
        if let variant { fields.append(Entry(name: "Variant", value: String(variant), typ: "u8", path: "(variant)", delta: 0, isHeader: true)) }
        for field in version.fields where !unlisted.contains(field.name) {
            guard let value = record[field.name] else { continue }
            if case .bitmap = field.type {
                // Counts derived from the bitmap, not bytes of their own: framing, as a count is.
                fields += BitmapSummary(bitmap: value, record: record, fields: version.fields).entries.map {
                    Entry(name: $0.name, value: String($0.value), typ: "u64", path: field.name, delta: 0, isHeader: true)
                }
            } else if let rebuilt, field.name == rebuilt.trailingField {
                let legacy = record[rebuilt.legacyField]?.listValue ?? []
                appendRebuilt(value, legacy: legacy, field: field, to: &fields)
            } else {
                append(value, field: field, prefix: "", path: field.name, to: &fields)
            }
        }
        return fields
    }

    public func render(_ record: Record, _ version: LayoutVersion) -> String {
        JSONWriter.render(document(record, version), style: .pretty)
    }

    private func append(_ value: Value, field: Field, prefix: String, path: String, to fields: inout [Entry]) {
        let name = prefix + field.jsonName
        switch (field.type, value) {
        case (.vec(let element), .list(let items)):
            let items = items ?? []
            fields.append(Entry(name: name + "Len", value: String(items.count), typ: "u32", path: path, delta: 0, isHeader: true))
            for (index, item) in items.enumerated() {
                let elementName = prefix + field.jsonElementName + String(index)
                appendElement(item, type: element, name: elementName, path: "\(path)[\(index)]", to: &fields)
            }
        case (.tagged(let element), .record(let record)):
            // An enum with payloads as a field: its tag under the field's name, then its variant's fields
            // under their own names (`AccessPassType`, `AccessPassTypeValidatorPubkey`).
            let tag = UInt8(truncatingIfNeeded: record["version"]?.uintValue ?? 0)
            fields.append(Entry(name: name, value: String(tag), typ: "u8", path: path, delta: 0, isHeader: false))
            for member in element.variant(for: tag)?.fields ?? [] {
                if let v = record[member.name] { append(v, field: member, prefix: prefix, path: "\(path).\(member.name)", to: &fields) }
            }
        case (.option(let element), .option(let inner)):
            if let inner {
                append(inner, field: Field(field.name, element, json: field.jsonName), prefix: prefix, path: path, to: &fields)
            }
        default:
            fields.append(Entry(name: name, value: Self.text(value), typ: Self.typ(field.type), path: path, delta: 0, isHeader: false))
        }
    }

    private func appendMembers(_ members: [Field], of record: Record, name: String, path: String, to fields: inout [Entry]) {
        for member in members {
            if let v = record[member.name] { append(v, field: member, prefix: name, path: "\(path).\(member.name)", to: &fields) }
        }
    }

    private func appendElement(_ value: Value, type: FieldType, name: String, path: String, to fields: inout [Entry]) {
        switch (type, value) {
        case (.structure(let members), .record(let record)):
            appendMembers(members, of: record, name: name, path: path, to: &fields)
        case (.tagged(let element), .record(let record)):
            let tag = UInt8(truncatingIfNeeded: record["version"]?.uintValue ?? 0)
            fields.append(Entry(name: name + "Version", value: String(tag), typ: "u8", path: path, delta: 0, isHeader: true))
            appendMembers(element.variant(for: tag)?.fields ?? element.fields, of: record, name: name, path: path, to: &fields)
        case (.sized(let element), .record(let record)):
            fields.append(Entry(name: name + "Size", value: Self.text(record["size"] ?? .uint(0)), typ: "u16", path: path, delta: 0, isHeader: true))
            fields.append(Entry(name: name + "Version", value: Self.text(record["version"] ?? .uint(0)), typ: "u8", path: path, delta: 2, isHeader: true))
            appendMembers(element.fields, of: record, name: name, path: path, to: &fields)
        default:
            fields.append(Entry(name: name, value: Self.text(value), typ: Self.typ(type), path: path, delta: 0, isHeader: false))
        }
    }

    private func appendRebuilt(_ value: Value, legacy: [Value], field: Field, to fields: inout [Entry]) {
        guard case .vec(.sized(let element)) = field.type, let items = value.listValue else {
            return append(value, field: field, prefix: "", path: field.name, to: &fields)
        }
        fields.append(Entry(name: field.jsonName + "Len", value: String(items.count), typ: "u32", path: field.name, delta: 0, isHeader: true))
        for (index, item) in items.enumerated() {
            guard let record = item.recordValue else { continue }
            let name = field.jsonElementName + String(index)
            let path = "\(field.name)[\(index)]"
            let wasV1 = index < legacy.count && legacy[index].recordValue?["version"]?.uintValue == 0
            fields.append(Entry(name: name + "Size", value: "0", typ: "u16", path: path, delta: 0, isHeader: true))
            fields.append(Entry(name: name + "Version", value: Self.text(record["version"] ?? .uint(0)), typ: "u8", path: path, delta: 2, isHeader: true))
            let members = element.fields.filter { !(wasV1 && ($0.name == "bandwidth" || $0.name == "cir")) }
            appendMembers(members, of: record, name: name, path: path, to: &fields)
        }
    }

    /// The `typ` string of a leaf type; enums are `u8`.
    static func typ(_ type: FieldType) -> String {
        switch type {
        case .enumeration: "u8"
        default: type.kindName
        }
    }

    /// The `value` string: decimal integers (u128 too), base58 keys, dotted IPs, CIDR networks, raw text.
    public static func text(_ value: Value) -> String {
        switch value {
        case .uint(let v): String(v)
        case .int(let v): String(v)
        case .u128(let v): String(v)
        case .f64(let bits): String(Double(bitPattern: bits))
        case .bool(let flag): flag ? "true" : "false"
        case .pubkey(let key): key.base58
        case .ipv4(let address): address.dotted
        case .network(let network): network.cidr
        case .string(let bytes): String(decoding: bytes, as: UTF8.self)
        case .list, .option, .record, .run: ""
        }
    }
}
