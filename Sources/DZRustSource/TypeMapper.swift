import DZLayouts

/// Why one field has no layout of its own.
enum FieldFailure: Error {
    /// Refused and recorded in `TypeMapper.refusals`.
    case refused
    /// Read by hand-written code: only the registry's definition describes it.
    case needsRegistry(String, SourceLocation)
}

/// Rust types to registry field types. Collects the enums it meets, in order, and every refusal.
struct TypeMapper {
    let program: RustProgram
    private(set) var enums: [EnumDefinition] = []
    private(set) var refusals: [RustRefusal] = []
    /// Deepest nesting followed (a recursive type would go on forever). Default 8, as layouts.json allows.
    var maxDepth = 8

    init(program: RustProgram) { self.program = program }

    mutating func refuse(_ location: SourceLocation, _ subject: String, _ reason: String) {
        let refusal = RustRefusal(location: location, subject: subject, reason: reason)
        if !refusals.contains(refusal) { refusals.append(refusal) }
    }

    // MARK: Fields

    /// One declared field read as `reading` says: one registry field, or, for a struct the reader builds
    /// one read per member, its members as `<field>_<member>` (each falls back on its own).
    mutating func field(_ field: RustField, reading: StructReading, subject: String, depth: Int = 0) -> Result<[Field], FieldFailure> {
        var onError = Field.OnError.fallback
        var defaultTokens: [RustToken]?
        var fieldByField = false, shortCountIsEmpty = false
        switch reading {
        case .none: break
        case .derived(let handling): onError = handling
        case .incremental:
            if let attribute = field.attributes.first(where: { $0.text.hasPrefix("incremental(default=") }) {
                defaultTokens = Array(attribute.tokens.dropFirst(4).dropLast())
            }
        case .reader(let analysis):
            switch analysis.fields[field.name] {
            case .inOrder(let handling, _, let byField, let reader)?:
                fieldByField = byField
                shortCountIsEmpty = RustTypeTable.shortCountIsEmptyReaders.contains(reader)
                switch handling {
                case .fallback(let tokens): defaultTokens = tokens
                case .propagate: onError = .propagate
                }
            case .handWritten(let reason, let line)?:
                return .failure(.needsRegistry(reason, SourceLocation(file: field.location.file, line: line)))
            case nil:
                return .failure(.needsRegistry("not read by the hand-written reader", field.location))
            }
        case .unknown(let reason, let location, let needsRegistry):
            if needsRegistry { return .failure(.needsRegistry(reason, location)) }
            refuse(location, subject, reason)
            return .failure(.refused)
        }
        let saved = enums
        let type: FieldType
        switch map(field.type, at: field.location, subject: subject, depth: depth, fieldByField: fieldByField) {
        case .success(let mapped): type = mapped
        case .failure(let failure):
            enums = saved
            return .failure(failure)
        }
        if fieldByField, case .structure(let members) = type {
            return .success(members.map { Field("\(field.name)_\($0.name)", $0.type, onError: $0.onError, default: $0.defaultValue) })
        }
        return defaultValue(defaultTokens, at: field.location, subject: subject).map {
            [Field(field.name, type, onError: onError, default: $0, shortCountIsEmpty: shortCountIsEmpty)]
        }
    }

    /// The `#[incremental(default = …)]` or `unwrap_or(…)` value; nil for the type's zero.
    private mutating func defaultValue(_ tokens: [RustToken]?, at location: SourceLocation, subject: String) -> Result<Int?, FieldFailure> {
        guard let tokens, !tokens.isEmpty else { return .success(nil) }
        let text = tokens.map(\.text).joined()
        if RustTypeTable.zeroDefaults.contains(text) { return .success(nil) }
        if text == "true" { return .success(1) }
        if let value = Self.integer(program.constants[text] ?? text) { return .success(value == 0 ? nil : value) }
        return refused(SourceLocation(file: location.file, line: tokens[0].line), subject, "default `\(text)` is not a literal the importer reads")
    }

    // MARK: Types

    /// `fieldByField`: the reader builds this struct from one read per field (it needs no Borsh reader).
    mutating func map(
        _ type: RustType, at location: SourceLocation, subject: String, depth: Int, fieldByField: Bool = false
    ) -> Result<FieldType, FieldFailure> {
        guard depth < maxDepth else { return refused(location, subject, "\(type) nests deeper than \(maxDepth) levels") }
        switch type {
        case .path(_, let arguments) where !arguments.isEmpty:
            let name = type.name!
            guard arguments.count == 1, RustTypeTable.wrap(name, .u8) != nil else {
                return refused(location, subject, "generic type \(type) has no registry field type")
            }
            return map(arguments[0], at: location, subject: subject, depth: depth + 1).map { RustTypeTable.wrap(name, $0)! }
        case .path:
            let name = type.name!
            if let known = RustTypeTable.known[name] { return .success(known) }
            if let alias = program.aliases[name] { return map(alias.type, at: alias.location, subject: subject, depth: depth + 1) }
            let structs = program.structs[name] ?? [], enums = program.enums[name] ?? []
            guard structs.count + enums.count == 1 else {
                if structs.isEmpty && enums.isEmpty {
                    return refused(location, subject, "unknown type \(type): not declared in the source and not a type the importer knows")
                }
                let places = structs.map(\.location.description) + enums.map(\.location.description)
                return refused(location, subject, "type \(name) is declared more than once (\(places.joined(separator: ", ")))")
            }
            if let declared = structs.first {
                return structure(declared, reading: fieldByField ? .derived(.fallback) : reading(of: declared, topLevel: false),
                                 subject: subject, depth: depth)
            }
            return enumeration(enums[0], subject: subject, depth: depth)
        case .array(let element, let length):
            return refused(location, subject, length.isEmpty
                ? "slice [\(element)] has no registry field type"
                : "fixed array [\(element); \(length)] has no registry field type (the registry has no fixed-size array)")
        case .tuple(let elements):
            // Borsh writes a tuple as its elements in order, as it writes a struct: fields `0`, `1`, ….
            var fields: [Field] = []
            for (index, element) in elements.enumerated() {
                switch map(element, at: location, subject: "\(subject).\(index)", depth: depth + 1) {
                case .success(let mapped): fields.append(Field(String(index), mapped))
                case .failure(let failure): return .failure(failure)
                }
            }
            return .success(.structure(fields))
        case .reference:
            return refused(location, subject, "\(type) has no registry field type")
        }
    }

    private mutating func refused<T>(_ location: SourceLocation, _ subject: String, _ reason: String) -> Result<T, FieldFailure> {
        refuse(location, subject, reason)
        return .failure(.refused)
    }

    /// How the bytes of `declared` are read; `topLevel` for an instruction's argument struct, whose
    /// derived reader fails the instruction on a missing field.
    mutating func reading(of declared: RustStruct, topLevel: Bool) -> StructReading {
        if let location = program.handWrittenDeserializers[declared.name] {
            return .unknown("\(declared.name) has a hand-written BorshDeserialize (\(location))", location, needsRegistry: true)
        }
        if declared.derives.contains("BorshDeserializeIncremental") { return .incremental }
        if declared.derives.contains("BorshDeserialize") { return .derived(topLevel ? .propagate : .fallback) }
        if let reader = program.readers[declared.name] { return .reader(ReaderAnalysis(reader, fields: declared.fields)) }
        return .unknown("\(declared.name) has no Borsh reader the importer knows (derive(BorshDeserialize), "
                        + "derive(BorshDeserializeIncremental) or TryFrom<&[u8]>)", declared.location, needsRegistry: false)
    }

    private mutating func structure(_ declared: RustStruct, reading: StructReading, subject: String, depth: Int) -> Result<FieldType, FieldFailure> {
        if case .unknown(let reason, let location, needsRegistry: false) = reading { return refused(location, subject, reason) }
        var fields: [Field] = []
        for member in declared.fields {
            switch field(member, reading: reading, subject: "\(subject).\(member.name)", depth: depth + 1) {
            case .success(let mapped): fields += mapped
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(.structure(fields))
    }

    private mutating func enumeration(_ declared: RustEnum, subject: String, depth: Int) -> Result<FieldType, FieldFailure> {
        if let location = program.handWrittenDeserializers[declared.name] {
            return .failure(.needsRegistry("\(declared.name) has a hand-written BorshDeserialize (\(location))", location))
        }
        guard declared.derives.contains("BorshDeserialize") else {
            return refused(declared.location, subject, "enum \(declared.name) has no Borsh reader the importer knows (derive(BorshDeserialize))")
        }
        guard let values = values(of: declared) else { return .failure(.refused) }
        if declared.variants.allSatisfy({ $0.payload.isEmpty }) {
            let id = EnumID(declared.name)
            if !enums.contains(where: { $0.id == id }) {
                guard let defaultValue = defaultValue(of: declared, values) else {
                    return refused(declared.location, subject, "enum \(declared.name) has no #[default] variant or `impl Default` naming one")
                }
                enums.append(EnumDefinition(id, default: defaultValue, Array(zip(values, declared.variants.map(\.name)))))
            }
            return .success(.enumeration(id))
        }
        var variants: [TaggedElement.Variant] = []
        for (variant, tag) in zip(declared.variants, values) {
            var fields: [Field] = []
            for member in variant.payload {
                // Tuple payloads are named after their variant, so that the union of all variants is unique.
                var member = member
                if Int(member.name) != nil { member.name = "\(snakeCase(variant.name))_\(member.name)" }
                switch field(member, reading: .derived(.fallback), subject: "\(subject).\(variant.name).\(member.name)", depth: depth + 1) {
                case .success(let mapped): fields += mapped
                case .failure(let failure): return .failure(failure)
                }
            }
            // A payload that is one struct is that struct's fields after the tag (`FlatPerEpoch(Config)`).
            if variant.payload.count == 1, fields.count == 1, case .structure(let members) = fields[0].type { fields = members }
            variants.append(TaggedElement.Variant(tag: tag, name: variant.name, fields: fields))
        }
        var union: [Field] = []
        for field in variants.flatMap(\.fields) {
            if let existing = union.first(where: { $0.name == field.name }) {
                guard existing == field else {
                    return refused(declared.location, subject, "variants of \(declared.name) give \(field.name) two different types")
                }
                continue
            }
            union.append(field)
        }
        let minSize = 1 + variants.map { $0.fields.reduce(0) { $0 + Self.minimumSize($1.type) } }.min()!
        return .success(.tagged(TaggedElement(variants: variants, fields: union, unknownTag: .fail, minSize: minSize)))
    }

    /// The wire values of an enum's variants: the discriminants under `#[borsh(use_discriminant = true)]`,
    /// else the positions (Borsh's derive writes the index).
    mutating func values(of declared: RustEnum) -> [UInt8]? {
        var values: [UInt8] = [], next = 0
        for (index, variant) in declared.variants.enumerated() {
            var value = index
            if declared.usesDiscriminant {
                if let written = variant.discriminant {
                    guard let parsed = Self.integer(program.constants[written] ?? written) else {
                        refuse(variant.location, declared.name, "discriminant `\(written)` is not an integer literal")
                        return nil
                    }
                    next = parsed
                }
                value = next
                next += 1
            }
            guard (0...255).contains(value), !values.contains(UInt8(value)) else {
                refuse(variant.location, declared.name, "variant \(variant.name) has tag \(value): not a distinct u8")
                return nil
            }
            values.append(UInt8(value))
        }
        guard !values.isEmpty else {
            refuse(declared.location, declared.name, "enum without variants")
            return nil
        }
        return values
    }

    /// The wire value of `AccountType::X` (or another enum's variant).
    mutating func enumValue(_ enumName: String, _ variant: String, at location: SourceLocation, subject: String) -> UInt8? {
        guard let declared = program.enums[enumName]?.first else {
            refuse(location, subject, "enum \(enumName) is not declared in the source")
            return nil
        }
        guard let index = declared.variants.firstIndex(where: { $0.name == variant }), let values = values(of: declared) else {
            refuse(location, subject, "\(enumName)::\(variant) is not a variant of \(declared.location)")
            return nil
        }
        return values[index]
    }

    private func defaultValue(of declared: RustEnum, _ values: [UInt8]) -> UInt8? {
        if let index = declared.variants.firstIndex(where: \.isDefault) { return values[index] }
        guard let named = program.defaultImpls[declared.name]?.variant,
              let index = declared.variants.firstIndex(where: { $0.name == named }) else { return nil }
        return values[index]
    }

    /// `64512`, `0x10`, `1_000u16`.
    static func integer(_ text: String) -> Int? {
        var digits = text.filter { $0 != "_" }
        for suffix in ["u8", "u16", "u32", "u64", "u128", "usize", "i32", "i64"] where digits.hasSuffix(suffix) && !digits.hasPrefix("0x") {
            digits.removeLast(suffix.count)
        }
        if digits.hasPrefix("0x") { return Int(digits.dropFirst(2), radix: 16) }
        return Int(digits)
    }

    /// The fewest bytes a value of `type` takes (a tagged element's smallest body).
    static func minimumSize(_ type: FieldType) -> Int {
        switch type {
        case .string, .vec: 4
        case .option: 1
        case .structure(let fields): fields.reduce(0) { $0 + minimumSize($1.type) }
        case .tagged(let element): element.minSize
        case .sized: 3
        default: type.fixedWidth!
        }
    }
}
