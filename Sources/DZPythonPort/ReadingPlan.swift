import DZCodec
import DZLayouts

/// One reading step of the Python SDK: which primitive or loop reads a value. A layout version is
/// compiled into steps once (as the native reader compiles it), so that a decode does no name or
/// enum lookups.
enum Step: Sendable {
    case u8, bool, u16, u32, u64, i64, f64, u128, pubkey, ipv4, networkV4, string
    /// A u128 read as two u64 halves, low then high (`lo | (hi << 64)`).
    case halves
    /// A byte wrapped in its IntEnum (the SDK's bare-int enums are plain `.u8`).
    case member(PythonIntEnum)
    /// An account-level vector of fixed-width values: the strict read.
    indirect case strictVector(element: Step, width: Int)
    /// Device legacy interfaces (or D3–D5's untagged structs): the unguarded element loop.
    indirect case interfaceList(element: Step)
    case structure(Members)
    case tagged(TaggedPlan)
    /// Segments of a sized element: stop when a whole segment no longer fits.
    case guardedSegments(Members, width: Int)
    /// Segments of a legacy V3 element: read and thrown away.
    case discardedSegments(Members)
}

/// Named steps in wire order: an account, a struct element or a body.
struct Members: Sendable {
    var names: [String] = []
    var steps: [Step] = []
}

/// A tagged element: the tag, then the body of that tag's variant, filled into the union's defaults.
struct TaggedPlan: Sendable {
    /// `version` then the union of all variant fields, each at its default.
    var defaults: Record
    /// Per known tag, the body's steps and where each lands in `defaults`.
    var variants: [(tag: UInt8, body: [(index: Int, step: Step)])]
    /// The tag reported when no variant has the one read (AccessPassTypeTag's PREPAID); nil: as read.
    var unknownTag: UInt8?
}

/// A trailing element: u16 size, u8 version, then the version-4 body.
struct SizedPlan: Sendable {
    var version: UInt8
    var body: Members
}

/// The Device trailing vec and the legacy list it is coupled to (an earlier field of the account).
struct TrailingPlan: Sendable {
    var element: SizedPlan
    var legacyIndex: Int
    /// For a rebuilt element, per body field: its position in a legacy element's record (nil when
    /// legacy elements have no such field), and the default it takes otherwise.
    var rebuildSources: [(legacyIndex: Int?, fallback: Value)]
}

/// An account field: a value, or the Device trailing vec.
enum FieldStep: Sendable {
    case value(Step)
    /// `r.read_u16() if r.remaining >= 2 else 1`: the SDK's own default where the bytes are missing.
    case defaulted(Step, width: Int, value: UInt64)
    case trailingInterfaces(TrailingPlan)
}

/// A layout version compiled for the Python SDK.
struct AccountPlan: Sendable {
    var names: [String]
    var steps: [FieldStep]
}

/// Turns layout versions into plans with the SDK's rules per position (docs/readers.md §3.3). A shape the
/// SDK has no reader for is a layout error, as in the native reader.
struct PlanCompiler {
    /// The SDK's IntEnum classes, from the registry's Python facts.
    let enums: PythonEnums

    func compile(_ version: LayoutVersion) throws(PythonRaise) -> AccountPlan {
        var plan = AccountPlan(names: [], steps: [])
        for field in version.fields {
            plan.names.append(field.name)
            if let legacy = legacySlot(coupledTo: field.name, in: version) {
                guard let legacyIndex = plan.names.firstIndex(of: legacy), legacyIndex < plan.names.count - 1 else {
                    throw .layout("rebuild_interfaces needs \(legacy) before \(field.name)")
                }
                plan.steps.append(.trailingInterfaces(
                    try trailing(field.type, legacy: version.fields[legacyIndex].type, legacyIndex: legacyIndex)))
            } else if let fallback = field.defaultValue, let width = field.type.pythonLeafWidth {
                plan.steps.append(.defaulted(try step(field.type, in: .field), width: width, value: UInt64(fallback)))
            } else if field.readsHalves {
                guard field.type == .u128 else { throw .layout("\(field.name) is read as two u64 halves but is not a u128") }
                plan.steps.append(.value(.halves))
            } else if case .tagged(let element) = field.type {
                // An enum with payloads as an account field: its bodies are read like account fields.
                plan.steps.append(.value(.tagged(try tagged(element, bodies: .field, unknownTag: field.unknownTagReadsAs))))
            } else {
                plan.steps.append(.value(try step(field.type, in: .field)))
            }
        }
        return plan
    }

    /// The legacy field whose count a trailing field must match (`rebuild_interfaces`), if it is one.
    private func legacySlot(coupledTo name: String, in version: LayoutVersion) -> String? {
        for case .rebuildInterfaces(let legacy, let trailing) in version.rules where trailing == name { return legacy }
        return nil
    }

    /// Where a value sits. Vectors of elements follow a different loop in each.
    enum Context: String {
        /// An account field, or a field of an element of an account-level vector.
        case field
        /// The body of a legacy (tagged) interface element.
        case tagged
        /// The body of a trailing size-prefixed interface element.
        case sized
    }

    func step(_ type: FieldType, in context: Context) throws(PythonRaise) -> Step {
        switch type {
        case .u8: return .u8
        case .bool: return .bool
        case .u16: return .u16
        case .u32: return .u32
        case .u64: return .u64
        case .i64: return .i64
        case .f64: return .f64
        case .u128: return .u128
        case .pubkey: return .pubkey
        case .ipv4: return .ipv4
        case .networkV4: return .networkV4
        case .string: return .string
        case .enumeration(let id):
            switch try enums.kind(of: id) {
            case .bareInt: return .u8
            case .intEnum(let cls): return .member(cls)
            }
        case .vec(let element): return try vector(of: element, in: context)
        case .structure(let fields) where context == .field: return .structure(try members(fields, in: .field))
        case .option, .structure, .tagged, .sized, .bitmap:
            throw .layout("the Python SDK has no reader for a \(type.kindName) in this position")
        }
    }

    private func vector(of element: FieldType, in context: Context) throws(PythonRaise) -> Step {
        switch (context, element) {
        case (.field, .tagged(let tagged)):
            return .interfaceList(element: .tagged(try self.tagged(tagged, bodies: .tagged)))
        case (.field, .structure(let fields)):
            return .interfaceList(element: .structure(try members(fields, in: .field)))
        case (.field, _):
            guard let width = element.pythonLeafWidth else { break }
            return .strictVector(element: try step(element, in: .field), width: width)
        case (.sized, .structure(let fields)):
            var width = 0
            for field in fields {
                guard let fieldWidth = field.type.pythonLeafWidth else {
                    throw .layout("sized-element segments must be made of fixed-width fields")
                }
                width += fieldWidth
            }
            guard width > 0 else { throw .layout("sized-element segments must not be empty") }
            return .guardedSegments(try members(fields, in: .sized), width: width)
        case (.tagged, .structure(let fields)):
            return .discardedSegments(try members(fields, in: .tagged))
        default:
            break
        }
        throw .layout("the Python SDK has no reader for a vec of \(element.kindName) in a \(context.rawValue)")
    }

    private func members(_ fields: [Field], in context: Context) throws(PythonRaise) -> Members {
        var members = Members()
        for field in fields {
            members.names.append(field.name)
            members.steps.append(try step(field.type, in: context))
        }
        return members
    }

    /// Every variant, whatever the program does with unknown tags: the SDK reads nothing more for them.
    /// `bodies` is where the variants' fields sit: a legacy interface body, or an account field's.
    private func tagged(_ element: TaggedElement, bodies: Context, unknownTag: UInt8? = nil) throws(PythonRaise) -> TaggedPlan {
        let defaults = SDKDefaults.record(header: ["version"], element.fields)
        var variants: [(tag: UInt8, body: [(index: Int, step: Step)])] = []
        for variant in element.variants {
            var body: [(index: Int, step: Step)] = []
            for field in variant.fields {
                guard let index = defaults.entries.firstIndex(where: { $0.name == field.name }) else {
                    throw .layout("variant field \(field.name) is not in the element's union")
                }
                body.append((index: index, step: try step(field.type, in: bodies)))
            }
            variants.append((tag: variant.tag, body: body))
        }
        return TaggedPlan(defaults: defaults, variants: variants, unknownTag: unknownTag)
    }

    private func trailing(_ type: FieldType, legacy: FieldType, legacyIndex: Int) throws(PythonRaise) -> TrailingPlan {
        guard case .vec(.sized(let element)) = type else {
            throw .layout("rebuild_interfaces needs a vec of sized elements as its trailing field")
        }
        // The names a legacy element's record holds, in order (as taggedElement / structure build it).
        let legacyNames: [String] = switch legacy {
        case .vec(.tagged(let tagged)): ["version"] + tagged.fields.map(\.name)
        case .vec(.structure(let fields)): fields.map(\.name)
        default: []
        }
        let sources = element.fields.map { (legacyIndex: legacyNames.firstIndex(of: $0.name), fallback: SDKDefaults.value($0.type)) }
        return TrailingPlan(element: SizedPlan(version: element.version, body: try members(element.fields, in: .sized)),
                            legacyIndex: legacyIndex, rebuildSources: sources)
    }
}

/// The value a field keeps when the SDK does not read it (the dataclass default): zero, and member 0
/// for enums (unlike the program, which has per-enum defaults).
enum SDKDefaults {
    static func value(_ type: FieldType) -> Value {
        switch type {
        case .u8, .u16, .u32, .u64, .enumeration: .uint(0)
        case .i64: .int(0)
        case .u128: .u128(0)
        case .f64: .f64(0)
        case .bool: .bool(false)
        case .pubkey: .pubkey(.zero)
        case .ipv4: .ipv4(.zero)
        case .networkV4: .network(.zero)
        case .string, .bitmap: .string([])
        case .vec: .list([])
        case .option: .option(nil)
        case .structure(let fields): .record(record(header: [], fields))
        case .tagged(let element): .record(record(header: ["version"], element.fields))
        case .sized(let element): .record(record(header: ["size", "version"], element.fields))
        }
    }

    /// Zero header values (`version`, `size`) followed by every field's default.
    static func record(header: [String], _ fields: [Field]) -> Record {
        Record(header.map { (name: $0, value: Value.uint(0)) } + fields.map { (name: $0.name, value: value($0.type)) })
    }
}

extension FieldType {
    /// The width of a type the SDK reads with a fixed-width primitive (enums are not among them: they
    /// go through an IntEnum).
    var pythonLeafWidth: Int? {
        switch self {
        case .enumeration: nil
        default: fixedWidth
        }
    }
}
