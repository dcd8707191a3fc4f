import DZLayouts

/// Where one encoded field lies in the output: the corpus aims its damage with these.
public struct FieldSpan: Sendable {
    /// `deprecated_interfaces[0].name`
    public var path: String
    public var type: FieldType
    public var offset: Int
    public var length: Int
}

/// Writes values as the program's Borsh bytes for one layout version. A field missing from the record
/// is written as its type's default, so a record of today's fields encodes with any older version.
///
/// It walks the version's compiled plan (`LayoutPlan`), reads values in place (by address: copying one
/// out of its array costs a call, a retain and a release), writes into raw memory (`ByteOutput`) and
/// builds field paths only for errors and spans (`EncodingPath`): an encode into a reused buffer
/// allocates nothing.
public struct BinaryEncoder {
    private let plan: LayoutPlan
    private var output: ByteOutput
    /// Filled only by `encodeWithSpans`: every field, nested ones included, in write order.
    private var spans: [FieldSpan]?

    public static func encode(
        _ record: Record, _ version: LayoutVersion, registry: Registry = .standard
    ) throws(EncodingError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        try encode(record, with: LayoutPlan.cached(for: version, registry: registry), into: &bytes)
        return bytes
    }

    /// The fast path: encodes with a plan the caller keeps (`LayoutPlan.cached`) into `buffer`, replacing
    /// its content and keeping its capacity, so a loop that reuses one buffer allocates nothing. After
    /// an error the buffer's content is unspecified.
    public static func encode(_ record: Record, with plan: LayoutPlan, into buffer: inout [UInt8]) throws(EncodingError) {
        try ByteOutput.fill(&buffer) { (output) throws(EncodingError) in
            var encoder = BinaryEncoder(plan: plan, output: output)
            try encoder.writeTopLevel(record)
            output = encoder.output
        }
    }

    /// The bytes and where every field (nested fields too) starts and ends.
    public static func encodeWithSpans(
        _ record: Record, _ version: LayoutVersion, registry: Registry = .standard
    ) throws(EncodingError) -> (bytes: [UInt8], spans: [FieldSpan]) {
        let plan = LayoutPlan.cached(for: version, registry: registry)
        var bytes: [UInt8] = []
        var spans: [FieldSpan] = []
        try ByteOutput.fill(&bytes) { (output) throws(EncodingError) in
            var encoder = BinaryEncoder(plan: plan, output: output, spans: [])
            try encoder.writeTopLevel(record)
            (output, spans) = (encoder.output, encoder.spans ?? [])
        }
        return (bytes, spans)
    }

    /// Instruction data: the variant tag, then the args.
    public static func encodeInstruction(
        _ args: Record, _ version: LayoutVersion, variant: UInt8, registry: Registry = .standard
    ) throws(EncodingError) -> [UInt8] {
        let plan = LayoutPlan.cached(for: version, registry: registry)
        var bytes: [UInt8] = []
        try ByteOutput.fill(&bytes) { (output) throws(EncodingError) in
            output.append(variant)
            var encoder = BinaryEncoder(plan: plan, output: output)
            try encoder.writeTopLevel(args)
            output = encoder.output
        }
        return bytes
    }

    private mutating func writeTopLevel(_ record: Record) throws(EncodingError) {
        try withUnsafePointer(to: EncodingPath(parent: nil, component: .root)) { (root) throws(EncodingError) in
            try write(record, fields: 0..<plan.fieldCount, path: root)
        }
    }

    private mutating func write(_ record: Record, fields: Range<Int>, path: UnsafePointer<EncodingPath>) throws(EncodingError) {
        try record.entries.withUnsafeBufferPointer { (entries) throws(EncodingError) in
            var matcher = EntryMatcher(entries)
            for step in fields {
                if let value = matcher.find(plan.names[step]) {
                    // Scalars are written right here; everything else (and every error) needs the path.
                    if spans == nil && writeScalar(value, plan.steps[step].kind) { continue }
                    try withUnsafePointer(to: EncodingPath(parent: path, component: .field(step))) { (path) throws(EncodingError) in
                        try write(value, step, path: path)
                    }
                } else {
                    try withUnsafePointer(to: EncodingPath(parent: path, component: .field(step))) { (path) throws(EncodingError) in
                        try withUnsafePointer(to: plan.zeros[step]) { (zero) throws(EncodingError) in try write(zero, step, path: path) }
                    }
                }
            }
        }
    }

    private mutating func write(_ value: UnsafePointer<Value>, _ step: Int, path: UnsafePointer<EncodingPath>) throws(EncodingError) {
        // A bitmap starts at its byte of the account: the header's unused tail is zero padding.
        if plan.steps[step].kind == .bitmap {
            let start = plan.steps[step].start
            guard output.count <= start else { throw .headerPastBitmap(path: render(path), end: output.count, start: start) }
            while output.count < start { output.append(0) }
        }
        guard spans != nil else { return try writeValue(value, step, path: path) }
        let start = output.count
        let index = spans!.count
        spans!.append(FieldSpan(path: path.pointee.rendered(names: plan.names), type: plan.types[step], offset: start, length: 0))
        try writeValue(value, step, path: path)
        spans![index].length = output.count - start
    }

    /// A scalar of the step's type that fits it; false, having written nothing, for anything else.
    @inline(__always)
    private mutating func writeScalar(_ value: UnsafePointer<Value>, _ kind: Step.Kind) -> Bool {
        switch value.pointee {
        case .uint(let v):
            guard let width = Self.integerWidth(kind), width == 8 || v >> (width * 8) == 0 else { return false }
            output.append(v, width: width)
        case .int(let v) where kind == .i64: output.append(UInt64(bitPattern: v), width: 8)
        case .f64(let bits) where kind == .f64: output.append(bits, width: 8)
        case .u128(let v) where kind == .u128:
            output.append(UInt64(truncatingIfNeeded: v), width: 8)
            output.append(UInt64(truncatingIfNeeded: v >> 64), width: 8)
        case .bool(let flag) where kind == .bool: output.append(flag ? 1 : 0)
        case .pubkey(let key) where kind == .pubkey: withUnsafeBytes(of: key.bytes) { output.append($0) }
        case .ipv4(let address) where kind == .ipv4: withUnsafeBytes(of: address.octets) { output.append($0) }
        case .network(let network) where kind == .networkV4:
            withUnsafeBytes(of: network.address.octets) { output.append($0) }
            output.append(network.prefix)
        default: return false
        }
        return true
    }

    /// The bytes of an unsigned integer (or enum) step.
    private static func integerWidth(_ kind: Step.Kind) -> Int? {
        switch kind {
        case .u8, .enumeration: 1
        case .u16: 2
        case .u32: 4
        case .u64: 8
        default: nil
        }
    }

    /// Values with structure, and the errors of the rest.
    private mutating func writeValue(_ value: UnsafePointer<Value>, _ step: Int, path: UnsafePointer<EncodingPath>) throws(EncodingError) {
        let kind = plan.steps[step].kind
        if writeScalar(value, kind) { return }
        switch value.pointee {
        case .uint(let v) where Self.integerWidth(kind) != nil:
            throw .valueOutOfRange(path: render(path), value: String(v), type: plan.types[step].kindName)
        case .string(let text) where kind == .string:
            try writeLength(text.count, path: path)
            text.withUnsafeBytes { output.append($0) }
        case .string(let bytes) where kind == .bitmap: bytes.withUnsafeBytes { output.append($0) }
        case .list(let items) where kind == .vec:
            let items = items ?? []
            try writeLength(items.count, path: path)
            let element = plan.steps[step].child
            let elementKind = plan.steps[element].kind
            try items.withUnsafeBufferPointer { (items) throws(EncodingError) in
                for index in items.indices {
                    let item = items.baseAddress.unsafelyUnwrapped + index
                    if spans == nil && writeScalar(item, elementKind) { continue }
                    try withUnsafePointer(to: EncodingPath(parent: path, component: .element(index))) { (path) throws(EncodingError) in
                        try write(item, element, path: path)
                    }
                }
            }
        case .option(let inner) where kind == .option:
            if let inner {
                output.append(1)
                try withUnsafePointer(to: inner) { (inner) throws(EncodingError) in try write(inner, plan.steps[step].child, path: path) }
            } else {
                output.append(0)
            }
        case .record(let record) where kind == .structure: try write(record, fields: plan.steps[step].fields, path: path)
        case .record(let record) where kind == .tagged:
            let tag = UInt8(truncatingIfNeeded: version(of: record) ?? 0)
            let element = plan.tagged[plan.steps[step].child]
            let variant = Int(element.variantOfTag[Int(tag)])
            guard variant >= 0 else { throw .unknownTag(path: render(path), tag: tag) }
            output.append(tag)
            try write(record, fields: element.variants[variant].fields, path: path)
        case .record(let record) where kind == .sized:
            let start = output.count
            // The u16 size is patched in once the body is written.
            output.append(0, width: 2)
            output.append(UInt8(truncatingIfNeeded: version(of: record) ?? UInt64(plan.steps[step].stamp)))
            try write(record, fields: plan.steps[step].fields, path: path)
            let size = output.count - start
            guard size <= Int(UInt16.max) else { throw .elementTooLarge(path: render(path), size: size) }
            output.set(UInt8(size & 0xFF), at: start)
            output.set(UInt8(size >> 8), at: start + 1)
        default:
            throw .typeMismatch(path: render(path), expected: plan.types[step].kindName, found: value.pointee.kindDescription)
        }
    }

    /// The `version` entry of a tagged or sized element, read in place.
    private func version(of record: Record) -> UInt64? {
        record.entries.withUnsafeBufferPointer { entries in
            var matcher = EntryMatcher(entries)
            return matcher.find("version")?.pointee.uintValue
        }
    }

    /// A string length or vector count: a u32.
    private mutating func writeLength(_ count: Int, path: UnsafePointer<EncodingPath>) throws(EncodingError) {
        guard count <= Int(UInt32.max) else { throw .valueOutOfRange(path: render(path), value: String(count), type: "u32") }
        output.append(UInt64(count), width: 4)
    }

    private func render(_ path: UnsafePointer<EncodingPath>) -> String { path.pointee.rendered(names: plan.names) }
}

extension Value {
    /// The case name, for error messages.
    public var kindDescription: String {
        switch self {
        case .uint: "unsigned integer"
        case .int: "signed integer"
        case .u128: "u128"
        case .f64: "f64"
        case .bool: "bool"
        case .pubkey: "pubkey"
        case .ipv4: "ipv4"
        case .network: "networkv4"
        case .string: "string"
        case .list: "list"
        case .option: "option"
        case .record: "record"
        case .run: "run of copies"
        }
    }
}
