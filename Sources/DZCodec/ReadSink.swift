/// What the field reader builds from what it reads. The reader (FieldReader.swift) holds the program's
/// rules; a sink only constructs. The span pass uses `SpanSink`, which builds nothing and compiles away;
/// a decode into a positional record `SlotSink`; materialising one field from the span table (the
/// streaming writer) `ValueSink`. `Builder` is a list or a record under construction.
protocol ReadSink {
    associatedtype Output
    associatedtype Builder

    /// The value step `step` takes when it is missing or failed.
    func zero(_ step: Int) -> Output
    func uint(_ value: UInt64) -> Output
    func int(_ value: Int64) -> Output
    func u128(_ value: UInt128) -> Output
    func f64(_ bits: UInt64) -> Output
    func bool(_ value: Bool) -> Output
    func pubkey(_ raw: UnsafeRawBufferPointer) -> Output
    func ipv4(_ raw: UnsafeRawBufferPointer) -> Output
    func network(_ raw: UnsafeRawBufferPointer) -> Output
    /// Valid UTF-8 (the reader has checked), or a bitmap's raw bytes.
    func string(_ raw: UnsafeRawBufferPointer) -> Output
    /// A vector of `count` fixed-width elements that read the same in every mode (LayoutPlan.rawWidth),
    /// wholly present in `raw`; nil: build it element by element.
    func rawList(_ raw: UnsafeRawBufferPointer, count: Int) -> Output?
    func option(_ value: Output?) -> Output

    func builder(capacity: Int) -> Builder
    func add(_ value: Output, to builder: inout Builder)
    func list(_ items: Builder) -> Output
    /// The fields of steps `fields.lowerBound…`, in order.
    func record(_ values: Builder, fields: Range<Int>) -> Output
    /// A tagged element whose body is the variant's fields in order (nil: the unknown-tag default body).
    func tagged(tag: UInt8, body: Builder?, plan: Int, variant: Int) -> Output
    func sized(size: Int, version: UInt8, body: Builder, fields: Range<Int>) -> Output
}

/// What a whole-account scan does with each top-level field's value besides recording its span.
protocol ScanSink: ReadSink {
    /// False: a run of plain fields wholly present is stepped over unread (LayoutPlan.isPlain).
    static var readsPlainFields: Bool { get }
    /// What the span table keeps of a read value: a scalar's value, a vector's element count.
    func scalar(of value: Output) -> UInt64
    /// Field `field` was read as `value`.
    func keep(_ value: Output, field: Int)
    /// Field `field` was missing or failed: it takes its default.
    func keepDefault(field: Int)
}

/// Builds nothing but what the span table keeps: a scalar's value and a vector's element count, which
/// the account-type check and the Device rule read.
struct SpanSink: ScanSink {
    static var readsPlainFields: Bool { false }
    @inline(__always) func scalar(of value: UInt64) -> UInt64 { value }
    @inline(__always) func keep(_ value: UInt64, field: Int) {}
    @inline(__always) func keepDefault(field: Int) {}
    @inline(__always) func zero(_ step: Int) -> UInt64 { 0 }
    @inline(__always) func uint(_ value: UInt64) -> UInt64 { value }
    @inline(__always) func int(_ value: Int64) -> UInt64 { 0 }
    @inline(__always) func u128(_ value: UInt128) -> UInt64 { 0 }
    @inline(__always) func f64(_ bits: UInt64) -> UInt64 { 0 }
    @inline(__always) func bool(_ value: Bool) -> UInt64 { 0 }
    @inline(__always) func pubkey(_ raw: UnsafeRawBufferPointer) -> UInt64 { 0 }
    @inline(__always) func ipv4(_ raw: UnsafeRawBufferPointer) -> UInt64 { 0 }
    @inline(__always) func network(_ raw: UnsafeRawBufferPointer) -> UInt64 { 0 }
    @inline(__always) func string(_ raw: UnsafeRawBufferPointer) -> UInt64 { 0 }
    @inline(__always) func rawList(_ raw: UnsafeRawBufferPointer, count: Int) -> UInt64? { UInt64(count) }
    @inline(__always) func option(_ value: UInt64?) -> UInt64 { 0 }
    @inline(__always) func builder(capacity: Int) -> UInt64 { 0 }
    @inline(__always) func add(_ value: UInt64, to builder: inout UInt64) { builder &+= 1 }
    @inline(__always) func list(_ items: UInt64) -> UInt64 { items }
    @inline(__always) func record(_ values: UInt64, fields: Range<Int>) -> UInt64 { 0 }
    @inline(__always) func tagged(tag: UInt8, body: UInt64?, plan: Int, variant: Int) -> UInt64 { 0 }
    @inline(__always) func sized(size: Int, version: UInt8, body: UInt64, fields: Range<Int>) -> UInt64 { 0 }
}

/// Builds `Value`s, names and defaults from the plan.
struct ValueSink: ReadSink {
    let plan: LayoutPlan

    func zero(_ step: Int) -> Value { plan.zeros[step] }
    func uint(_ value: UInt64) -> Value { .uint(value) }
    func int(_ value: Int64) -> Value { .int(value) }
    func u128(_ value: UInt128) -> Value { .u128(value) }
    func f64(_ bits: UInt64) -> Value { .f64(bits) }
    func bool(_ value: Bool) -> Value { .bool(value) }

    func pubkey(_ raw: UnsafeRawBufferPointer) -> Value {
        .pubkey(Pubkey(bytes: (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                               raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))))
    }

    func ipv4(_ raw: UnsafeRawBufferPointer) -> Value { .ipv4(IPv4(raw[0], raw[1], raw[2], raw[3])) }
    func network(_ raw: UnsafeRawBufferPointer) -> Value {
        .network(NetworkV4(address: IPv4(raw[0], raw[1], raw[2], raw[3]), prefix: raw[4]))
    }

    func string(_ raw: UnsafeRawBufferPointer) -> Value { .string(Array(raw)) }
    func rawList(_ raw: UnsafeRawBufferPointer, count: Int) -> Value? { nil }
    func option(_ value: Value?) -> Value { .option(value) }

    func builder(capacity: Int) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(capacity)
        return values
    }

    func add(_ value: Value, to builder: inout [Value]) { builder.append(value) }
    func list(_ items: [Value]) -> Value { .list(items) }

    func record(_ values: [Value], fields: Range<Int>) -> Value {
        .record(Record(zip(plan.names[fields], values).map { (name: $0, value: $1) }))
    }

    func tagged(tag: UInt8, body: [Value]?, plan index: Int, variant: Int) -> Value {
        plan.taggedValue(tag: tag, plan: index, variant: body == nil ? nil : variant) { body![$0] }
    }

    func sized(size: Int, version: UInt8, body: [Value], fields: Range<Int>) -> Value {
        plan.sizedValue(size: size, version: version, fields: fields) { body[$0] }
    }
}

/// Writes each value into the slots of a positional record as it is read: no value is a heap object.
/// Children go to the arena's end; a builder is a block of slots reserved there.
struct SlotSink: ScanSink {
    /// The plan and arena outlive every decode that uses the sink (`LayoutPlan.decode(_:into:)`).
    unowned(unsafe) let plan: LayoutPlan
    let arena: UnsafeMutablePointer<SlotArena>
    /// The input's start, so that strings and raw vectors are stored as offsets into it.
    let base: UnsafeRawPointer

    struct Block {
        var first: Int
        var count = 0
        var capacity: Int
    }

    static var readsPlainFields: Bool { true }
    @inline(__always) func scalar(of value: Slot) -> UInt64 { value.a }
    @inline(__always) func keep(_ value: Slot, field: Int) { arena.pointee[field] = value }
    @inline(__always) func keepDefault(field: Int) { arena.pointee[field] = plan.defaultSlots[field] }

    @inline(__always) func zero(_ step: Int) -> Slot { plan.zeroSlots[step] }
    @inline(__always) func uint(_ value: UInt64) -> Slot { Slot(a: value) }
    @inline(__always) func int(_ value: Int64) -> Slot { Slot(a: UInt64(bitPattern: value)) }
    @inline(__always) func u128(_ value: UInt128) -> Slot { Slot(a: UInt64(truncatingIfNeeded: value), b: UInt64(truncatingIfNeeded: value >> 64)) }
    @inline(__always) func f64(_ bits: UInt64) -> Slot { Slot(a: bits) }
    @inline(__always) func bool(_ value: Bool) -> Slot { Slot(a: value ? 1 : 0) }

    @inline(__always) func pubkey(_ raw: UnsafeRawBufferPointer) -> Slot {
        Slot(a: UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)), b: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
             c: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
             d: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)))
    }

    @inline(__always) func ipv4(_ raw: UnsafeRawBufferPointer) -> Slot { Slot(a: UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))) }
    @inline(__always) func network(_ raw: UnsafeRawBufferPointer) -> Slot {
        Slot(a: UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self))) | UInt64(raw[4]) << 32)
    }

    @inline(__always) func string(_ raw: UnsafeRawBufferPointer) -> Slot { range(raw, count: raw.count) }
    @inline(__always) func rawList(_ raw: UnsafeRawBufferPointer, count: Int) -> Slot? { range(raw, count: count) }

    @inline(__always) private func range(_ raw: UnsafeRawBufferPointer, count: Int) -> Slot {
        Slot(a: UInt64(count), offset: raw.baseAddress.map { $0 - base } ?? 0, length: raw.count)
    }

    func option(_ value: Slot?) -> Slot {
        guard let value else { return Slot() }
        let index = arena.pointee.reserve(1)
        arena.pointee[index] = value
        return Slot(a: 1, b: UInt64(index))
    }

    @inline(__always) func builder(capacity: Int) -> Block { Block(first: arena.pointee.reserve(capacity), capacity: capacity) }

    @inline(__always) func add(_ value: Slot, to block: inout Block) {
        if block.count == block.capacity {
            // More elements than the bytes promised room for (a count read before its elements): move the
            // block to the end, twice as large. Its children stay where they are.
            let capacity = max(4, block.capacity * 2)
            let first = arena.pointee.reserve(capacity)
            arena.pointee.slots.advanced(by: first).update(from: arena.pointee.slots.advanced(by: block.first), count: block.count)
            (block.first, block.capacity) = (first, capacity)
        }
        arena.pointee[block.first + block.count] = value
        block.count += 1
    }

    @inline(__always) func list(_ items: Block) -> Slot { Slot(a: UInt64(items.count), b: UInt64(items.first)) }
    @inline(__always) func record(_ values: Block, fields: Range<Int>) -> Slot { Slot(a: UInt64(values.count), b: UInt64(values.first)) }

    func tagged(tag: UInt8, body: Block?, plan index: Int, variant: Int) -> Slot {
        Slot(a: UInt64(body?.count ?? 0), b: UInt64(body?.first ?? 0), c: UInt64(tag), d: body == nil ? 0 : UInt64(variant + 1))
    }

    func sized(size: Int, version: UInt8, body: Block, fields: Range<Int>) -> Slot {
        Slot(a: UInt64(body.count), b: UInt64(body.first), c: UInt64(size), d: UInt64(version))
    }
}
