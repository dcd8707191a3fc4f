import DZLayouts
import Synchronization

/// One layout version compiled for the codec: its field types flattened into plain steps (enum value
/// sets as bitmaps, children by index), so that decoding and encoding touch no dictionary and copy no
/// `Field`. Built once per version and registry (`LayoutPlan.cached`), immutable afterwards, which is
/// why sharing it across threads is safe despite the raw step storage.
public final class LayoutPlan: @unchecked Sendable {
    public let version: LayoutVersion
    let kind: AccountLayouts.Kind
    /// `User`, `SetUserBGPStatus`: the name errors give the account or instruction.
    let title: String
    /// How top-level fields are read: hand-written readers for accounts, derived Borsh for instruction args.
    let fieldMode: ReadMode
    /// The top-level fields are steps `0..<fieldCount`; nested steps follow them.
    public let fieldCount: Int
    /// Raw storage, so that the hot loops read a step in place: no bounds check, no copy of the array.
    let steps: UnsafeBufferPointer<Step>
    /// Per step: its field name (empty for vector elements), its type and its type's zero value.
    let names: [String]
    let types: [FieldType]
    let zeros: [Value]
    /// Per top-level field: the value it takes when missing or failed (a declared default for
    /// instruction arguments, otherwise the zero).
    let defaults: [Value]
    /// `zeros` and `defaults` as slots of a positional record.
    let zeroSlots: [Slot]
    let defaultSlots: [Slot]
    let tagged: [TaggedPlan]
    let enumIDs: [EnumID]
    /// The enums the plan was built with (the registry's), to tell registries apart in the cache.
    let enumDefinitions: [EnumDefinition]
    /// The top-level field holding the account type, checked last.
    let accountTypeField: Int?
    let rules: [RebuildRule]
    /// The top-level bitmap field, if any: the program splits the account at its start before reading.
    let split: (field: Int, at: Int)?

    /// `rebuildInterfaces`, resolved to top-level field indexes. A rule naming a field the version
    /// lacks has nothing to act on and is left out.
    struct RebuildRule: Sendable {
        var legacy: Int
        var trailing: Int
    }

    init(_ version: LayoutVersion, registry: Registry) {
        guard let account = registry.account(version.account) else {
            preconditionFailure("version \(version.reference) is not in the registry")
        }
        var builder = Builder(registry: registry)
        builder.addFields(version.fields)
        self.version = version
        kind = account.kind
        title = account.title
        let fieldMode: ReadMode = if case .instruction = account.kind { .strict } else { .topLevel }
        self.fieldMode = fieldMode
        fieldCount = version.fields.count
        names = builder.names
        types = builder.types
        zeros = builder.zeros
        // A missing instruction argument takes its declared default (borsh-incremental), and so does a
        // missing or failed account field whose reader says `unwrap_or(n)`.
        defaults = zip(version.fields, builder.zeros).map { field, zero in
            field.defaultValue.map { Value.uint(UInt64($0)) } ?? zero
        }
        zeroSlots = builder.zeros.map(Slot.init(scalar:))
        defaultSlots = defaults.map(Slot.init(scalar:))
        tagged = builder.tagged
        enumIDs = builder.enumIDs
        enumDefinitions = registry.enumDefinitions
        let accountTypeField = version.fields.firstIndex { $0.name == "account_type" }
        self.accountTypeField = accountTypeField
        let rules = version.rules.compactMap { rule -> RebuildRule? in
            switch rule {
            case .rebuildInterfaces(let legacy, let trailing):
                guard let legacyIndex = version.fields.firstIndex(where: { $0.name == legacy }),
                      let trailingIndex = version.fields.firstIndex(where: { $0.name == trailing }) else { return nil }
                return RebuildRule(legacy: legacyIndex, trailing: trailingIndex)
            }
        }
        self.rules = rules
        split = version.fields.indices.lazy.compactMap { index -> (field: Int, at: Int)? in
            if case .bitmap(let start) = version.fields[index].type { (field: index, at: start) } else { nil }
        }.first

        let storage = UnsafeMutableBufferPointer<Step>.allocate(capacity: builder.steps.count)
        _ = storage.initialize(from: builder.steps)
        // Runs of plain top-level fields, from the last field back; the rules read the others.
        let ruled = Set(rules.flatMap { [$0.legacy, $0.trailing] } + (accountTypeField.map { [$0] } ?? []))
        for index in (0..<fieldCount).reversed() {
            guard Self.isPlain(storage[index], mode: fieldMode), !ruled.contains(index) else { continue }
            let next = index + 1 < fieldCount ? storage[index + 1] : Step(kind: .u8)
            storage[index].run = next.run + 1
            storage[index].runWidth = next.runWidth + storage[index].width
        }
        steps = UnsafeBufferPointer(storage)
    }

    deinit { steps.deallocate() }

    /// A value whose reader, given its width in bytes, consumes exactly those and cannot fail. A run of
    /// top-level fields like this that the rules do not read is wholly read as soon as it is wholly
    /// present: the span pass steps over it at once (FieldReader.swift stays the one reader; the tests
    /// check that this agrees with it).
    static func isPlain(_ step: Step, mode: ReadMode) -> Bool {
        guard step.width > 0 else { return false }
        switch step.kind {
        case .networkV4: return false  // its prefix is validated
        case .enumeration, .bool: return mode != .strict  // only derived Borsh rejects values
        default: return true
        }
    }

    /// The plan of `version` with `registry`'s enums, built on first use and kept for the process.
    public static func cached(for version: LayoutVersion, registry: Registry) -> LayoutPlan {
        let key = CacheKey(account: version.account, id: version.id)
        if let plan = cache.withLock({ $0[key]?.first { $0.matches(version, registry) } }) { return plan }
        let plan = LayoutPlan(version, registry: registry)
        cache.withLock { plans in
            // A few per name (a baseline registry beside the working one); beyond that, start over.
            if plans[key, default: []].count >= 4 { plans[key] = [] }
            plans[key, default: []].append(plan)
        }
        return plan
    }

    private struct CacheKey: Hashable {
        var account: String
        var id: String
    }

    private static let cache = Mutex<[CacheKey: [LayoutPlan]]>([:])

    /// Cheap when they come from the same registry: equal arrays sharing storage compare at once.
    private func matches(_ version: LayoutVersion, _ registry: Registry) -> Bool {
        self.version == version && enumDefinitions == registry.enumDefinitions
    }
}

/// One value to read or write. Plain data (no references), so walking the steps costs no retain/release.
struct Step {
    enum Kind: UInt8 {
        case u8, u16, u32, u64, u128, i64, f64, bool, pubkey, ipv4, networkV4, string, enumeration
        case vec, option, structure, tagged, sized, bitmap
    }

    var kind: Kind
    /// enumeration: the values that exist (bit n = value n), the one an unknown value becomes, and the
    /// enum's index in `LayoutPlan.enumIDs` (for messages).
    var known: SIMD4<UInt64> = .zero
    var fallback: UInt8 = 0
    var enumIndex = 0
    /// sized: the version the writer stamps when the record gives none.
    var stamp: UInt8 = 0
    /// vec, option: the element's step; structure, sized: the first field's step; tagged: its index in
    /// `LayoutPlan.tagged`.
    var child = 0
    /// structure, sized: how many field steps start at `child`.
    var childCount = 0
    /// bitmap: the byte of the account it starts at (the program splits the account there).
    var start = 0
    /// The fixed width in bytes, 0 for variable-width values.
    var width = 0
    /// A top-level field whose failure fails the account (`Field.OnError.propagate`).
    var propagates = false
    /// vec: fewer than 4 bytes is an empty vector that consumes nothing (`Field.shortCountIsEmpty`).
    var shortCountIsEmpty = false
    /// Top level: how many plain fields start here (0 if this one is not plain), and their total width.
    var run = 0
    var runWidth = 0

    /// Fixed width (a vector of these reads its elements leniently, like the hand-written readers).
    var isScalar: Bool { width > 0 }
    var fields: Range<Int> { child..<(child + childCount) }

    func isKnown(_ value: UInt8) -> Bool { known[Int(value &>> 6)] &>> UInt64(value & 63) & 1 == 1 }
}

/// A tagged element (Device legacy interface): which variant each tag byte selects, and how each
/// variant's body maps onto the union of fields a decoded element lists.
struct TaggedPlan: Sendable {
    struct Variant: Sendable {
        var tag: UInt8
        /// The variant's field steps, in wire order.
        var fields: Range<Int>
        /// Per union field: its position in this variant's body, or nil (then it takes its default).
        var slots: [Int?]
    }

    /// Per tag byte: the index in `variants`, or -1.
    var variantOfTag: [Int8]
    var variants: [Variant]
    /// The union fields' steps (names and defaults only; they are never read).
    var union: Range<Int>
    var unknownTag: TaggedElement.UnknownTag
}

extension LayoutPlan {
    /// Flattens field types into steps. Children are appended after their parent, so indexes are final
    /// as soon as they are handed out.
    fileprivate struct Builder {
        let registry: Registry
        var steps: [Step] = []
        var names: [String] = []
        var types: [FieldType] = []
        var zeros: [Value] = []
        var tagged: [TaggedPlan] = []
        var enumIDs: [EnumID] = []

        init(registry: Registry) { self.registry = registry }

        /// Reserves one step per field, in order, then fills each in; returns their range.
        @discardableResult
        mutating func addFields(_ fields: [Field]) -> Range<Int> {
            let first = steps.count
            for field in fields { reserve(field.name, field.type) }
            for (offset, field) in fields.enumerated() {
                var step = makeStep(field.type)
                step.propagates = field.onError == .propagate
                step.shortCountIsEmpty = field.shortCountIsEmpty
                steps[first + offset] = step
            }
            return first..<(first + fields.count)
        }

        mutating func addElement(_ type: FieldType) -> Int {
            let index = steps.count
            reserve("", type)
            steps[index] = makeStep(type)
            return index
        }

        private mutating func reserve(_ name: String, _ type: FieldType) {
            steps.append(Step(kind: .u8))
            names.append(name)
            types.append(type)
            zeros.append(Value.zero(of: type, registry: registry))
        }

        mutating func makeStep(_ type: FieldType) -> Step {
            var step = Step(kind: .u8, width: type.fixedWidth ?? 0)
            switch type {
            case .u8: step.kind = .u8
            case .u16: step.kind = .u16
            case .u32: step.kind = .u32
            case .u64: step.kind = .u64
            case .u128: step.kind = .u128
            case .i64: step.kind = .i64
            case .f64: step.kind = .f64
            case .bool: step.kind = .bool
            case .pubkey: step.kind = .pubkey
            case .ipv4: step.kind = .ipv4
            case .networkV4: step.kind = .networkV4
            case .string: step.kind = .string
            case .enumeration(let id):
                let definition = registry.enumDefinition(id)
                step.kind = .enumeration
                for entry in definition.cases { step.known[Int(entry.value >> 6)] |= 1 << UInt64(entry.value & 63) }
                step.fallback = definition.defaultValue
                step.enumIndex = enumIDs.firstIndex(of: id) ?? { enumIDs.append(id); return enumIDs.count - 1 }()
            case .vec(let element):
                step.kind = .vec
                step.child = addElement(element)
            case .option(let element):
                step.kind = .option
                step.child = addElement(element)
            case .structure(let fields):
                step.kind = .structure
                step.child = addFields(fields).lowerBound
                step.childCount = fields.count
            case .sized(let element):
                step.kind = .sized
                step.stamp = element.version
                step.child = addFields(element.fields).lowerBound
                step.childCount = element.fields.count
            case .tagged(let element):
                step.kind = .tagged
                step.child = addTagged(element)
            case .bitmap(let start):
                step.kind = .bitmap
                step.start = start
            }
            return step
        }

        mutating func addTagged(_ element: TaggedElement) -> Int {
            let union = addFields(element.fields)
            var variantOfTag = [Int8](repeating: -1, count: 256)
            var variants: [TaggedPlan.Variant] = []
            // The first variant of a tag wins, as `TaggedElement.variant(for:)` says.
            for variant in element.variants where variantOfTag[Int(variant.tag)] < 0 {
                variantOfTag[Int(variant.tag)] = Int8(variants.count)
                let slots = element.fields.map { field in variant.fields.firstIndex { $0.name == field.name } }
                variants.append(.init(tag: variant.tag, fields: addFields(variant.fields), slots: slots))
            }
            tagged.append(TaggedPlan(variantOfTag: variantOfTag, variants: variants, union: union, unknownTag: element.unknownTag))
            return tagged.count - 1
        }
    }
}
