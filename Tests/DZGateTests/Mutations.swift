import DZGate
import DZLayouts
import DZPorts

/// A working registry that differs from the standard one by exactly one edit, and what the gate must
/// say about it.
struct Mutation {
    var account: String
    var name: String
    var working: Registry
    var kind: ChangeKind
    var verdict: GateVerdict
    /// Readers the finding must list as affected.
    var affected: Set<ReaderID>
    /// Readers the finding may list or not: an SDK that reads the edited field as a type of its own
    /// reads the new bytes by its own rules, which the test does not predict.
    var undetermined: Set<ReaderID> = []
    /// The edit took away what an account rule needs, so the rule went too: a second change, judged
    /// in a finding of its own.
    var dropsRule = false
}

/// Every single edit of every current layout (the gate's mutation test): insert a field at each position,
/// remove each field, swap each adjacent pair, retype and resize each field, rename each field, append a
/// field; at the top level and inside every element type (struct, tagged variant, sized); plus adding and
/// removing a value of each enum the layout uses. The expected verdicts follow README.md's gate table; the
/// expected readers are all the readers run, except where noted with the reason.
enum Mutations {
    static let base = Registry.standard

    static func all() -> [Mutation] {
        base.accounts.flatMap { account in fieldEdits(account) + enumEdits(account) }
    }

    /// The readers the gate runs for an account: instruction data is read by the program only.
    static func readers(_ account: AccountLayouts) -> Set<ReaderID> {
        if case .instruction = account.kind { return [.program] }
        return Set(ReaderID.allCases)
    }

    // MARK: Field edits

    private static func fieldEdits(_ account: AccountLayouts) -> [Mutation] {
        let all = readers(account)
        var mutations: [Mutation] = []
        for level in Level.all(of: account.current.fields) {
            let fields = level.get(account.current.fields)
            // The top-level field an edit at `position` of this level reaches first.
            func topPosition(_ position: Int) -> Int { level.topIndex ?? position }
            // Before a bitmap at a fixed offset the program reads padding: the last field before it may
            // shrink, grow or go (and its own last member likewise) without moving anything it reads.
            let beforeBitmap = account.current.endsInBitmap ? account.current.fields.count - 2 : nil
            func make(_ edit: String, _ kind: ChangeKind, _ verdict: GateVerdict, _ affected: Set<ReaderID>,
                      touches field: String? = nil, at position: Int? = nil, retypes: Bool = false, last: Bool = false,
                      _ change: (inout [Field]) -> Void) {
                var edited = fields
                change(&edited)
                let working = replacing(account, level: level, with: edited, renaming: renames(fields, edited))
                var reached = position.map { reaching(affected, account, from: topPosition($0), inside: level.topIndex != nil || retypes) }
                    ?? (expected: affected, undetermined: [])
                if let beforeBitmap, let position, kind == .append || (last && kind != .retype),
                   topPosition(position) == beforeBitmap || kind == .insert {
                    reached.expected.remove(.program)
                }
                var mutation = Mutation(account: account.name, name: "\(account.name).\(level.path)\(field ?? ""): \(edit)", working: working,
                                        kind: kind, verdict: verdict, affected: reached.expected, undetermined: reached.undetermined,
                                        dropsRule: working.account(account.name)!.current.rules.count < account.current.rules.count)
                // The program finds the account type in the one-byte field `account_type`: without it, it
                // refuses every account, so even a rename of it breaks the program.
                if level.path.isEmpty, case .account = account.kind, !(edited.first { $0.name == "account_type" }.map(carriesAccountType) ?? false) {
                    mutation.verdict = .breaking
                    mutation.affected.insert(.program)
                }
                mutations.append(mutation)
            }
            for position in 0..<fields.count {
                // Inserted right before the bitmap, a field takes padding the program reads past.
                make("insert u32 at \(position)", .insert, .breaking, all, at: position,
                     last: level.topIndex == nil && beforeBitmap.map { position == $0 + 1 } == true) { $0.insert(Field("inserted", .u32), at: position) }
            }
            make("append u64", .append, level.appendVerdict, level.appendAffected(all), at: fields.count) { $0.append(Field("appended", .u64)) }
            for (index, field) in fields.enumerated() {
                let isLast = index == fields.count - 1
                // The last of what sits before a bitmap's padding: the top-level field before it, or the
                // last member inside that field.
                let padded = level.topIndex == nil ? index == beforeBitmap : isLast
                make("remove", .remove, .breaking, level.removeAffected(all, last: isLast), touches: field.name, at: index, last: padded) {
                    $0.remove(at: index)
                }
                make("rename", .rename, .rename, [], touches: field.name) { $0[index].name += "_renamed"; $0[index].jsonName += "Renamed" }
                make("retype \(describe(field.type)) → \(describe(retyped(field.type)))", .retype, .breaking, all, touches: field.name,
                     at: index, retypes: true, last: padded) {
                    $0[index].type = retyped(field.type)
                }
                if let wider = resized(field.type) {
                    make("resize \(describe(field.type)) → \(describe(wider))", .resize, .breaking, all, touches: field.name,
                         at: index, retypes: true, last: padded) {
                        $0[index].type = wider
                    }
                }
                if !isLast {
                    make("swap with \(fields[index + 1].name)", .reorder, .breaking, level.swapAffected(all), touches: field.name, at: index) {
                        $0.swapAt(index, index + 1)
                    }
                }
            }
        }
        return mutations
    }

    /// Of `readers`, those an edit at top-level field `index` of `account` can reach: the program, and
    /// each SDK whose reader (its facts in the registry) reads that field or a later one. An SDK with no
    /// reader for the account, or one that stops before the field, reads nothing the edit changed. An
    /// SDK that reads the field as a type of its own, where the edit changes the field's type or what is
    /// inside it (`inside`), is undetermined: it reads the new bytes by its own rules.
    static func reaching(_ readers: Set<ReaderID>, _ account: AccountLayouts, from index: Int, inside: Bool)
        -> (expected: Set<ReaderID>, undetermined: Set<ReaderID>) {
        let fields = account.current.fields
        var expected: Set<ReaderID> = [], undetermined: Set<ReaderID> = []
        for reader in readers {
            guard let sdk = reader.sdk else { expected.insert(reader); continue }
            guard let facts = base.sdk(sdk.rawValue).readers[account.name] else { continue }
            let walked = Set(facts.apply(to: fields).map(\.name))
            guard fields.indices.contains(where: { $0 >= index && walked.contains(fields[$0].name) }) else { continue }
            if inside && index < fields.count && (facts.retyped[fields[index].name] != nil || facts.halves.contains(fields[index].name)) {
                undetermined.insert(reader)
            } else {
                expected.insert(reader)
            }
        }
        return (expected, undetermined)
    }

    private static func carriesAccountType(_ field: Field) -> Bool {
        switch field.type {
        case .u8, .enumeration: true
        default: false
        }
    }

    /// A different type of the same width where there is one, otherwise a variable-width one; never a
    /// vector in place of a fixed field (that is a slot reuse, tested on its own).
    static func retyped(_ type: FieldType) -> FieldType {
        switch type {
        case .u8, .enumeration: .bool
        case .bool: .u8
        case .u32: .ipv4
        case .ipv4: .u32
        case .u64: .i64
        case .i64, .f64: .u64
        case .u16, .u128, .pubkey, .networkV4: .string
        case .string: .vec(.pubkey)
        case .vec, .option, .structure, .tagged, .sized, .bitmap: .string
        }
    }

    /// A fixed type of another width, nil for variable-width types.
    static func resized(_ type: FieldType) -> FieldType? {
        switch type {
        case .u8, .bool, .enumeration: .u16
        case .u16: .u32
        case .u32, .ipv4: .networkV4
        case .networkV4: .u64
        case .u64, .i64, .f64: .u128
        case .u128: .pubkey
        case .pubkey: .u128
        default: nil
        }
    }

    private static func describe(_ type: FieldType) -> String {
        if case .enumeration(let id) = type { return "enum \(id)" }
        return type.kindName
    }

    /// Former name → new name, for a rename edit (rules follow the field).
    private static func renames(_ old: [Field], _ new: [Field]) -> [String: String] {
        guard old.count == new.count else { return [:] }
        var result: [String: String] = [:]
        for (a, b) in zip(old, new) where a.name != b.name && a.type == b.type { result[a.name] = b.name }
        return result
    }

    // MARK: Enum edits

    private static func enumEdits(_ account: AccountLayouts) -> [Mutation] {
        let all = readers(account)
        let python = base.sdk(SDK.py.rawValue)
        let pythonFields = python.readers[account.name].map { $0.apply(to: account.current.fields) } ?? []
        var mutations: [Mutation] = []
        for id in usedEnums(account.current.fields) {
            let definition = base.enumDefinition(id)
            // Python raises on a value its IntEnum lacks, where it reads the enum as one (not a plain int).
            let raising: Set<ReaderID> = if case .labelled(_, _, .raise)? = python.enums[id], !usedEnums(pythonFields).isEmpty,
                usedEnums(pythonFields).contains(id) { all.intersection([.py]) } else { [] }
            // The account type field must hold the account's own type: no account of this layout carries the
            // added or removed value there. Another AccountType field (Index's entity_account_type) can.
            let carried = id != "AccountType"
                || account.current.fields.contains { $0.name != "account_type" && $0.type == .enumeration("AccountType") }
            // A value no SDK table has either (the Python and TypeScript tables hold values Rust lacks:
            // LoopbackType 4, a shifted DeviceStatus 2).
            let free = (0...UInt8.max).last { !definition.contains($0) }!
            var added = definition
            added.cases.append((value: free, name: "Added\(free)"))
            mutations.append(Mutation(
                account: account.name, name: "\(account.name): \(id) gains \(free)", working: replacing(id, with: added), kind: .enumValueAdded,
                // Go and TypeScript keep the raw number; a Python release raises on a value it does not know
                // (if it reads the account at all).
                verdict: carried && raising.contains(.py) ? .breaking : .compatible, affected: carried ? raising : []))
            // A member from the middle, one every SDK release knows.
            // Not the account's own type: an account of this layout holds that one.
            let own: UInt8? = if case .account(let type) = account.kind, id == "AccountType" { type } else { nil }
            let members = definition.cases.map(\.value).filter { $0 != 0 && $0 != definition.defaultValue && $0 != own }.sorted()
            let dropped = members[members.count / 2]
            var removed = definition
            removed.cases.removeAll { $0.value == dropped }
            mutations.append(Mutation(
                account: account.name, name: "\(account.name): \(id) loses \(dropped)", working: replacing(id, with: removed), kind: .enumValueRemoved,
                // On an existing account holding it the program reads the default instead. The SDKs'
                // enums are their own tables (docs/readers.md §4), which a change of the program does not
                // touch: Go and TypeScript keep the number, and Python still knows it.
                verdict: carried ? .breaking : .compatible, affected: carried ? all.intersection([.program]) : []))
        }
        return mutations
    }

    private static func usedEnums(_ fields: [Field]) -> [EnumID] {
        var result: [EnumID] = []
        func visit(_ type: FieldType) {
            switch type {
            case .enumeration(let id): if !result.contains(id) { result.append(id) }
            case .vec(let element), .option(let element): visit(element)
            case .structure(let fields): fields.forEach { visit($0.type) }
            case .sized(let element): element.fields.forEach { visit($0.type) }
            case .tagged(let element): element.variants.flatMap(\.fields).forEach { visit($0.type) }
            default: break
            }
        }
        fields.forEach { visit($0.type) }
        return result
    }

    // MARK: Building the working registry

    /// The standard registry with `account` gaining one version: its current one, edited at `level`.
    static func replacing(
        _ account: AccountLayouts, level: Level, with fields: [Field], renaming: [String: String] = [:],
        acknowledgements: [Acknowledgement] = []
    ) -> Registry {
        var version = account.current
        level.set(&version.fields, fields)
        version.id = "v\(account.versions.count)"
        version.label = "\(version.label)+edit"
        version.acknowledgements = acknowledgements
        if level.path.isEmpty {
            // A rule names fields: it follows a rename, and goes with a field removed or retyped.
            version.rules = version.rules.compactMap { rule in
                switch rule {
                case .rebuildInterfaces(let legacy, let trailing):
                    let (l, t) = (renaming[legacy] ?? legacy, renaming[trailing] ?? trailing)
                    guard case .vec(.tagged)? = version.field(l)?.type, case .vec(.sized)? = version.field(t)?.type else { return nil }
                    return .rebuildInterfaces(legacy: l, trailing: t)
                }
            }
        }
        var edited = account
        edited.versions.append(version)
        let registry = Registry(accounts: base.accounts.map { $0.name == account.name ? edited : $0 }, enums: base.enumDefinitions)
        guard !version.rules.isEmpty, (try? LayoutsJSONDecoder().decode(registry.exportJSON(), file: "edit")) == nil else { return registry }
        // The edit broke what a rule needs (the rebuild copies each legacy field into a trailing element):
        // the rule goes, as it would have to in the program.
        edited.versions[edited.versions.count - 1].rules = []
        return Registry(accounts: base.accounts.map { $0.name == account.name ? edited : $0 }, enums: base.enumDefinitions)
    }

    static func replacing(_ id: EnumID, with definition: EnumDefinition) -> Registry {
        Registry(accounts: base.accounts, enums: base.enumDefinitions.map { $0.id == id ? definition : $0 })
    }
}

/// A list of fields inside a layout: the top level, or the fields of an element type (a struct, a sized
/// element, one variant of a tagged element), reached through the top-level fields.
struct Level {
    /// `` for the top level, `interfaces[].` or `deprecated_interfaces[].V2(1).` inside elements.
    var path: String
    var container: Container
    /// The top-level field the level is inside; nil for the top level.
    var topIndex: Int?
    var get: ([Field]) -> [Field]
    var set: (inout [Field], [Field]) -> Void

    enum Container { case top, structure, sized, tagged }

    static func all(of fields: [Field]) -> [Level] {
        let top = Level(path: "", container: .top, topIndex: nil, get: { $0 }, set: { $0 = $1 })
        return [top] + fields.indices.flatMap { index in
            nested(in: fields[index].type, path: fields[index].name).map { inner in
                Level(path: inner.path, container: inner.container, topIndex: index,
                      get: { inner.get($0[index].type) },
                      set: { fields, new in inner.set(&fields[index].type, new) })
            }
        }
    }

    /// Field lists inside a type, as functions of that type.
    private static func nested(in type: FieldType, path: String)
        -> [(path: String, container: Container, get: (FieldType) -> [Field], set: (inout FieldType, [Field]) -> Void)] {
        switch type {
        case .vec(let element), .option(let element):
            return nested(in: element, path: path + "[]").map { inner in
                (inner.path, inner.container,
                 { type in if case .vec(let e) = type { inner.get(e) } else if case .option(let e) = type { inner.get(e) } else { [] } },
                 { type, new in
                     if case .vec(var e) = type { inner.set(&e, new); type = .vec(e) } else if case .option(var e) = type { inner.set(&e, new); type = .option(e) }
                 })
            }
        case .structure(let fields):
            return [(path + ".", .structure, { if case .structure(let f) = $0 { f } else { [] } }, { $0 = .structure($1) })]
                + within(fields, path: path, wrap: { .structure($0) }, unwrap: { if case .structure(let f) = $0 { f } else { [] } })
        case .sized(let element):
            let unwrap: (FieldType) -> [Field] = { if case .sized(let e) = $0 { e.fields } else { [] } }
            let wrap: ([Field]) -> FieldType = { fields in
                var edited = element
                edited.fields = fields
                return .sized(edited)
            }
            return [(path + ".", .sized, unwrap, { $0 = wrap($1) })] + within(element.fields, path: path, wrap: wrap, unwrap: unwrap)
        case .tagged(let element):
            return element.variants.indices.flatMap { v in
                let variantPath = "\(path).\(element.variants[v].name)(\(element.variants[v].tag))"
                let unwrap: (FieldType) -> [Field] = { if case .tagged(let e) = $0 { e.variants[v].fields } else { [] } }
                let rewrap: (inout FieldType, [Field]) -> Void = { type, new in
                    guard case .tagged(var e) = type else { return }
                    // Another variant's field of this name keeps its type: the edited one takes a name of
                    // its own, or the union could not list both.
                    e.variants[v].fields = new.map { field in
                        let clash = e.variants.indices.contains { $0 != v && e.variants[$0].fields.contains { $0.name == field.name && $0.type != field.type } }
                        guard clash else { return field }
                        var renamed = field
                        renamed.name += "_v\(e.variants[v].tag)"
                        return renamed
                    }
                    e.fields = union(e.variants)
                    type = .tagged(e)
                }
                let inner = element.variants[v].fields.indices.flatMap { index in
                    nested(in: element.variants[v].fields[index].type, path: "\(variantPath).\(element.variants[v].fields[index].name)").map { deeper in
                        (deeper.path, deeper.container,
                         { (type: FieldType) in deeper.get(unwrap(type)[index].type) },
                         { (type: inout FieldType, new: [Field]) in
                             var fields = unwrap(type)
                             deeper.set(&fields[index].type, new)
                             rewrap(&type, fields)
                         })
                    }
                }
                return [(variantPath + ".", Container.tagged, unwrap, rewrap)] + inner
            }
        default:
            return []
        }
    }

    /// The levels inside the fields of a struct or sized element.
    private static func within(_ fields: [Field], path: String, wrap: @escaping ([Field]) -> FieldType, unwrap: @escaping (FieldType) -> [Field])
        -> [(path: String, container: Container, get: (FieldType) -> [Field], set: (inout FieldType, [Field]) -> Void)] {
        fields.indices.flatMap { index in
            nested(in: fields[index].type, path: "\(path).\(fields[index].name)").map { deeper in
                (deeper.path, deeper.container,
                 { (type: FieldType) in deeper.get(unwrap(type)[index].type) },
                 { (type: inout FieldType, new: [Field]) in
                     var inner = unwrap(type)
                     deeper.set(&inner[index].type, new)
                     type = wrap(inner)
                 })
            }
        }
    }

    /// The fields a decoded tagged element lists: every variant's, each name once.
    private static func union(_ variants: [TaggedElement.Variant]) -> [Field] {
        var fields: [Field] = []
        for field in variants.flatMap(\.fields) where !fields.contains(where: { $0.name == field.name }) { fields.append(field) }
        return fields
    }

    /// Appending at the end: zero-fill for account fields; inside a sized element the size prefix lets
    /// the program skip or default it; inside a struct or a tagged body (derived Borsh) the elements move.
    var appendVerdict: GateVerdict {
        switch container {
        case .top: .compatible
        default: .breaking
        }
    }

    func appendAffected(_ all: Set<ReaderID>) -> Set<ReaderID> {
        switch container {
        case .top: []
        // The SDKs read the body field by field and never move back to start+size: a new reader on an
        // old (shorter) element reads the new field from the next element.
        case .sized: all.subtracting([.program])
        case .structure, .tagged: all
        }
    }

    /// The SDKs read the segments of a legacy V3 interface and throw them away (docs/readers.md §1.4): a
    /// swap inside one keeps its size, so only the program sees it.
    func swapAffected(_ all: Set<ReaderID>) -> Set<ReaderID> {
        path.hasSuffix(".V3(3).flex_algo_node_segments[].") ? all.intersection([.program]) : all
    }

    /// Removing the last field of an account or of a sized element: the new program reads old accounts'
    /// prefix (or element body) and ignores the rest; only released SDKs, reading new accounts, lose the
    /// value (or, in a sized element, read it from the next element).
    func removeAffected(_ all: Set<ReaderID>, last: Bool) -> Set<ReaderID> {
        last && (container == .top || container == .sized) ? all.subtracting([.program]) : all
    }
}
