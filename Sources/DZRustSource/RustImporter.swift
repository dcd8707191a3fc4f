import DZLayouts

/// Something the importer will not map, with where it is: the import fails (exit 2) rather than guess.
public struct RustRefusal: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    /// `user.tunnel_net`, `device.interfaces`.
    public var subject: String
    public var reason: String
    public var description: String { "\(location): \(subject): \(reason)" }
}

public enum RustImportError: Error, CustomStringConvertible {
    case parse(RustParseError)
    case refused([RustRefusal])
    case unknownAccount(String, known: [String])

    public var description: String {
        switch self {
        case .parse(let error): "cannot parse \(error)"
        case .refused(let refusals): "cannot import:\n" + refusals.map { "  \($0)" }.joined(separator: "\n")
        case .unknownAccount(let name, let known): "no account or instruction '\(name)' in the source (found: \(known.joined(separator: ", ")))"
        }
    }
}

/// The program's source as registry layouts, and the fields that came from the registry instead.
public struct RustImport: Sendable {
    public var registry: Registry
    /// Fields whose reader is hand-written and does not follow the field order: each takes the
    /// registry's own definition, named here with the reason.
    public var borrowed: [RustRefusal]
}

/// How the importer runs.
public struct RustImportOptions: Sendable {
    /// Where a field with a hand-written reader takes its definition (the account's current version),
    /// and acknowledgements of a layout equal to one of its versions. Default: `Registry.standard`.
    public var registry: Registry = .standard
    /// The imported version's label (`source`, a git revision). Default `source`.
    public var label = "source"
    /// The imported version's commit, where known. Default empty.
    public var commit = ""
    /// Registry names of the accounts and instructions to import; nil (the default) imports all.
    public var accounts: [String]?

    public init() {}
}

/// Reads a program's accounts (structs with a `TryFrom<&[u8]>` reader that checks an `AccountType`) and
/// instruction arguments (the payloads of `enum …Instruction` in `instructions.rs`) into registry layouts.
public struct RustImporter {
    public var options: RustImportOptions

    public init(options: RustImportOptions = .init()) { self.options = options }

    public func importProgram(_ files: [RustSourceFile]) throws(RustImportError) -> RustImport {
        let program: RustProgram
        do { program = try RustProgram(files) } catch { throw .parse(error) }
        var mapper = TypeMapper(program: program)
        var candidates = accountCandidates(program, &mapper) + instructionCandidates(program, &mapper)
        if let wanted = options.accounts {
            for name in wanted where !candidates.contains(where: { $0.name == name }) {
                throw .unknownAccount(name, known: candidates.map(\.name))
            }
            candidates = candidates.filter { wanted.contains($0.name) }
        }
        var accounts: [AccountLayouts] = [], borrowed: [RustRefusal] = []
        for candidate in candidates {
            var builder = AccountBuilder(candidate: candidate, fallback: options.registry.account(candidate.name))
            let fields = builder.fields(&mapper)
            borrowed += builder.borrowed
            var version = LayoutVersion(
                account: candidate.name, id: "v0", label: options.label, commit: options.commit, date: "",
                summary: "imported from Rust source", fields: fields, rules: builder.rules)
            if let match = builder.fallback?.versions.last(where: { $0.fields.wireForm == fields.wireForm }) {
                version.acknowledgements = match.acknowledgements
            }
            accounts.append(AccountLayouts(name: candidate.name, title: candidate.title, kind: candidate.kind, versions: [version]))
        }
        guard mapper.refusals.isEmpty else { throw .refused(mapper.refusals) }
        // Enums only the registry's borrowed fields use come from the registry.
        var enums = mapper.enums
        for id in accounts.flatMap({ $0.current.fields }).flatMap({ $0.type.enumIDs }) where !enums.contains(where: { $0.id == id }) {
            enums.append(options.registry.enumDefinition(id))
        }
        // The SDKs' facts for the accounts imported, so the gate judges each SDK as it reads them.
        let sdks = options.registry.sdks.map { $0.restricted(to: accounts) }
        return RustImport(registry: Registry(accounts: accounts, enums: enums, sdks: sdks), borrowed: borrowed)
    }

    /// Structs whose `TryFrom<&[u8]>` compares the account type with `AccountType::X`, by type value.
    private func accountCandidates(_ program: RustProgram, _ mapper: inout TypeMapper) -> [Candidate] {
        var found: [(value: UInt8, candidate: Candidate)] = []
        for reader in program.readers.values {
            let body = reader.body
            guard let k = body.indices.first(where: { $0 + 2 < body.count && body[$0].isWord("AccountType") && body[$0 + 1].is("::") }),
                  let declared = program.structs[reader.type]?.first else { continue }
            let variant = body[k + 2].text
            guard let value = mapper.enumValue("AccountType", variant, at: reader.location, subject: reader.type) else { continue }
            found.append((value, Candidate(name: snakeCase(variant), title: variant, kind: .account(type: value),
                                           declaration: declared, reading: .reader(ReaderAnalysis(reader, fields: declared.fields)))))
        }
        return found.sorted { ($0.value, $0.candidate.name) < ($1.value, $1.candidate.name) }.map(\.candidate)
    }

    /// The variants of each instruction enum; a variant's payload struct is its argument layout.
    private func instructionCandidates(_ program: RustProgram, _ mapper: inout TypeMapper) -> [Candidate] {
        var result: [Candidate] = []
        for instructions in program.instructionEnums {
            guard let values = mapper.values(of: instructions) else { continue }
            for (variant, value) in zip(instructions.variants, values) {
                let name = snakeCase(variant.name)
                let kind = AccountLayouts.Kind.instruction(variant: value)
                guard let payload = variant.payload.first else {
                    result.append(Candidate(name: name, title: variant.name, kind: kind, declaration: nil, reading: .none))
                    continue
                }
                guard variant.payload.count == 1, let typeName = payload.type.name,
                      let declared = program.structs[typeName]?.first else {
                    let reason = "instruction payload \(variant.payload.map(\.type.description).joined(separator: ", ")) is not one argument struct of the source"
                    result.append(Candidate(name: name, title: variant.name, kind: kind, declaration: nil,
                                            reading: .unknown(reason, payload.location, needsRegistry: false)))
                    continue
                }
                result.append(Candidate(name: name, title: variant.name, kind: kind, declaration: declared,
                                        reading: mapper.reading(of: declared, topLevel: true)))
            }
        }
        return result
    }
}

/// An account or instruction found in the source, before its fields are mapped.
struct Candidate {
    var name: String
    var title: String
    var kind: AccountLayouts.Kind
    var declaration: RustStruct?
    var reading: StructReading
}

/// How a struct's bytes are read.
enum StructReading {
    /// No payload (an instruction without arguments).
    case none
    /// `#[derive(BorshDeserialize)]`: in order; a failure takes `onError`.
    case derived(Field.OnError)
    /// `#[derive(BorshDeserializeIncremental)]`: in order, a missing field takes its `#[incremental(default)]`.
    case incremental
    /// A hand-written `TryFrom<&[u8]>`.
    case reader(ReaderAnalysis)
    /// A hand-written `BorshDeserialize`, or none at all: why.
    case unknown(String, SourceLocation, needsRegistry: Bool)
}

/// The fields of one candidate; a field the source cannot describe takes the registry's definition.
private struct AccountBuilder {
    let candidate: Candidate
    let fallback: AccountLayouts?
    var borrowed: [RustRefusal] = []
    var rules: [Rule] = []

    init(candidate: Candidate, fallback: AccountLayouts?) {
        self.candidate = candidate
        self.fallback = fallback
    }

    mutating func fields(_ mapper: inout TypeMapper) -> [Field] {
        if case .unknown(let reason, let location, let needsRegistry) = candidate.reading {
            guard needsRegistry, let fallback else {
                mapper.refuse(location, candidate.name, reason + (needsRegistry ? "; the registry has no \(candidate.name) to take instead" : ""))
                return []
            }
            borrowed.append(RustRefusal(location: location, subject: candidate.name, reason: "\(reason): every field taken from the registry's \(fallback.current.reference)"))
            rules = fallback.current.rules
            return fallback.current.fields
        }
        guard let declaration = candidate.declaration else { return [] }
        var fields: [Field] = []
        for field in declaration.fields {
            let subject = "\(candidate.name).\(field.name)"
            switch mapper.field(field, reading: candidate.reading, subject: subject) {
            case .success(let mapped): fields += mapped
            case .failure(.refused): continue
            case .failure(.needsRegistry(let reason, let location)):
                guard let definition = fallback?.current.field(field.name) else {
                    mapper.refuse(location, subject, "\(reason); it needs the registry's own definition, and the registry has no \(subject)")
                    continue
                }
                borrowed.append(RustRefusal(location: location, subject: subject, reason: "\(reason): the registry's \(fallback!.current.reference) definition is used"))
                fields.append(definition)
                rules = fallback!.current.rules
            }
        }
        return fields
    }
}

extension FieldType {
    /// Every enum the type reaches.
    var enumIDs: [EnumID] {
        switch self {
        case .enumeration(let id): [id]
        case .vec(let element), .option(let element): element.enumIDs
        case .structure(let fields): fields.flatMap(\.type.enumIDs)
        case .tagged(let element): element.fields.flatMap(\.type.enumIDs)
        case .sized(let element): element.fields.flatMap(\.type.enumIDs)
        default: []
        }
    }
}

extension Array where Element == Field {
    /// The fields as the bytes see them: names, types, error handling and defaults, without fixture JSON
    /// names or former names (which the Rust source does not hold).
    public var wireForm: [Field] {
        map { Field($0.name, $0.type.wireForm, onError: $0.onError, default: $0.defaultValue, shortCountIsEmpty: $0.shortCountIsEmpty) }
    }
}

extension FieldType {
    var wireForm: FieldType {
        switch self {
        case .vec(let element): return .vec(element.wireForm)
        case .option(let element): return .option(element.wireForm)
        case .structure(let fields): return .structure(fields.wireForm)
        case .tagged(var element):
            element.fields = element.fields.wireForm
            element.variants = element.variants.map { variant in
                var variant = variant
                variant.fields = variant.fields.wireForm
                return variant
            }
            return .tagged(element)
        case .sized(var element):
            element.fields = element.fields.wireForm
            return .sized(element)
        default: return self
        }
    }
}
