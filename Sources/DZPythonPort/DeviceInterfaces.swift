import DZCodec
import DZLayouts

/// The Device interface lists as the Python SDK reads them (docs/readers.md §3.3, §1.4, §1.5).
extension AccountWalker {
    /// Step A, the legacy list (and D3–D5's untagged structs): a defensive u32 count, then that many
    /// element reads with no guard on the count. A huge count makes the SDK build default elements until
    /// the list is done or the process has no memory left.
    mutating func interfaceList(of element: Step) throws(PythonRaise) -> Value {
        let count = Int(reader.u32())
        var items: [Value] = []
        let repeats = try unguarded(count: count) { walker throws(PythonRaise) in
            items.append(try walker.read(element))
        }
        if repeats > 0, let last = items.popLast() { items.appendCopies(of: last, count: repeats + 1) }
        try charge(memory.model.appendedList(UInt64(count)))
        return .list(items)
    }

    /// `count` rounds of `round` with no guard, as the SDK runs them. Once a round consumes nothing,
    /// every later round gives the same result, so they are not run (a long loop, not a hang): returns
    /// how many more copies of the last round the SDK would make.
    private mutating func unguarded(
        count: Int, _ round: (inout AccountWalker) throws(PythonRaise) -> Void
    ) throws(PythonRaise) -> Int {
        var index = 0
        while index < count {
            let start = reader.offset
            try round(&self)
            if reader.offset == start { return count - index - 1 }
            index += 1
        }
        return 0
    }

    /// Charges a list to the process: past the budget it dies.
    private mutating func charge(_ bytes: UInt64) throws(PythonRaise) {
        if let needed = memory.charge(bytes) { throw .outOfMemory(bytes: needed) }
    }

    /// One tagged element (a legacy interface, or AccessPass's pass type): the tag byte, then that
    /// variant's body; an unknown tag reads nothing more, every field keeps its default (the SDK ignores
    /// what the program would do with it) and the tag is kept as read or becomes the plan's unknownTag.
    mutating func taggedElement(_ plan: TaggedPlan) throws(PythonRaise) -> Value {
        var record = plan.defaults
        let tag = reader.u8()
        guard let variant = plan.variants.first(where: { $0.tag == tag }) else {
            record.entries[0].value = shared.uint(UInt64(plan.unknownTag ?? tag))
            return .record(record)
        }
        record.entries[0].value = shared.uint(UInt64(tag))
        for field in variant.body { record.entries[field.index].value = try read(field.step) }
        return .record(record)
    }

    /// Legacy V3 segments: an unguarded loop of defensive reads whose results are thrown away (the
    /// element keeps an empty list). Up to 2^32 rounds: long, but they end.
    mutating func discardedSegments(_ members: Members) throws(PythonRaise) -> Value {
        let count = Int(reader.u32())
        _ = try unguarded(count: count) { walker throws(PythonRaise) in
            _ = try walker.structure(members)
        }
        return shared.emptyList
    }

    /// Sized-element segments: a defensive count, then segments while one is wanted and a whole one fits.
    mutating func guardedSegments(_ members: Members, width: Int) throws(PythonRaise) -> Value {
        let count = Int(reader.u32())
        var items: [Value] = []
        while items.count < count && reader.remaining >= width { items.append(.record(try structure(members))) }
        return .list(items)
    }

    /// One trailing element: u16 size, u8 version, the version-4 body whatever the version says, then
    /// a skip to start+size that never moves back and does not happen when that is past the end.
    private mutating func sizedElement(_ plan: SizedPlan) throws(PythonRaise) -> Value {
        let start = reader.offset
        let size = reader.u16()
        let version = reader.u8()
        var record = Record()
        record.entries.reserveCapacity(2 + plan.body.steps.count)
        record.entries.append((name: "size", value: shared.uint(size)))
        record.entries.append((name: "version", value: shared.uint(UInt64(version))))
        try append(plan.body, to: &record)
        let gap = start + Int(size) - reader.offset
        if gap > 0 { reader.skip(gap) }
        return .record(record)
    }

    /// Step C: with no bytes left, the legacy list rebuilt; otherwise a count that must equal the
    /// legacy count (1 to 3 stray bytes read as 0), then that many sized elements.
    mutating func trailingInterfaces(_ plan: TrailingPlan, legacy: [Value]) throws(PythonRaise) -> Value {
        let legacyCount = legacy.logicalCount
        if reader.remaining == 0 {
            try charge(memory.model.rebuiltList(UInt64(legacyCount)))
            return .list(legacy.mapElements { rebuilt($0, plan) })
        }
        let count = reader.u32()
        guard count == legacyCount else { throw .interfacesMismatch(trailing: count, legacy: legacyCount) }
        var items: [Value] = []
        items.reserveCapacity(min(legacyCount, reader.remaining))
        let repeats = try unguarded(count: legacyCount) { walker throws(PythonRaise) in
            items.append(try walker.sizedElement(plan.element))
        }
        if repeats > 0, let last = items.popLast() { items.appendCopies(of: last, count: repeats + 1) }
        return .list(items)
    }

    /// A legacy element copied as the SDK copies it: same field values (a V1 keeps mtu 0, an unknown
    /// tag its defaults), size 0 and the sized type's version.
    private func rebuilt(_ legacy: Value, _ plan: TrailingPlan) -> Value {
        let source = legacy.recordValue?.entries ?? []
        var record = Record()
        record.entries.reserveCapacity(2 + plan.rebuildSources.count)
        record.entries.append((name: "size", value: shared.uint(0)))
        record.entries.append((name: "version", value: shared.uint(UInt64(plan.element.version))))
        for (name, origin) in zip(plan.element.body.names, plan.rebuildSources) {
            let value = origin.legacyIndex.flatMap { $0 < source.count ? source[$0].value : nil } ?? origin.fallback
            record.entries.append((name: name, value: value))
        }
        return .record(record)
    }
}
