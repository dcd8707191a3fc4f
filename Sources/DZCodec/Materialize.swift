import DZLayouts

/// Values from a span table: the reader runs again over one field's span, this time building values.
/// It read those bytes once, so it reads them the same way again; no rule is decided here.
extension LayoutPlan {
    /// One top-level field's value, from the table a `scan` of these same `bytes` filled.
    public func value(ofField index: Int, in bytes: UnsafeRawBufferPointer, table: SpanTable) -> Value {
        if let rule = rebuildingRule(of: index, table) {
            let legacy = value(ofField: rule.legacy, in: bytes, table: table)
            return .list((legacy.listValue ?? []).map(Self.rebuild))
        }
        let entry = table.entries[index]
        guard entry.state == .read else { return defaults[index] }
        precondition(entry.offset + entry.length <= bytes.count, "not the bytes the table was filled from")
        var cursor = Cursor(UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<(entry.offset + entry.length)]))
        return (try? read(index, &cursor, fieldMode, ValueSink(plan: self))) ?? defaults[index]
    }

    /// The elements of the top-level vector `index`, one at a time, for a writer that must not hold them
    /// all (13 M of a 65 MB account's dz_prefixes). False, with `body` never called, where the field is
    /// not a vector read whole from its span (missing, defaulted, rebuilt, or of size-prefixed elements):
    /// take `value(ofField:)` then.
    public func forEachElement(
        ofField index: Int, in bytes: UnsafeRawBufferPointer, table: SpanTable, _ body: (Value) throws -> Void
    ) rethrows -> Bool {
        let entry = table.entries[index]
        guard steps[index].kind == .vec, entry.state == .read, rebuildingRule(of: index, table) == nil,
              let reading = vectorReading(index, fieldMode) else { return false }
        precondition(entry.offset + entry.length <= bytes.count, "not the bytes the table was filled from")
        var cursor = Cursor(UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<(entry.offset + entry.length)]))
        if reading.shortIsEmpty && cursor.remaining < 4 { return true }
        // The scan read these bytes as this vector, so neither the count nor an element fails now.
        guard let count = try? cursor.readLittleEndian(4) else { return false }
        let mode = elementMode(reading.element, reading.mode), sink = ValueSink(plan: self)
        for _ in 0..<count {
            guard let element = try? read(reading.element, &cursor, mode, sink) else { break }
            try body(element)
        }
        return true
    }

    /// The rule that rebuilt field `index` from another field in this decode, if one did.
    func rebuildingRule(of index: Int, _ table: SpanTable) -> RebuildRule? {
        guard table.rebuilt != 0 else { return nil }
        return rules.enumerated().first { $0.element.trailing == index && table.rebuilt & (1 << UInt64($0.offset)) != 0 }?.element
    }

    /// The whole decode as a tree: every field's value and outcome, derived from the record that
    /// `decode(_:into:)` filled from these same `bytes`.
    public func decoding(of bytes: UnsafeRawBufferPointer, record: PositionalRecord) -> ProgramDecoding {
        var values = Record()
        values.entries.reserveCapacity(fieldCount)
        var outcomes: [(field: String, offset: Int, outcome: FieldOutcome)] = []
        outcomes.reserveCapacity(fieldCount)
        for index in 0..<fieldCount {
            values.entries.append((name: names[index], value: value(ofField: index, in: bytes, record: record)))
            outcomes.append((field: names[index], offset: record.table.entries[index].offset, outcome: outcome(ofField: index, table: record.table)))
        }
        return ProgramDecoding(record: values, outcomes: outcomes, consumed: record.table.consumed)
    }

    /// One top-level field's value, from a record of these same `bytes`.
    public func value(ofField index: Int, in bytes: UnsafeRawBufferPointer, record: PositionalRecord) -> Value {
        if let rule = rebuildingRule(of: index, record.table) {
            let legacy = value(ofField: rule.legacy, in: bytes, record: record)
            return .list((legacy.listValue ?? []).map(Self.rebuild))
        }
        return value(of: record.field(index), step: index, in: bytes, slots: record.slots)
    }

    /// The value a slot holds, read as step `step`; its children are in `slots`.
    private func value(of slot: Slot, step: Int, in bytes: UnsafeRawBufferPointer, slots: UnsafePointer<Slot>) -> Value {
        if slot.isZeroRecord { return zeros[step] }
        func child(_ index: Int, _ step: Int) -> Value { value(of: slots[slot.firstChild + index], step: step, in: bytes, slots: slots) }
        switch steps[step].kind {
        case .u8, .u16, .u32, .u64, .enumeration: return .uint(slot.uint)
        case .i64: return .int(slot.int)
        case .u128: return .u128(slot.u128)
        case .f64: return .f64(slot.a)
        case .bool: return .bool(slot.bool)
        case .pubkey: return .pubkey(slot.pubkey)
        case .ipv4: return .ipv4(slot.ipv4)
        case .networkV4: return .network(slot.network)
        case .string, .bitmap: return .string(Array(bytes[slot.range]))
        case .vec:
            let element = steps[step].child
            guard rawWidth(element) != nil else { return .list((0..<slot.count).map { child($0, element) }) }
            // A raw vector is a range of the input (or empty): its elements are read from it again.
            var cursor = Cursor(UnsafeRawBufferPointer(rebasing: bytes[slot.range]))
            let sink = ValueSink(plan: self)
            return .list((0..<slot.count).map { _ in (try? read(element, &cursor, .strict, sink)) ?? zeros[element] })
        case .option:
            return .option(slot.a == 0 ? nil : child(0, steps[step].child))
        case .structure:
            return .record(Record(steps[step].fields.enumerated().map { (name: names[$1], value: child($0, $1)) }))
        case .tagged:
            let plan = steps[step].child
            let variant = slot.d == 0 ? nil : Int(slot.d - 1)
            let body = variant.map { tagged[plan].variants[$0].fields.lowerBound } ?? 0
            return taggedValue(tag: UInt8(truncatingIfNeeded: slot.c), plan: plan, variant: variant) { child($0, body + $0) }
        case .sized:
            let fields = steps[step].fields
            return sizedValue(size: Int(slot.c), version: UInt8(truncatingIfNeeded: slot.d), fields: fields) { child($0, fields.lowerBound + $0) }
        }
    }

    /// A tagged element as the decoded form lists it: the tag as `version`, then the union's fields,
    /// each the variant's field of that name (`body(i)`: its field i) or the union field's zero.
    /// `variant` nil: the unknown-tag default body, all zeros.
    func taggedValue(tag: UInt8, plan index: Int, variant: Int?, body: (Int) -> Value) -> Value {
        let element = tagged[index]
        var record = Record([(name: "version", value: .uint(UInt64(tag)))])
        record.entries.reserveCapacity(element.union.count + 1)
        for (position, step) in element.union.enumerated() {
            let slot = variant.flatMap { element.variants[$0].slots[position] }
            record.entries.append((name: names[step], value: slot.map(body) ?? zeros[step]))
        }
        return .record(record)
    }

    /// A size-prefixed element: `size`, `version`, then its fields (`body(i)`: field i).
    func sizedValue(size: Int, version: UInt8, fields: Range<Int>, body: (Int) -> Value) -> Value {
        .record(Record([(name: "size", value: .uint(UInt64(size))), (name: "version", value: .uint(UInt64(version)))])
            + Record((0..<fields.count).map { (name: names[fields.lowerBound + $0], value: body($0)) }))
    }

    public func outcome(ofField index: Int, table: SpanTable) -> FieldOutcome {
        switch table.entries[index].state {
        case .read: .read
        case .missing: .missing
        case .defaulted: .defaulted(reason: table.failures[index].reason(enumIDs: enumIDs))
        }
    }

    /// A legacy element as the program rebuilds it into the trailing form (`InterfaceRebuild`): its version,
    /// a real size, V1 entries widened with its mtu, segments dropped.
    static func rebuild(_ legacy: Value) -> Value {
        guard var record = legacy.recordValue else { return legacy }
        let wasV1 = record["version"]?.uintValue == 0
        record["version"] = nil
        if wasV1 { record["mtu"] = .uint(InterfaceRebuild.v1MTU) }
        record[InterfaceRebuild.segments] = .list([])
        let nameLength = record["name"].flatMap { if case .string(let s) = $0 { s.count } else { nil } } ?? 0
        let size = InterfaceRebuild.sizeWithoutName + nameLength
        return .record(Record([(name: "size", value: .uint(UInt64(size))), (name: "version", value: .uint(InterfaceRebuild.version))]) + record)
    }
}
