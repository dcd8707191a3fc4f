import DZCodec
import DZLayouts

/// The Device interface lists as the Go SDK reads them (docs/readers.md §1.4, §1.5, §3.3).
extension GoAccountWalker {
    /// Go's trailing-length mismatch, which it reports through `Device.DeserializeError`.
    struct LengthMismatch: Error {
        var found: UInt32
        var legacy: Int
        var message: String { "DeserializeDevice: interfaces length \(found) != deprecated_interfaces length \(legacy)" }
    }

    /// A list read with DeserializeDevice's interface loop and guard: tagged elements, or (before the tag)
    /// structs of variable width. Other account-level lists are plain slices.
    static func isLegacyListElement(_ element: FieldType) -> Bool {
        switch element {
        case .tagged: true
        case .structure: width(element) == 0
        default: false
        }
    }

    /// Step A. `guardFired`: count > 0 and count·min_size, in wrapping uint32 arithmetic, exceeds the bytes
    /// left, so Go logs and returns from the decode with an empty non-nil list.
    mutating func legacyList(_ element: FieldType) -> (items: [Value], guardFired: Bool) {
        let count = reader.readU32()
        if count > 0, count &* Self.minimumSize(element) > UInt32(truncatingIfNeeded: reader.remaining) {
            return ([], true)
        }
        // Go never stops the loop, so the whole appended slice is certain (a wrapped count needs GBs).
        guard canAllocate(memory.model.appendedList(UInt64(count))) else { return ([], false) }
        var items: [Value] = []
        items.reserveCapacity(min(Int(count), reader.remaining))  // every element but defaults takes a byte
        var index: UInt32 = 0
        while index < count {
            let before = reader.offset
            let item = value(element, site: .account)
            if reader.offset == before {
                // This round read nothing, so the rest read nothing and are one default (reader-contract §3
                // allows the fast-forward).
                items.appendCopies(of: item, count: Int(count - index))
                break
            }
            items.append(item)
            index += 1
        }
        return (items, false)
    }

    /// Go's guard factor: min_size for tagged elements; for a struct, its smallest encoding (a
    /// variable-width field counts its 4-byte length).
    private static func minimumSize(_ element: FieldType) -> UInt32 {
        switch element {
        case .tagged(let tagged): return UInt32(truncatingIfNeeded: tagged.minSize)
        case .structure(let fields):
            return fields.reduce(0) { total, field in
                let fieldWidth = width(field.type)
                return total + UInt32(fieldWidth == 0 ? 4 : fieldWidth)
            }
        default: return UInt32(width(element))
        }
    }

    /// Step C. No bytes left: the legacy list rebuilt. Otherwise the count (read defensively) must equal
    /// the legacy count, or Go sets DeserializeError and leaves the list nil.
    mutating func trailingList(_ element: SizedElement, legacy: [Value]) -> Result<Value, LengthMismatch> {
        let legacyCount = legacy.logicalCount
        if reader.remaining == 0 {
            guard canAllocate(memory.model.rebuiltList(UInt64(legacyCount))) else { return .success(cache.nilList) }
            return .success(.list(legacy.mapElements { rebuilt($0, as: element) }))
        }
        let count = reader.readU32()
        guard UInt64(count) == UInt64(legacyCount) else { return .failure(LengthMismatch(found: count, legacy: legacyCount)) }
        var items: [Value] = []
        items.reserveCapacity(min(legacyCount, reader.remaining))
        var index = 0
        while index < legacyCount, outOfMemory == nil {
            let before = reader.offset
            let item = sized(element)
            if reader.offset == before, outOfMemory == nil {
                items.appendCopies(of: item, count: legacyCount - index)  // the rest read nothing too
                break
            }
            items.append(item)
            index += 1
        }
        return .success(.list(items))
    }

    /// A legacy element copied into the trailing list: the same values by field name (zero where the
    /// legacy element has none), size 0 and the current interface version, whatever the legacy tag was.
    private func rebuilt(_ legacy: Value, as element: SizedElement) -> Value {
        let record = legacy.recordValue ?? Record()
        var entries: [(name: String, value: Value)] = [
            (name: "size", value: cache.uint(0)), (name: "version", value: cache.uint(UInt64(element.version))),
        ]
        for field in element.fields { entries.append((name: field.name, value: record[field.name] ?? cache.zero(field.type))) }
        return .record(Record(entries))
    }

    /// A tagged element: the tag, then that variant's body, its vectors read as at `bodySite` (a legacy
    /// interface's segments are thrown away). Fields the variant lacks, and every field of an unknown tag
    /// (Go logs "Unsupported interface version"), keep their zero value; the tag is kept as read, or
    /// reported as `unknownTag` when no variant has it.
    mutating func tagged(_ element: TaggedElement, bodySite: GoListSite, unknownTag: UInt8? = nil) -> Value {
        let tag = reader.readU8()
        let variant = element.variants.firstIndex { $0.tag == tag }
        let reported = variant == nil ? unknownTag ?? tag : tag
        var entries: [(name: String, value: Value)] = [(name: "version", value: cache.uint(UInt64(reported)))]
        entries.reserveCapacity(element.fields.count + 1)
        for index in element.fields.indices {
            entries.append((name: element.fields[index].name, value: cache.zero(element.fields[index].type)))
        }
        guard let variant else { return .record(Record(entries)) }
        let body = element.variants[variant].fields
        // Bodies list their fields in union order, so the slot search usually ends at once.
        var slot = 1
        for index in body.indices {
            let value = value(body[index].type, site: bodySite)
            let name = body[index].name
            guard let found = entries[slot...].firstIndex(where: { $0.name == name })
                ?? entries[1...].firstIndex(where: { $0.name == name }) else { continue }
            entries[found].value = value
            slot = found
        }
        return .record(Record(entries))
    }

    /// A size-prefixed element: size, version, the body (always the version-4 layout), then a move to
    /// start+size when that is ahead, clamped to the end of the buffer; never a move back.
    mutating func sized(_ element: SizedElement) -> Value {
        let start = reader.offset
        let size = reader.readU16()
        let version = reader.readU8()
        var entries: [(name: String, value: Value)] = [
            (name: "size", value: cache.uint(UInt64(size))), (name: "version", value: cache.uint(UInt64(version))),
        ]
        entries.reserveCapacity(element.fields.count + 2)
        appendFields(element.fields, site: .sized, to: &entries)
        let end = start + Int(size)
        if end > reader.offset { reader.skip(end - reader.offset) }
        return .record(Record(entries))
    }
}
