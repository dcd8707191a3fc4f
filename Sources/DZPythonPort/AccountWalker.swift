import DZCodec
import DZLayouts

/// The Python SDK's account decoders (`User.from_bytes`, `Device.from_bytes`, …, docs/readers.md §3): a
/// compiled layout version run over the DefensiveReader, field by field in wire order.
struct AccountWalker {
    var reader: DefensiveReader
    let shared: SharedValues
    /// What the lists an unguarded count can make large cost in CPython's memory (reader-contract §3).
    var memory = MemoryMeter(.py)

    init(_ data: UnsafeRawBufferPointer, shared: SharedValues) {
        reader = DefensiveReader(data)
        self.shared = shared
    }

    mutating func account(_ plan: AccountPlan) throws(PythonRaise) -> Record {
        var record = Record()
        record.entries.reserveCapacity(plan.steps.count)
        for index in plan.steps.indices {
            let value: Value
            switch plan.steps[index] {
            case .value(let step):
                value = try read(step)
            case .defaulted(let step, let width, let fallback):
                value = reader.remaining >= width ? try read(step) : shared.uint(fallback)
            case .trailingInterfaces(let trailing):
                value = try trailingInterfaces(trailing, legacy: record.entries[trailing.legacyIndex].value.listValue ?? [])
            }
            record.entries.append((name: plan.names[index], value: value))
        }
        return record
    }

    /// One value with the SDK's primitives.
    mutating func read(_ step: Step) throws(PythonRaise) -> Value {
        switch step {
        case .u8: return shared.uint(UInt64(reader.u8()))
        case .bool: return shared.bool(reader.u8() != 0)
        case .u16: return shared.uint(reader.u16())
        case .u32: return shared.uint(UInt64(reader.u32()))
        case .u64: return shared.uint(reader.u64())
        case .i64: return .int(Int64(bitPattern: reader.u64()))
        case .f64: return .f64(reader.u64())
        case .u128: return .u128(reader.u128())
        case .halves:
            let low = reader.u64()
            return .u128(UInt128(reader.u64()) << 64 | UInt128(low))
        case .pubkey: return .pubkey(reader.pubkey())
        case .ipv4: return .ipv4(reader.ipv4())
        case .networkV4: return .network(reader.networkV4())
        case .string:
            let bytes = try reader.string()
            return bytes.isEmpty ? shared.emptyString : .string(bytes)
        case .member(let cls):
            // The byte is wrapped in its IntEnum at decode: a value the class lacks raises right here.
            let raw = reader.u8()
            guard cls.contains(raw) else { throw .notAValidMember(value: raw, className: cls.className) }
            return shared.uint(UInt64(raw))
        case .strictVector(let element, let width): return try strictVector(of: element, width: width)
        case .interfaceList(let element): return try interfaceList(of: element)
        case .structure(let members): return .record(try structure(members))
        case .tagged(let plan): return try taggedElement(plan)
        case .guardedSegments(let members, let width): return try guardedSegments(members, width: width)
        case .discardedSegments(let members): return try discardedSegments(members)
        }
    }

    /// A vector of fixed-width values: "are 4 bytes left?", then the strict read. Whole elements are
    /// read while they fit, then the first missing one raises (a count like 0xFFFFFFFF costs nothing).
    private mutating func strictVector(of element: Step, width: Int) throws(PythonRaise) -> Value {
        guard reader.has(4) else { return shared.emptyList }
        let count = Int(reader.u32())
        let fitting = min(count, reader.remaining / width)
        var items: [Value] = []
        items.reserveCapacity(fitting)
        for _ in 0..<fitting { items.append(try read(element)) }
        if fitting < count { throw .notEnoughData(width: width, offset: reader.offset) }
        return .list(items)
    }

    /// Plain fields in order.
    mutating func structure(_ members: Members) throws(PythonRaise) -> Record {
        var record = Record()
        record.entries.reserveCapacity(members.steps.count)
        try append(members, to: &record)
        return record
    }

    /// Reads `members` onto the end of `record`.
    mutating func append(_ members: Members, to record: inout Record) throws(PythonRaise) {
        for index in members.steps.indices {
            record.entries.append((name: members.names[index], value: try read(members.steps[index])))
        }
    }
}

/// Values a decode produces over and over, boxed once (`Value` is indirect: every new one is a heap
/// allocation) and shared by every record.
final class SharedValues: Sendable {
    private let smallIntegers: [Value] = (0..<256).map { Value.uint(UInt64($0)) }
    private let flags: [Value] = [.bool(false), .bool(true)]
    let emptyList = Value.list([])
    let emptyString = Value.string([])

    func uint(_ value: UInt64) -> Value { value < 256 ? smallIntegers[Int(value)] : .uint(value) }
    func bool(_ flag: Bool) -> Value { flags[flag ? 1 : 0] }
}
