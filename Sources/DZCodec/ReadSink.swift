/// What the field reader builds from what it reads. The reader (FieldReader.swift) holds the program's
/// rules; a sink only constructs. The span pass uses `SpanSink`, which builds nothing and compiles away;
/// materialisation uses `ValueSink`. `Builder` is a list or a record under construction.
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

/// Builds nothing but what the span table keeps: a scalar's value and a vector's element count, which
/// the account-type check and the Device rule read.
struct SpanSink: ReadSink {
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
        let element = plan.tagged[index]
        var record = Record([(name: "version", value: .uint(UInt64(tag)))])
        record.entries.reserveCapacity(element.union.count + 1)
        for (position, step) in element.union.enumerated() {
            let slot = body == nil ? nil : element.variants[variant].slots[position]
            record.entries.append((name: plan.names[step], value: slot.map { body![$0] } ?? plan.zeros[step]))
        }
        return .record(record)
    }

    func sized(size: Int, version: UInt8, body: [Value], fields: Range<Int>) -> Value {
        .record(Record([(name: "size", value: .uint(UInt64(size))), (name: "version", value: .uint(UInt64(version)))])
            + Record(zip(plan.names[fields], body).map { (name: $0, value: $1) }))
    }
}
