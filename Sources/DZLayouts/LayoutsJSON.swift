import DZJSON

/// Limits every reader model applies (docs/reader-contract.md §3), exported in layouts.json.
public enum ReaderLimits {
    /// Most copies of one fast-forwarded element a reader lists one by one; a longer run is answered as
    /// one `{"repeat": n, "element": …}` item, so that an answer stays small whatever the count.
    public static let maxExpandedCopies = 65_536
    /// Each SDK runtime's memory model, by the SDK's short name.
    public static let memory: [(sdk: String, model: MemoryModel)] = [("go", .go), ("ts", .ts), ("py", .py)]
    /// What a layouts file may set them to: at least 1 copy and no more than a reader can afford (2^24);
    /// byte counts exact in every reader's numbers (2^53, JavaScript's), a budget of at least one byte.
    public static let maxExpandedCopiesBounds: ClosedRange<Int64> = 1...(1 << 24)
    public static let memoryBytesBounds: ClosedRange<Int64> = 0...(1 << 53)
    public static let memoryBudgetBounds: ClosedRange<Int64> = 1...(1 << 53)
    /// Files written before the memory model (issue 18) bound elements and loops by count instead.
    public static let elementLimitBounds: ClosedRange<Int64> = 1...(1 << 24)
    public static let iterationLimitBounds: ClosedRange<Int64> = 1...0xFFFF_FFFF
}

/// The registry as `fixtures/layouts.json` (schema `dzcompat-layouts/1`), read by the native spec readers
/// and by the gate.
extension Registry {
    public static let schemaName = "dzcompat-layouts/1"

    public func exportJSON() -> JSONValue {
        var enumsObject = JSONObject()
        for definition in enumDefinitions {
            enumsObject.append(definition.id.name, .object([
                "default": .integer(Int64(definition.defaultValue)),
                "values": .array(definition.cases.map { .array([.integer(Int64($0.value)), .string($0.name)]) }),
            ]))
        }
        return .object([
            "schema": .string(Self.schemaName),
            "limits": .object(Self.exportLimits()),
            "enums": .object(enumsObject),
            "accounts": .array(accounts.map(Self.export)),
            "sdks": .array(sdks.map(export)),
        ])
    }

    /// Keys in registry order (enums, then accounts), so that the file does not depend on hashing.
    private func export(_ sdk: SDKKnowledge) -> JSONValue {
        var enumsObject = JSONObject()
        let enumOrder = enumDefinitions.map(\.id) + sdk.enums.keys.filter { !hasEnum($0) }.sorted { $0.name < $1.name }
        for id in enumOrder {
            guard let form = sdk.enums[id] else { continue }
            enumsObject.append(id.name, Self.export(form))
        }
        var readersObject = JSONObject()
        let accountOrder = accounts.map(\.name) + sdk.readers.keys.filter { account($0) == nil }.sorted()
        for name in accountOrder {
            guard let reader = sdk.readers[name] else { continue }
            readersObject.append(name, Self.export(reader))
        }
        return .object([
            "id": .string(sdk.id), "name": .string(sdk.name),
            "enums": .object(enumsObject), "readers": .object(readersObject),
        ])
    }

    static func export(_ form: SDKEnum) -> JSONValue {
        switch form {
        case .number: return .object(["form": .string("number")])
        case .labelled(let typeName, let labels, let unlisted):
            let unlistedObject: JSONObject = switch unlisted {
            case .label(let label): ["kind": .string("label"), "label": .string(label)]
            case .typeName: ["kind": .string("type_name")]
            case .panic: ["kind": .string("panic")]
            case .raise: ["kind": .string("raise")]
            }
            return .object([
                "form": .string("labelled"), "type": .string(typeName),
                "labels": .array(labels.map { .array([.integer(Int64($0.value)), .string($0.label)]) }),
                "unlisted": .object(unlistedObject),
            ])
        }
    }

    static func export(_ reader: AccountReader) -> JSONValue {
        var object = JSONObject()
        if let first = reader.firstVersion { object.append("first_version", .string(first)) }
        if !reader.defaults.isEmpty {
            object.append("defaults", .object(JSONObject(reader.defaults.sorted { $0.key < $1.key }
                .map { (key: $0.key, value: JSONValue.integer(Int64($0.value))) })))
        }
        if !reader.retyped.isEmpty {
            object.append("retyped", .object(JSONObject(reader.retyped.sorted { $0.key < $1.key }.map { (key: $0.key, value: export($0.value)) })))
        }
        if let field = reader.stopsBefore { object.append("stops_before", .string(field)) }
        if !reader.lacks.isEmpty { object.append("lacks", .array(reader.lacks.map(JSONValue.string))) }
        if !reader.halves.isEmpty { object.append("halves", .array(reader.halves.map(JSONValue.string))) }
        if !reader.unknownTags.isEmpty {
            object.append("unknown_tags", .object(JSONObject(reader.unknownTags.sorted { $0.key < $1.key }
                .map { (key: $0.key, value: JSONValue.integer(Int64($0.value))) })))
        }
        return .object(object)
    }

    private static func exportLimits() -> JSONObject {
        var limits: JSONObject = ["max_expanded_copies": .integer(Int64(ReaderLimits.maxExpandedCopies))]
        for (sdk, model) in ReaderLimits.memory {
            var object = JSONObject()
            for (key, bytes) in model.exported { object.append(key, .integer(Int64(bytes))) }
            object.append("growth", .string(model.growth.rawValue))
            limits.append(sdk, .object(object))
        }
        return limits
    }

    private static func export(_ account: AccountLayouts) -> JSONValue {
        var object: JSONObject = ["name": .string(account.name), "title": .string(account.title)]
        switch account.kind {
        case .account(let type):
            object.append("kind", .string("account"))
            object.append("account_type", .integer(Int64(type)))
        case .instruction(let variant):
            object.append("kind", .string("instruction"))
            object.append("variant", .integer(Int64(variant)))
        }
        if let removed = account.removed {
            object.append("removed", .object([
                "commit": .string(removed.commit), "date": .string(removed.date), "summary": .string(removed.summary),
            ]))
        }
        object.append("versions", .array(account.versions.map { version in
            var object: JSONObject = [
                "id": .string(version.id),
                "label": .string(version.label),
                "commit": .string(version.commit),
                "date": .string(version.date),
                "summary": .string(version.summary),
                "fields": .array(version.fields.map(export)),
                "rules": .array(version.rules.map(export)),
            ]
            // Only where there are some, so that the readers' layouts.json hardly changes.
            if !version.acknowledgements.isEmpty {
                object.append("acknowledgements", .array(version.acknowledgements.map(export)))
            }
            return .object(object)
        }))
        return .object(object)
    }

    static func export(_ field: Field) -> JSONValue {
        var object: JSONObject = [
            "name": .string(field.name), "json": .string(field.jsonName), "type": export(field.type),
        ]
        if field.jsonElementName != field.jsonName { object.append("json_element", .string(field.jsonElementName)) }
        if let value = field.defaultValue { object.append("default", .integer(Int64(value))) }
        if let former = field.renamedFrom { object.append("renamed_from", .string(former)) }
        if field.onError == .propagate { object.append("on_error", .string("propagate")) }
        if field.shortCountIsEmpty { object.append("short_count", .string("empty")) }
        return .object(object)
    }

    static func export(_ type: FieldType) -> JSONValue {
        var object: JSONObject = ["kind": .string(type.kindName)]
        switch type {
        case .enumeration(let id): object.append("enum", .string(id.name))
        case .vec(let element), .option(let element): object.append("element", export(element))
        case .structure(let fields): object.append("fields", .array(fields.map(export)))
        case .tagged(let element):
            object.append("min_size", .integer(Int64(element.minSize)))
            switch element.unknownTag {
            case .fail: object.append("unknown_tag", .string("fail"))
            case .defaultBody(let tag):
                object.append("unknown_tag", .string("default"))
                object.append("unknown_tag_default", .integer(Int64(tag)))
            }
            object.append("variants", .array(element.variants.map { variant in
                .object([
                    "tag": .integer(Int64(variant.tag)), "name": .string(variant.name),
                    "fields": .array(variant.fields.map(export)),
                ])
            }))
            object.append("fields", .array(element.fields.map(export)))
        case .sized(let element):
            object.append("version", .integer(Int64(element.version)))
            object.append("fields", .array(element.fields.map(export)))
        case .bitmap(let offset): object.append("at", .integer(Int64(offset)))
        default: break
        }
        return .object(object)
    }

    static func export(_ acknowledgement: Acknowledgement) -> JSONValue {
        switch acknowledgement.change {
        case .slotReuse(let field, let replaces):
            .object(["change": .string("slot_reuse"), "field": .string(field), "replaces": .string(replaces),
                     "reason": .string(acknowledgement.reason)])
        }
    }

    static func export(_ rule: Rule) -> JSONValue {
        switch rule {
        case .rebuildInterfaces(let legacy, let trailing):
            .object(["rule": .string("rebuild_interfaces"), "legacy": .string(legacy), "trailing": .string(trailing)])
        }
    }
}
