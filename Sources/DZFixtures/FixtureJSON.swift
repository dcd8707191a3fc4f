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

    public var name: String
    public var accountType: UInt8
    public var rebuilt: RebuiltInterfaces?
    /// Top-level fields left out (`AccountSample.unlisted`).
    public var unlisted: Set<String>

    public init(name: String, accountType: UInt8, rebuilt: RebuiltInterfaces? = nil, unlisted: Set<String> = []) {
        self.name = name
        self.accountType = accountType
        self.rebuilt = rebuilt
        self.unlisted = unlisted
    }

    public func document(_ record: Record, _ version: LayoutVersion) -> JSONValue {
        var fields: [JSONValue] = []
        for field in version.fields where !unlisted.contains(field.name) {
            guard let value = record[field.name] else { continue }
            if case .bitmap = field.type {
                fields += BitmapSummary(bitmap: value, record: record, fields: version.fields).entries.map { entry($0.name, String($0.value), "u64") }
            } else if let rebuilt, field.name == rebuilt.trailingField {
                let legacy = record[rebuilt.legacyField]?.listValue ?? []
                appendRebuilt(value, legacy: legacy, field: field, to: &fields)
            } else {
                append(value, field: field, prefix: "", to: &fields)
            }
        }
        return .object([
            "name": .string(name),
            "account_type": .integer(Int64(accountType)),
            "fields": .array(fields),
        ])
    }

    public func render(_ record: Record, _ version: LayoutVersion) -> String {
        JSONWriter.render(document(record, version), style: .pretty)
    }

    private func append(_ value: Value, field: Field, prefix: String, to fields: inout [JSONValue]) {
        let name = prefix + field.jsonName
        switch (field.type, value) {
        case (.vec(let element), .list(let items)):
            let items = items ?? []
            fields.append(entry(name + "Len", String(items.count), "u32"))
            for (index, item) in items.enumerated() {
                let elementName = prefix + field.jsonElementName + String(index)
                appendElement(item, type: element, name: elementName, to: &fields)
            }
        case (.tagged(let element), .record(let record)):
            // An enum with payloads as a field: its tag under the field's name, then its variant's fields
            // under their own names (`AccessPassType`, `AccessPassTypeValidatorPubkey`).
            let tag = UInt8(truncatingIfNeeded: record["version"]?.uintValue ?? 0)
            fields.append(entry(name, String(tag), "u8"))
            for member in element.variant(for: tag)?.fields ?? [] {
                if let v = record[member.name] { append(v, field: member, prefix: prefix, to: &fields) }
            }
        case (.option(let element), .option(let inner)):
            if let inner { append(inner, field: Field(field.name, element, json: field.jsonName), prefix: prefix, to: &fields) }
        default:
            fields.append(entry(name, Self.text(value), Self.typ(field.type)))
        }
    }

    private func appendElement(_ value: Value, type: FieldType, name: String, to fields: inout [JSONValue]) {
        switch (type, value) {
        case (.structure(let members), .record(let record)):
            for member in members { if let v = record[member.name] { append(v, field: member, prefix: name, to: &fields) } }
        case (.tagged(let element), .record(let record)):
            let tag = UInt8(truncatingIfNeeded: record["version"]?.uintValue ?? 0)
            fields.append(entry(name + "Version", String(tag), "u8"))
            let members = element.variant(for: tag)?.fields ?? element.fields
            for member in members { if let v = record[member.name] { append(v, field: member, prefix: name, to: &fields) } }
        case (.sized(let element), .record(let record)):
            fields.append(entry(name + "Size", Self.text(record["size"] ?? .uint(0)), "u16"))
            fields.append(entry(name + "Version", Self.text(record["version"] ?? .uint(0)), "u8"))
            for member in element.fields { if let v = record[member.name] { append(v, field: member, prefix: name, to: &fields) } }
        default:
            fields.append(entry(name, Self.text(value), Self.typ(type)))
        }
    }

    private func appendRebuilt(_ value: Value, legacy: [Value], field: Field, to fields: inout [JSONValue]) {
        guard case .vec(.sized(let element)) = field.type, let items = value.listValue else {
            return append(value, field: field, prefix: "", to: &fields)
        }
        fields.append(entry(field.jsonName + "Len", String(items.count), "u32"))
        for (index, item) in items.enumerated() {
            guard let record = item.recordValue else { continue }
            let name = field.jsonElementName + String(index)
            let wasV1 = index < legacy.count && legacy[index].recordValue?["version"]?.uintValue == 0
            fields.append(entry(name + "Size", "0", "u16"))
            fields.append(entry(name + "Version", Self.text(record["version"] ?? .uint(0)), "u8"))
            for member in element.fields where !(wasV1 && (member.name == "bandwidth" || member.name == "cir")) {
                if let v = record[member.name] { append(v, field: member, prefix: name, to: &fields) }
            }
        }
    }

    private func entry(_ name: String, _ value: String, _ typ: String) -> JSONValue {
        .object(["name": .string(name), "value": .string(value), "typ": .string(typ)])
    }

    /// The `typ` string of a leaf type; enums are `u8`.
    static func typ(_ type: FieldType) -> String {
        switch type {
        case .enumeration: "u8"
        default: type.kindName
        }
    }

    /// The `value` string: decimal integers (u128 too), base58 keys, dotted IPs, CIDR networks, raw text.
    static func text(_ value: Value) -> String {
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
        case .list, .option, .record: ""
        }
    }
}
