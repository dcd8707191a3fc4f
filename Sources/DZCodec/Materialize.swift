import DZLayouts

/// Values from a span table: the reader runs again over one field's span, this time building values.
/// It read those bytes once, so it reads them the same way again; no rule is decided here.
extension LayoutPlan {
    /// One top-level field's value, from the table a `scan` of these same `bytes` filled.
    public func value(ofField index: Int, in bytes: UnsafeRawBufferPointer, table: SpanTable) -> Value {
        for (rule, resolved) in rules.enumerated() where resolved.trailing == index && table.rebuilt & (1 << UInt64(rule)) != 0 {
            let legacy = value(ofField: resolved.legacy, in: bytes, table: table)
            return .list((legacy.listValue ?? []).map(Self.rebuild))
        }
        let entry = table.entries[index]
        guard entry.state == .read else { return defaults[index] }
        precondition(entry.offset + entry.length <= bytes.count, "not the bytes the table was filled from")
        var cursor = Cursor(UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<(entry.offset + entry.length)]))
        return (try? read(index, &cursor, fieldMode, ValueSink(plan: self))) ?? defaults[index]
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

    /// A legacy element as the program rebuilds it into the trailing form: version 4, a real size, V1
    /// entries widened with mtu 9000, segments dropped.
    static func rebuild(_ legacy: Value) -> Value {
        guard var record = legacy.recordValue else { return legacy }
        let wasV1 = record["version"]?.uintValue == 0
        record["version"] = nil
        if wasV1 { record["mtu"] = .uint(9000) }
        record["flex_algo_node_segments"] = .list([])
        let nameLength = record["name"].flatMap { if case .string(let s) = $0 { s.count } else { nil } } ?? 0
        // Size of a version-4 element with no segments: 45 + name length (docs/program-rules.md §3).
        let size = 45 + nameLength
        return .record(Record([(name: "size", value: .uint(UInt64(size))), (name: "version", value: .uint(4))]) + record)
    }
}
