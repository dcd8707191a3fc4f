import DZJSON

/// Why a layouts file (schema `dzcompat-layouts/1`) could not be turned back into a `Registry`. Every
/// case names the file and, past the JSON syntax, the JSON path (`$.accounts[0].versions[7].fields[3].type`).
public enum LayoutsJSONError: Error, Equatable, CustomStringConvertible {
    /// Not JSON, or larger or deeper than the reading limits.
    case unreadable(file: String, reason: String)
    case missingKey(file: String, path: String, key: String)
    case wrongType(file: String, path: String, expected: String, found: String)
    case outOfRange(file: String, path: String, value: String, allowed: String)
    /// A schema, type kind, enum, rule or change name that this version does not know.
    case unknownName(file: String, path: String, name: String, known: [String])
    case duplicate(file: String, path: String, name: String)
    case invalid(file: String, path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): \(reason)"
        case .missingKey(let file, let path, let key): "\(file): \(path): missing key '\(key)'"
        case .wrongType(let file, let path, let expected, let found): "\(file): \(path): expected \(expected), found \(found)"
        case .outOfRange(let file, let path, let value, let allowed): "\(file): \(path): \(value) is out of range (\(allowed))"
        case .unknownName(let file, let path, let name, let known):
            "\(file): \(path): unknown '\(name)' (known: \(known.joined(separator: ", ")))"
        case .duplicate(let file, let path, let name): "\(file): \(path): '\(name)' appears more than once"
        case .invalid(let file, let path, let reason): "\(file): \(path): \(reason)"
        }
    }
}

/// Reads `layouts.json` (what `Registry.exportJSON` writes) back into a `Registry`: the gate's baseline.
/// The input is untrusted (a lock file, any git revision, a fuzzer): every problem is a typed error,
/// nothing traps, and what the codec would trap on later (an enum that does not exist, a tagged element
/// without variants, duplicate names) is refused here.
public struct LayoutsJSONDecoder: Sendable {
    /// Size and depth limits for the JSON text. Default: `JSONReadingOptions()` (64 MiB, depth 64).
    public var reading = JSONReadingOptions()
    /// Deepest nesting of field types (vec of sized of vec of struct …). Default 8: today's deepest is 4.
    public var maxTypeNesting = 8

    public init() {}

    public func decode(_ bytes: [UInt8], file: String) throws(LayoutsJSONError) -> Registry {
        let json: JSONValue
        do {
            json = try JSONReader.parse(bytes, source: file, options: reading)
        } catch {
            throw .unreadable(file: file, reason: error.detail)
        }
        return try decode(json, file: file)
    }

    public func decode(_ json: JSONValue, file: String) throws(LayoutsJSONError) -> Registry {
        var walker = Walker(file: file, maxTypeNesting: maxTypeNesting)
        return try walker.registry(json)
    }
}

/// One pass over the document; `enums` is filled first so that field types can be checked against it.
private struct Walker {
    let file: String
    let maxTypeNesting: Int
    var enums: [EnumID: EnumDefinition] = [:]

    init(file: String, maxTypeNesting: Int) {
        self.file = file
        self.maxTypeNesting = maxTypeNesting
    }

    mutating func registry(_ root: JSONValue) throws(LayoutsJSONError) -> Registry {
        let top = try object(root, "$")
        let schema = try string(top, "schema", "$")
        guard schema == Registry.schemaName else {
            throw .unknownName(file: file, path: "$.schema", name: schema, known: [Registry.schemaName])
        }
        let limits = try object(try value(top, "limits", "$"), "$.limits")
        try readerLimits(limits)
        var definitions: [EnumDefinition] = []
        for member in try object(try value(top, "enums", "$"), "$.enums").members {
            let definition = try enumDefinition(member.key, member.value, "$.enums.\(member.key)")
            guard enums[definition.id] == nil else { throw .duplicate(file: file, path: "$.enums", name: member.key) }
            enums[definition.id] = definition
            definitions.append(definition)
        }
        var accounts: [AccountLayouts] = []
        for (index, item) in try array(top, "accounts", "$").enumerated() {
            let path = "$.accounts[\(index)]"
            let account = try self.account(item, path)
            guard !accounts.contains(where: { $0.name == account.name }) else {
                throw .duplicate(file: file, path: "\(path).name", name: account.name)
            }
            accounts.append(account)
        }
        // Files written before the SDK facts moved into the registry have none: today's facts stand in.
        guard top["sdks"] != nil else { return Registry(accounts: accounts, enums: definitions) }
        var sdks: [SDKKnowledge] = []
        for (index, item) in try array(top, "sdks", "$").enumerated() {
            let sdk = try self.sdk(item, accounts: accounts, "$.sdks[\(index)]")
            guard !sdks.contains(where: { $0.id == sdk.id }) else { throw .duplicate(file: file, path: "$.sdks[\(index)].id", name: sdk.id) }
            sdks.append(sdk)
        }
        return Registry(accounts: accounts, enums: definitions, sdks: sdks)
    }

    // MARK: SDK facts

    private func sdk(_ json: JSONValue, accounts: [AccountLayouts], _ path: String) throws(LayoutsJSONError) -> SDKKnowledge {
        let body = try object(json, path)
        var forms: [EnumID: SDKEnum] = [:]
        for member in try object(try value(body, "enums", path), "\(path).enums").members {
            guard forms[EnumID(member.key)] == nil else { throw .duplicate(file: file, path: "\(path).enums", name: member.key) }
            forms[EnumID(member.key)] = try sdkEnum(member.value, "\(path).enums.\(member.key)")
        }
        var readers: [String: AccountReader] = [:]
        for member in try object(try value(body, "readers", path), "\(path).readers").members {
            let readerPath = "\(path).readers.\(member.key)"
            guard let account = accounts.first(where: { $0.name == member.key }) else {
                throw .unknownName(file: file, path: readerPath, name: member.key, known: accounts.map(\.name))
            }
            guard readers[member.key] == nil else { throw .duplicate(file: file, path: "\(path).readers", name: member.key) }
            readers[member.key] = try accountReader(member.value, of: account, readerPath)
        }
        return SDKKnowledge(id: try nonEmptyString(body, "id", path), name: try nonEmptyString(body, "name", path),
                            enums: forms, readers: readers)
    }

    private func sdkEnum(_ json: JSONValue, _ path: String) throws(LayoutsJSONError) -> SDKEnum {
        let body = try object(json, path)
        switch try string(body, "form", path) {
        case "number": return .number
        case "labelled":
            var labels: [SDKLabel] = []
            for (index, entry) in try array(body, "labels", path).enumerated() {
                let entryPath = "\(path).labels[\(index)]"
                guard case .array(let pair) = entry, pair.count == 2 else {
                    throw .wrongType(file: file, path: entryPath, expected: "[value, label]", found: entry.typeName)
                }
                let label = SDKLabel(try byte(pair[0], "\(entryPath)[0]"), try string(pair[1], "\(entryPath)[1]"))
                guard !labels.contains(where: { $0.value == label.value }) else {
                    throw .duplicate(file: file, path: entryPath, name: String(label.value))
                }
                labels.append(label)
            }
            let unlistedPath = "\(path).unlisted"
            let unlistedBody = try object(try value(body, "unlisted", path), unlistedPath)
            let unlisted: SDKEnum.Unlisted
            switch try string(unlistedBody, "kind", unlistedPath) {
            case "label": unlisted = .label(try string(unlistedBody, "label", unlistedPath))
            case "type_name": unlisted = .typeName
            case "panic": unlisted = .panic
            case "raise": unlisted = .raise
            case let other:
                throw .unknownName(file: file, path: "\(unlistedPath).kind", name: other, known: ["label", "type_name", "panic", "raise"])
            }
            return .labelled(typeName: try nonEmptyString(body, "type", path), labels: labels, unlisted: unlisted)
        case let other:
            throw .unknownName(file: file, path: "\(path).form", name: other, known: ["number", "labelled"])
        }
    }

    /// Every field a reader names exists in some version of its account.
    private func accountReader(_ json: JSONValue, of account: AccountLayouts, _ path: String) throws(LayoutsJSONError) -> AccountReader {
        let body = try object(json, path)
        let names = Set(account.versions.flatMap { $0.fields.map(\.name) })
        func known(_ name: String, _ at: String) throws(LayoutsJSONError) -> String {
            guard names.contains(name) else { throw .unknownName(file: file, path: at, name: name, known: names.sorted()) }
            return name
        }
        var reader = AccountReader()
        if let first = try optionalString(body, "first_version", path) {
            guard account.version(first) != nil else {
                throw .unknownName(file: file, path: "\(path).first_version", name: first, known: account.versions.map(\.id))
            }
            reader.firstVersion = first
        }
        if let defaults = body["defaults"] {
            for member in try object(defaults, "\(path).defaults").members {
                let at = "\(path).defaults.\(member.key)"
                guard case .integer(let raw) = member.value else { throw .wrongType(file: file, path: at, expected: "integer", found: member.value.typeName) }
                guard raw >= 0 && raw <= Int64(UInt32.max) else { throw .outOfRange(file: file, path: at, value: String(raw), allowed: "0...4294967295") }
                reader.defaults[try known(member.key, at)] = Int(raw)
            }
        }
        if let retyped = body["retyped"] {
            for member in try object(retyped, "\(path).retyped").members {
                let at = "\(path).retyped.\(member.key)"
                reader.retyped[try known(member.key, at)] = try type(member.value, at, depth: 1)
            }
        }
        if let stop = try optionalString(body, "stops_before", path) { reader.stopsBefore = try known(stop, "\(path).stops_before") }
        if body["lacks"] != nil {
            for (index, item) in try array(body, "lacks", path).enumerated() {
                reader.lacks.append(try known(try string(item, "\(path).lacks[\(index)]"), "\(path).lacks[\(index)]"))
            }
        }
        if body["halves"] != nil {
            for (index, item) in try array(body, "halves", path).enumerated() {
                reader.halves.append(try known(try string(item, "\(path).halves[\(index)]"), "\(path).halves[\(index)]"))
            }
        }
        if let tags = body["unknown_tags"] {
            for member in try object(tags, "\(path).unknown_tags").members {
                let at = "\(path).unknown_tags.\(member.key)"
                reader.unknownTags[try known(member.key, at)] = try byte(member.value, at)
            }
        }
        return reader
    }

    private func enumDefinition(_ name: String, _ json: JSONValue, _ path: String) throws(LayoutsJSONError) -> EnumDefinition {
        let body = try object(json, path)
        var cases: [(UInt8, String)] = []
        for (index, entry) in try array(body, "values", path).enumerated() {
            let entryPath = "\(path).values[\(index)]"
            guard case .array(let pair) = entry, pair.count == 2 else {
                throw .wrongType(file: file, path: entryPath, expected: "[value, name]", found: entry.typeName)
            }
            let value = try byte(pair[0], "\(entryPath)[0]")
            let caseName = try string(pair[1], "\(entryPath)[1]")
            guard !cases.contains(where: { $0.0 == value }) else { throw .duplicate(file: file, path: entryPath, name: String(value)) }
            cases.append((value, caseName))
        }
        let defaultValue = try byte(try value(body, "default", path), "\(path).default")
        guard cases.contains(where: { $0.0 == defaultValue }) else {
            throw .invalid(file: file, path: "\(path).default", reason: "\(defaultValue) is not one of the enum's values")
        }
        return EnumDefinition(EnumID(name), default: defaultValue, cases)
    }

    private func account(_ json: JSONValue, _ path: String) throws(LayoutsJSONError) -> AccountLayouts {
        let body = try object(json, path)
        let name = try nonEmptyString(body, "name", path)
        let kindName = try string(body, "kind", path)
        let kind: AccountLayouts.Kind
        switch kindName {
        case "account": kind = .account(type: try byte(try value(body, "account_type", path), "\(path).account_type"))
        case "instruction": kind = .instruction(variant: try byte(try value(body, "variant", path), "\(path).variant"))
        default: throw .unknownName(file: file, path: "\(path).kind", name: kindName, known: ["account", "instruction"])
        }
        var versions: [LayoutVersion] = []
        for (index, item) in try array(body, "versions", path).enumerated() {
            let version = try self.version(item, account: name, "\(path).versions[\(index)]")
            guard !versions.contains(where: { $0.id == version.id }) else {
                throw .duplicate(file: file, path: "\(path).versions[\(index)].id", name: version.id)
            }
            versions.append(version)
        }
        // `AccountLayouts.current` is the last version: an account without one is not a layout.
        guard !versions.isEmpty else { throw .invalid(file: file, path: "\(path).versions", reason: "no versions") }
        var removed: Removal?
        if let marker = body["removed"] {
            let markerPath = "\(path).removed"
            let fields = try object(marker, markerPath)
            removed = Removal(try nonEmptyString(fields, "commit", markerPath), try string(fields, "date", markerPath),
                              try string(fields, "summary", markerPath))
        }
        return AccountLayouts(name: name, title: try string(body, "title", path), kind: kind, versions: versions,
                              removed: removed)
    }

    private func version(_ json: JSONValue, account: String, _ path: String) throws(LayoutsJSONError) -> LayoutVersion {
        let body = try object(json, path)
        let fields = try fieldList(try value(body, "fields", path), "\(path).fields", depth: 0)
        var rules: [Rule] = []
        for (index, item) in try array(body, "rules", path).enumerated() {
            rules.append(try rule(item, fields: fields, "\(path).rules[\(index)]"))
        }
        var acknowledgements: [Acknowledgement] = []
        if body["acknowledgements"] != nil {
            for (index, item) in try array(body, "acknowledgements", path).enumerated() {
                acknowledgements.append(try acknowledgement(item, "\(path).acknowledgements[\(index)]"))
            }
        }
        var version = LayoutVersion(
            account: account, id: try nonEmptyString(body, "id", path), label: try string(body, "label", path),
            commit: try string(body, "commit", path), date: try string(body, "date", path),
            summary: try string(body, "summary", path), fields: fields, rules: rules)
        version.acknowledgements = acknowledgements
        return version
    }

    /// A rule names fields of its version, of the types it works on (the program rebuilds a vector of
    /// sized elements from a vector of tagged ones).
    private func rule(_ json: JSONValue, fields: [Field], _ path: String) throws(LayoutsJSONError) -> Rule {
        let body = try object(json, path)
        let name = try string(body, "rule", path)
        switch name {
        case "rebuild_interfaces":
            let legacy = try nonEmptyString(body, "legacy", path), trailing = try nonEmptyString(body, "trailing", path)
            guard case .vec(.tagged(let from))? = fields.first(where: { $0.name == legacy })?.type else {
                throw .invalid(file: file, path: "\(path).legacy", reason: "'\(legacy)' is not a vector of tagged elements of this version")
            }
            guard case .vec(.sized(let to))? = fields.first(where: { $0.name == trailing })?.type else {
                throw .invalid(file: file, path: "\(path).trailing", reason: "'\(trailing)' is not a vector of sized elements of this version")
            }
            // The rebuild copies every legacy field into a trailing element.
            if let missing = from.fields.first(where: { field in !to.fields.contains { $0.name == field.name } }) {
                throw .invalid(file: file, path: "\(path).legacy", reason: "'\(missing.name)' of \(legacy) has no place in \(trailing)")
            }
            return .rebuildInterfaces(legacy: legacy, trailing: trailing)
        default:
            throw .unknownName(file: file, path: "\(path).rule", name: name, known: ["rebuild_interfaces"])
        }
    }

    private func acknowledgement(_ json: JSONValue, _ path: String) throws(LayoutsJSONError) -> Acknowledgement {
        let body = try object(json, path)
        let change = try string(body, "change", path)
        switch change {
        case "slot_reuse":
            return Acknowledgement(.slotReuse(field: try nonEmptyString(body, "field", path), replaces: try nonEmptyString(body, "replaces", path)),
                                   reason: try string(body, "reason", path))
        default:
            throw .unknownName(file: file, path: "\(path).change", name: change, known: ["slot_reuse"])
        }
    }

    // MARK: Fields and types

    private func fieldList(_ json: JSONValue, _ path: String, depth: Int) throws(LayoutsJSONError) -> [Field] {
        guard case .array(let items) = json else { throw .wrongType(file: file, path: path, expected: "array", found: json.typeName) }
        var fields: [Field] = []
        for (index, item) in items.enumerated() {
            let field = try self.field(item, "\(path)[\(index)]", depth: depth)
            // Records are keyed by field name: two fields of one name would read as one.
            guard !fields.contains(where: { $0.name == field.name }) else {
                throw .duplicate(file: file, path: "\(path)[\(index)].name", name: field.name)
            }
            fields.append(field)
        }
        return fields
    }

    private func field(_ json: JSONValue, _ path: String, depth: Int) throws(LayoutsJSONError) -> Field {
        let body = try object(json, path)
        let name = try nonEmptyString(body, "name", path)
        let type = try self.type(try value(body, "type", path), "\(path).type", depth: depth + 1)
        let onError: Field.OnError
        switch try optionalString(body, "on_error", path) {
        case nil, "fallback"?: onError = .fallback
        case "propagate"?: onError = .propagate
        case let other?: throw .unknownName(file: file, path: "\(path).on_error", name: other, known: ["fallback", "propagate"])
        }
        var defaultValue: Int?
        if let raw = body["default"] {
            defaultValue = try self.defaultValue(raw, for: type, "\(path).default")
        }
        let shortCountIsEmpty: Bool
        switch try optionalString(body, "short_count", path) {
        case nil, "fail"?: shortCountIsEmpty = false
        case "empty"?: shortCountIsEmpty = true
        case let other?: throw .unknownName(file: file, path: "\(path).short_count", name: other, known: ["empty", "fail"])
        }
        return Field(name, type, json: try optionalString(body, "json", path), element: try optionalString(body, "json_element", path),
                     onError: onError, default: defaultValue, renamedFrom: try optionalString(body, "renamed_from", path),
                     shortCountIsEmpty: shortCountIsEmpty)
    }

    /// An instruction argument's incremental default: an unsigned value that fits the field.
    private func defaultValue(_ json: JSONValue, for type: FieldType, _ path: String) throws(LayoutsJSONError) -> Int {
        guard case .integer(let raw) = json else { throw .wrongType(file: file, path: path, expected: "integer", found: json.typeName) }
        let maximum: Int64 = switch type {
        case .u8, .enumeration: 0xFF
        case .u16: 0xFFFF
        case .u32: 0xFFFF_FFFF
        case .u64: .max
        default: throw .invalid(file: file, path: path, reason: "a default is allowed only on u8, u16, u32, u64 and enum fields")
        }
        guard raw >= 0 && raw <= maximum else { throw .outOfRange(file: file, path: path, value: String(raw), allowed: "0...\(maximum)") }
        if case .enumeration(let id) = type, enums[id]?.contains(UInt8(raw)) != true {
            throw .invalid(file: file, path: path, reason: "\(raw) is not a value of \(id)")
        }
        return Int(raw)
    }

    private func type(_ json: JSONValue, _ path: String, depth: Int) throws(LayoutsJSONError) -> FieldType {
        guard depth <= maxTypeNesting else {
            throw .invalid(file: file, path: path, reason: "field types nested deeper than \(maxTypeNesting)")
        }
        let body = try object(json, path)
        let kind = try string(body, "kind", path)
        switch kind {
        case "u8": return .u8
        case "u16": return .u16
        case "u32": return .u32
        case "u64": return .u64
        case "u128": return .u128
        case "i64": return .i64
        case "f64": return .f64
        case "bool": return .bool
        case "pubkey": return .pubkey
        case "ipv4": return .ipv4
        case "networkv4": return .networkV4
        case "string": return .string
        case "enum":
            let name = try string(body, "enum", path)
            guard enums[EnumID(name)] != nil else {
                throw .unknownName(file: file, path: "\(path).enum", name: name, known: enums.keys.map(\.name).sorted())
            }
            return .enumeration(EnumID(name))
        case "vec": return .vec(try type(try value(body, "element", path), "\(path).element", depth: depth + 1))
        case "option": return .option(try type(try value(body, "element", path), "\(path).element", depth: depth + 1))
        case "struct": return .structure(try fieldList(try value(body, "fields", path), "\(path).fields", depth: depth))
        case "tagged": return .tagged(try tagged(body, path, depth: depth))
        case "sized":
            return .sized(SizedElement(version: try byte(try value(body, "version", path), "\(path).version"),
                                       fields: try fieldList(try value(body, "fields", path), "\(path).fields", depth: depth)))
        case "bitmap": return .bitmap(at: try u16(body, "at", path))
        default:
            throw .unknownName(file: file, path: "\(path).kind", name: kind, known: [
                "u8", "u16", "u32", "u64", "u128", "i64", "f64", "bool", "pubkey", "ipv4", "networkv4", "string",
                "enum", "vec", "option", "struct", "tagged", "sized", "bitmap",
            ])
        }
    }

    private func tagged(_ body: JSONObject, _ path: String, depth: Int) throws(LayoutsJSONError) -> TaggedElement {
        var variants: [TaggedElement.Variant] = []
        for (index, item) in try array(body, "variants", path).enumerated() {
            let variantPath = "\(path).variants[\(index)]"
            let variant = try object(item, variantPath)
            let tag = try byte(try value(variant, "tag", variantPath), "\(variantPath).tag")
            guard !variants.contains(where: { $0.tag == tag }) else { throw .duplicate(file: file, path: "\(variantPath).tag", name: String(tag)) }
            variants.append(TaggedElement.Variant(
                tag: tag, name: try string(variant, "name", variantPath),
                fields: try fieldList(try value(variant, "fields", variantPath), "\(variantPath).fields", depth: depth)))
        }
        // The zero of a tagged element is its first variant's.
        guard !variants.isEmpty else { throw .invalid(file: file, path: "\(path).variants", reason: "no variants") }
        let unknownTag: TaggedElement.UnknownTag
        switch try string(body, "unknown_tag", path) {
        case "fail": unknownTag = .fail
        case "default": unknownTag = .defaultBody(of: try byte(try value(body, "unknown_tag_default", path), "\(path).unknown_tag_default"))
        case let other: throw .unknownName(file: file, path: "\(path).unknown_tag", name: other, known: ["fail", "default"])
        }
        let minSize = try u16(body, "min_size", path)
        let union = try fieldList(try value(body, "fields", path), "\(path).fields", depth: depth)
        // A decoded element lists the union, each value rendered as the union's type says: a variant
        // field missing from it or typed differently would be dropped or misrendered.
        for (index, variant) in variants.enumerated() {
            for field in variant.fields where union.first(where: { $0.name == field.name })?.type != field.type {
                throw .invalid(file: file, path: "\(path).variants[\(index)].fields",
                               reason: "\(field.name) is not in the element's fields with the same type")
            }
        }
        return TaggedElement(variants: variants, fields: union, unknownTag: unknownTag, minSize: minSize)
    }

    // MARK: JSON access

    private func object(_ json: JSONValue, _ path: String) throws(LayoutsJSONError) -> JSONObject {
        guard case .object(let object) = json else { throw .wrongType(file: file, path: path, expected: "object", found: json.typeName) }
        return object
    }

    private func value(_ object: JSONObject, _ key: String, _ path: String) throws(LayoutsJSONError) -> JSONValue {
        guard let value = object[key] else { throw .missingKey(file: file, path: path, key: key) }
        return value
    }

    private func array(_ object: JSONObject, _ key: String, _ path: String) throws(LayoutsJSONError) -> [JSONValue] {
        let json = try value(object, key, path)
        guard case .array(let items) = json else { throw .wrongType(file: file, path: "\(path).\(key)", expected: "array", found: json.typeName) }
        return items
    }

    private func string(_ json: JSONValue, _ path: String) throws(LayoutsJSONError) -> String {
        guard case .string(let text) = json else { throw .wrongType(file: file, path: path, expected: "string", found: json.typeName) }
        return text
    }

    private func string(_ object: JSONObject, _ key: String, _ path: String) throws(LayoutsJSONError) -> String {
        try string(try value(object, key, path), "\(path).\(key)")
    }

    private func nonEmptyString(_ object: JSONObject, _ key: String, _ path: String) throws(LayoutsJSONError) -> String {
        let text = try string(object, key, path)
        guard !text.isEmpty else { throw .invalid(file: file, path: "\(path).\(key)", reason: "empty name") }
        return text
    }

    private func optionalString(_ object: JSONObject, _ key: String, _ path: String) throws(LayoutsJSONError) -> String? {
        guard let json = object[key] else { return nil }
        return try string(json, "\(path).\(key)")
    }

    /// A reader limit: the native readers size their work by it, so it must be a positive integer in bounds.
    /// The native readers size their work by the limits: each SDK's memory model, or in a file written
    /// before it (issue 18) the element and iteration limits.
    private func readerLimits(_ limits: JSONObject) throws(LayoutsJSONError) {
        guard limits["element_limit"] == nil else {
            try limit(limits, "element_limit", within: ReaderLimits.elementLimitBounds, "$.limits")
            try limit(limits, "iteration_limit", within: ReaderLimits.iterationLimitBounds, "$.limits")
            return
        }
        try limit(limits, "max_expanded_copies", within: ReaderLimits.maxExpandedCopiesBounds, "$.limits")
        for (sdk, model) in ReaderLimits.memory {
            let path = "$.limits.\(sdk)"
            let body = try object(try value(limits, sdk, "$.limits"), path)
            for (key, _) in model.exported {
                let bounds = key == "memory_budget_bytes" ? ReaderLimits.memoryBudgetBounds : ReaderLimits.memoryBytesBounds
                try limit(body, key, within: bounds, path)
            }
            let growth = try string(body, "growth", path)
            guard growth == model.growth.rawValue else {
                throw .unknownName(file: file, path: "\(path).growth", name: growth, known: [model.growth.rawValue])
            }
        }
    }

    private func limit(_ limits: JSONObject, _ key: String, within bounds: ClosedRange<Int64>,
                       _ parent: String) throws(LayoutsJSONError) {
        let json = try value(limits, key, parent), path = "\(parent).\(key)"
        guard case .integer(let raw) = json else { throw .wrongType(file: file, path: path, expected: "integer", found: json.typeName) }
        guard bounds.contains(raw) else {
            throw .outOfRange(file: file, path: path, value: String(raw), allowed: "\(bounds.lowerBound)...\(bounds.upperBound)")
        }
    }

    /// A size or offset of the layout (a tagged element's min_size, a bitmap's start): 0...65535, so that
    /// nothing is sized from a larger one.
    private func u16(_ object: JSONObject, _ key: String, _ path: String) throws(LayoutsJSONError) -> Int {
        let json = try value(object, key, path)
        guard case .integer(let raw) = json else { throw .wrongType(file: file, path: "\(path).\(key)", expected: "integer", found: json.typeName) }
        guard (0...Int64(UInt16.max)).contains(raw) else {
            throw .outOfRange(file: file, path: "\(path).\(key)", value: String(raw), allowed: "0...65535")
        }
        return Int(raw)
    }

    private func byte(_ json: JSONValue, _ path: String) throws(LayoutsJSONError) -> UInt8 {
        guard case .integer(let raw) = json else { throw .wrongType(file: file, path: path, expected: "integer", found: json.typeName) }
        guard let value = UInt8(exactly: raw) else { throw .outOfRange(file: file, path: path, value: String(raw), allowed: "0...255") }
        return value
    }
}
