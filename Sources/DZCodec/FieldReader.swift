/// How the program reads one field (docs/program-rules.md §2): the one copy of the value-level rules. Generic over
/// what is built, so the zero-copy span pass and materialisation run the same code.
extension LayoutPlan {
    /// Which reader is reading.
    enum ReadMode {
        /// A hand-written TryFrom reader at an account's top level: its vector helpers have rules of
        /// their own; otherwise as `lenient`.
        case topLevel
        /// A hand-written reader: unknown enum values fall back, any non-zero bool is true.
        case lenient
        /// Derived Borsh (instruction args, legacy interface bodies): unknown enum values and bools
        /// other than 0/1 fail.
        case strict
    }

    /// Reads one value. Scalars are read here, inlined into the caller's loop; values with structure
    /// (and strings, for their validation) go through `readComposite`, which recurses.
    @inline(__always)
    func read<S: ReadSink>(_ index: Int, _ cursor: inout Cursor, _ mode: ReadMode, _ sink: S) throws(ReadFailure) -> S.Output {
        switch steps[index].kind {
        case .u8: return sink.uint(UInt64(try cursor.readByte()))
        case .u16: return sink.uint(try cursor.readLittleEndian(2))
        case .u32: return sink.uint(try cursor.readLittleEndian(4))
        case .u64: return sink.uint(try cursor.readLittleEndian(8))
        case .i64: return sink.int(Int64(bitPattern: try cursor.readLittleEndian(8)))
        case .f64: return sink.f64(try cursor.readLittleEndian(8))
        case .u128:
            let low = try cursor.readLittleEndian(8)
            let high = try cursor.readLittleEndian(8)
            return sink.u128(UInt128(high) << 64 | UInt128(low))
        case .bool:
            let raw = try cursor.readByte()
            if mode == .strict && raw > 1 { throw .invalidBool(raw) }
            return sink.bool(raw != 0)
        case .enumeration:
            let raw = try cursor.readByte()
            guard steps[index].isKnown(raw) else {
                if mode == .strict { throw .unknownEnum(enumIndex: steps[index].enumIndex, value: raw) }
                return sink.uint(UInt64(steps[index].fallback))
            }
            return sink.uint(UInt64(raw))
        case .pubkey: return sink.pubkey(try cursor.readBytes(32))
        case .ipv4: return sink.ipv4(try cursor.readBytes(4))
        case .networkV4:
            let raw = try cursor.readBytes(5)
            guard raw[4] <= 32 else { throw .networkPrefix(raw[4]) }
            return sink.network(raw)
        case .string, .vec, .option, .structure, .tagged, .sized, .bitmap:
            return try readComposite(index, &cursor, mode, sink)
        }
    }

    private func readComposite<S: ReadSink>(_ index: Int, _ cursor: inout Cursor, _ mode: ReadMode, _ sink: S) throws(ReadFailure) -> S.Output {
        switch steps[index].kind {
        case .string:
            let length = try cursor.readLittleEndian(4)
            let content = try cursor.readBytes(length)
            guard UTF8Validation.isValid(content) else { throw .invalidUTF8 }
            return sink.string(content)
        case .vec:
            guard let reading = vectorReading(index, mode) else { return readSizedVec(steps[index].child, &cursor, sink) }
            if reading.shortIsEmpty && cursor.remaining < 4 { return sink.list(sink.builder(capacity: 0)) }
            return try readVec(reading.element, &cursor, reading.mode, sink)
        case .option:
            switch try cursor.readByte() {
            case 0: return sink.option(nil)
            case 1: return sink.option(try read(steps[index].child, &cursor, mode == .strict ? .strict : .lenient, sink))
            case let tag: throw .invalidOptionTag(tag)
            }
        case .structure:
            let fields = steps[index].fields
            var values = sink.builder(capacity: fields.count)
            for field in fields { sink.add(try read(field, &cursor, .strict, sink), to: &values) }
            return sink.record(values, fields: fields)
        case .tagged:
            return try readTagged(steps[index].child, &cursor, sink)
        case .bitmap:
            // The rest of the input: the scan has moved the cursor to the bitmap's start.
            return sink.string(try cursor.readBytes(UInt64(cursor.remaining)))
        case .sized:
            // Only inside the trailing vec (readSizedVec); reaching here means a layout nests it elsewhere.
            let fields = steps[index].fields
            var values = sink.builder(capacity: fields.count)
            for field in fields { sink.add(sink.zero(field), to: &values) }
            return sink.record(values, fields: fields)
        case .u8, .u16, .u32, .u64, .u128, .i64, .f64, .bool, .enumeration, .pubkey, .ipv4, .networkV4:
            return try read(index, &cursor, mode, sink)  // not reached: `read` keeps scalars
        }
    }

    /// How the vector at step `index` is read by a reader in `mode`: its element step, the mode its scalar
    /// elements are read in, and whether fewer than 4 bytes make it empty (deserialize_vec_with_capacity,
    /// which consumes nothing then). nil: a top-level vector of size-prefixed elements (`readSizedVec`).
    @inline(__always)
    func vectorReading(_ index: Int, _ mode: ReadMode) -> (element: Int, mode: ReadMode, shortIsEmpty: Bool)? {
        let element = steps[index].child
        guard mode == .topLevel else { return (element, .strict, false) }
        if steps[index].shortCountIsEmpty { return (element, .lenient, true) }
        if case .sized = steps[element].kind { return nil }
        return (element, .strict, false)
    }

    /// The width of a value whose bytes are its value and that every mode reads alike (no validation,
    /// no fallback), or nil.
    @inline(__always)
    func rawWidth(_ index: Int) -> Int? {
        switch steps[index].kind {
        case .u8, .u16, .u32, .u64, .u128, .i64, .f64, .pubkey, .ipv4: steps[index].width
        default: nil
        }
    }

    /// The mode an element of a vector is read in: scalars by the vector's mode, others strictly.
    func elementMode(_ element: Int, _ mode: ReadMode) -> ReadMode { steps[element].isScalar ? mode : .strict }

    /// A Borsh vector: the count, then the elements. Running out of input fails the whole vector; the
    /// capacity never comes from the count alone.
    private func readVec<S: ReadSink>(_ element: Int, _ cursor: inout Cursor, _ mode: ReadMode, _ sink: S) throws(ReadFailure) -> S.Output {
        let count = try cursor.readLittleEndian(4)
        // Elements that are their own bytes, all present: one range, where the sink takes it so.
        if let width = rawWidth(element), count &* UInt64(width) <= UInt64(cursor.remaining),  // count < 2³², width ≤ 32
           let list = sink.rawList(cursor.upcoming(Int(count) &* width), count: Int(count)) {
            cursor.skip(Int(count) &* width)
            return list
        }
        var items = sink.builder(capacity: Int(min(count, UInt64(cursor.remaining))))
        let elementMode = elementMode(element, mode)
        for _ in 0..<count { sink.add(try read(element, &cursor, elementMode, sink), to: &items) }
        return sink.list(items)
    }

    /// A legacy interface element: tag, then that variant's derived body; unknown tags per the layout.
    private func readTagged<S: ReadSink>(_ index: Int, _ cursor: inout Cursor, _ sink: S) throws(ReadFailure) -> S.Output {
        let tag = try cursor.readByte()
        let variantIndex = Int(tagged[index].variantOfTag[Int(tag)])
        guard variantIndex >= 0 else {
            switch tagged[index].unknownTag {
            case .fail: throw .unknownInterfaceTag(tag)
            case .defaultBody(let defaultTag): return sink.tagged(tag: defaultTag, body: nil, plan: index, variant: 0)
            }
        }
        let fields = tagged[index].variants[variantIndex].fields
        var body = sink.builder(capacity: fields.count)
        for field in fields { sink.add(try read(field, &cursor, .strict, sink), to: &body) }
        return sink.tagged(tag: tag, body: body, plan: index, variant: variantIndex)
    }

    /// The Device trailing vec of size-prefixed elements. Any failure makes it empty (then rebuilt).
    private func readSizedVec<S: ReadSink>(_ element: Int, _ cursor: inout Cursor, _ sink: S) -> S.Output {
        let fields = steps[element].fields
        do throws(ReadFailure) {
            let count = try cursor.readLittleEndian(4)
            var items = sink.builder(capacity: Int(min(count, UInt64(cursor.remaining / 3))))
            for _ in 0..<count {
                let size = Int(try cursor.readLittleEndian(2))
                let version = try cursor.readByte()
                var body = Cursor(try cursor.readBytes(UInt64(max(size - 3, 0))))
                var values = sink.builder(capacity: fields.count)
                for field in fields {
                    // Each body field falls back on its own, as a top-level field does.
                    let value: S.Output
                    do { value = try read(field, &body, .topLevel, sink) } catch { value = sink.zero(field) }
                    sink.add(value, to: &values)
                }
                sink.add(sink.sized(size: size, version: version, body: values, fields: fields), to: &items)
            }
            return sink.list(items)
        } catch {
            cursor.drain()
            return sink.list(sink.builder(capacity: 0))
        }
    }
}
