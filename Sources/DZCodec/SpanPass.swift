/// The program's decode of a whole account or instruction (docs/program-rules.md §2), without building values:
/// it fills a span table. Field-level rules are in FieldReader.swift; account-level ones are here.
extension LayoutPlan {
    public func scan(_ bytes: [UInt8], into table: inout SpanTable) throws(ProgramDecodingError) {
        // withUnsafeBytes rethrows untyped errors: carry the typed one out in a Result.
        try bytes.withUnsafeBytes { raw in Result { () throws(ProgramDecodingError) in try scan(raw, into: &table) } }.get()
    }

    public func scan(_ bytes: UnsafeRawBufferPointer, into table: inout SpanTable) throws(ProgramDecodingError) {
        try scan(bytes, into: &table, SpanSink())
    }

    /// The one decode: every rule, each top-level value handed to `sink` (SpanSink keeps nothing,
    /// SlotSink the positional record).
    func scan<S: ScanSink>(_ bytes: UnsafeRawBufferPointer, into table: inout SpanTable, _ sink: S) throws(ProgramDecodingError) {
        table.prepare(fields: fieldCount)
        var cursor = Cursor(bytes)
        switch kind {
        case .account(let type):
            // `split_at` before any read: an account shorter than the bitmap's start panics.
            if let split, bytes.count < split.at {
                throw .panic(account: title, field: names[split.field], offset: bytes.count,
                             message: "mid > len: split_at(\(split.at)) of \(bytes.count) bytes")
            }
            try table.entries.withUnsafeMutableBufferPointer { (entries) throws(ProgramDecodingError) in
                try scanAccount(&cursor, into: entries, failures: &table.failures, sink)
            }
            table.consumed = cursor.position
            for (index, rule) in rules.enumerated() { try apply(rule, index, &table) }
            // The account type is checked last: unknown bytes and empty data decode to None.
            let found = accountTypeField.map { UInt8(truncatingIfNeeded: scalar($0, table)) } ?? 0
            guard found == type else { throw .invalidAccountData(account: title, expected: type, found: found) }
        case .instruction(let variant):
            guard let tag = bytes.first, tag == variant else {
                throw .invalidInstructionData(instruction: title, expected: variant, found: bytes.first)
            }
            _ = try? cursor.readByte()  // the tag, checked above
            try table.entries.withUnsafeMutableBufferPointer { (entries) throws(ProgramDecodingError) in
                try scanArguments(&cursor, into: entries, sink)
            }
            table.consumed = cursor.position
        }
    }

    /// Hand-written TryFrom readers: a missing tail is zero-filled, a failed field takes its default
    /// (its consumed bytes stay consumed), except propagating fields, which fail the account.
    private func scanAccount<S: ScanSink>(
        _ cursor: inout Cursor, into entries: UnsafeMutableBufferPointer<SpanTable.Entry>, failures: inout [ReadFailure], _ sink: S
    ) throws(ProgramDecodingError) {
        var index = 0
        while index < fieldCount {
            // A run of plain fields wholly present is wholly read (LayoutPlan.isPlain): stepped over, or
            // read without a failure to handle.
            let run = steps[index].run
            if run > 0 && cursor.remaining >= steps[index].runWidth {
                var start = cursor.position
                for field in index..<(index &+ run) {
                    entries[field] = .init(offset: start, length: steps[field].width, scalar: 0, state: .read)
                    start &+= steps[field].width
                    if S.readsPlainFields {
                        do { sink.keep(try read(field, &cursor, fieldMode, sink), field: field) } catch { sink.keepDefault(field: field) }
                    }
                }
                if !S.readsPlainFields { cursor.skip(steps[index].runWidth) }
                index &+= run
                continue
            }
            defer { index &+= 1 }
            // The header's unread tail is padding: the bitmap starts where the program split the account.
            if steps[index].kind == .bitmap { cursor.skip(to: steps[index].start) }
            let offset = cursor.position
            // An empty bitmap is read, not missing: the program takes whatever follows the split.
            guard !cursor.isAtEnd || steps[index].kind == .bitmap else {
                entries[index] = .init(offset: offset, length: 0, scalar: 0, state: .missing)
                sink.keepDefault(field: index)
                continue
            }
            do {
                let value = try read(index, &cursor, fieldMode, sink)
                entries[index] = .init(offset: offset, length: cursor.position &- offset, scalar: sink.scalar(of: value), state: .read)
                sink.keep(value, field: index)
            } catch {
                if steps[index].propagates {
                    throw .fieldFailed(account: version.account, field: names[index], offset: offset,
                                       reason: error.reason(enumIDs: enumIDs))
                }
                entries[index] = .init(offset: offset, length: cursor.position &- offset, scalar: 0, state: .defaulted)
                failures[index] = error
                sink.keepDefault(field: index)
            }
        }
    }

    /// borsh-incremental 0.1.2: input exhausted at a field boundary gives that field and every later one
    /// its declared default; a partly present or invalid field is an error, which `.unwrap()` turns into
    /// a panic.
    private func scanArguments<S: ScanSink>(
        _ cursor: inout Cursor, into entries: UnsafeMutableBufferPointer<SpanTable.Entry>, _ sink: S
    ) throws(ProgramDecodingError) {
        for index in 0..<fieldCount {
            let offset = cursor.position
            guard !cursor.isAtEnd else {
                entries[index] = .init(offset: offset, length: 0, scalar: 0, state: .missing)
                sink.keepDefault(field: index)
                continue
            }
            do {
                let value = try read(index, &cursor, fieldMode, sink)
                entries[index] = .init(offset: offset, length: cursor.position &- offset, scalar: sink.scalar(of: value), state: .read)
                sink.keep(value, field: index)
            } catch {
                throw .panic(account: title, field: names[index], offset: offset,
                             message: "called `Result::unwrap()` on an `Err` value: \(error.reason(enumIDs: enumIDs))")
            }
        }
    }

    /// Device: an empty trailing vec is rebuilt from the legacy slot; a non-empty one whose count differs
    /// from the legacy count is the program's assertion failure (docs/program-rules.md §3).
    private func apply(_ rule: RebuildRule, _ index: Int, _ table: inout SpanTable) throws(ProgramDecodingError) {
        let legacy = scalar(rule.legacy, table), trailing = scalar(rule.trailing, table)
        if trailing == 0 {
            table.rebuilt |= 1 << UInt64(index)
        } else if trailing != legacy {
            throw .panic(account: version.account, field: names[rule.trailing], offset: table.entries[rule.trailing].offset,
                         message: "assertion `left == right` failed: \(names[rule.trailing]) length \(trailing) != \(names[rule.legacy]) length \(legacy)")
        }
    }

    /// A top-level field's scalar (or element count), its default's when it was not read.
    func scalar(_ field: Int, _ table: SpanTable) -> UInt64 {
        let entry = table.entries[field]
        return entry.state == .read ? entry.scalar : (defaults[field].uintValue ?? 0)
    }
}
