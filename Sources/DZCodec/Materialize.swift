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
    private func rebuildingRule(of index: Int, _ table: SpanTable) -> RebuildRule? {
        rules.enumerated().first { $0.element.trailing == index && table.rebuilt & (1 << UInt64($0.offset)) != 0 }?.element
    }

    /// The whole decode: every field's value and outcome.
    public func decoding(of bytes: UnsafeRawBufferPointer, table: SpanTable) -> ProgramDecoding {
        var record = Record()
        record.entries.reserveCapacity(fieldCount)
        var outcomes: [(field: String, offset: Int, outcome: FieldOutcome)] = []
        outcomes.reserveCapacity(fieldCount)
        for index in 0..<fieldCount {
            record.entries.append((name: names[index], value: value(ofField: index, in: bytes, table: table)))
            outcomes.append((field: names[index], offset: table.entries[index].offset, outcome: outcome(ofField: index, table: table)))
        }
        return ProgramDecoding(record: record, outcomes: outcomes, consumed: table.consumed)
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
