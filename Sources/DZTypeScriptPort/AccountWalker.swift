import DZCodec
import DZLayouts

/// One TS decode: the SDK's `deserializeX(data)` generalised to any layout version, walking its fields in
/// wire order with the DefensiveReader rules (docs/readers.md §2, §3). Only LayoutSupport-approved versions get
/// here, so every type met is one the native reader has a rule for.
struct AccountWalker {
    var reader: DefensiveReader
    /// The Device legacy interface list, once read: step C rebuilds from it or checks its count.
    var legacy: [Value] = []
    /// What the lists an unguarded count can make large cost in node's heap (reader-contract §3).
    var memory = MemoryMeter(.ts)

    init(_ reader: DefensiveReader) { self.reader = reader }

    mutating func decode(_ version: LayoutVersion) throws(Thrown) -> Record {
        let rule = version.interfaceRule
        let fields = version.fields
        var record = Record()
        record.entries.reserveCapacity(fields.count)
        // Fields are reached through the array, never copied whole: copying every `Field` costs more than
        // the reads.
        for index in fields.indices {
            let type = fields[index].type
            let value: Value
            switch rule?.role(of: fields[index].name, at: index) {
            case .legacy?:
                legacy = try elementList(type.vecElement)
                value = SharedValue.list(legacy)
            case .trailing?:
                value = SharedValue.list(try trailingInterfaces(type.vecElement))
            case nil:
                // `r.remaining >= 2 ? r.readU16() : 1`: the SDK's own default where the bytes are missing.
                if let fallback = fields[index].defaultValue, let width = type.fixedWidth, reader.remaining < width {
                    value = .uint(UInt64(fallback))
                } else if fields[index].readsHalves {
                    // `lo = r.readU64(); hi = r.readU64()`: the low half can be read where the high one is not.
                    let low = reader.tryReadU64()
                    value = .u128(UInt128(reader.tryReadU64()) << 64 | UInt128(low))
                } else if case .tagged(let element) = type {
                    value = try taggedElement(element, payload: true, unknownTag: fields[index].unknownTagReadsAs)
                } else {
                    value = try accountField(type)
                }
            }
            record.entries.append((name: fields[index].name, value: value))
        }
        return record
    }

    /// Plain fields of an element, in order: read like account fields, or like interface body fields.
    mutating func readFields(_ fields: [Field], inBody: Bool, into entries: inout [(name: String, value: Value)]) throws(Thrown) {
        for index in fields.indices {
            let type = fields[index].type
            let value = inBody ? try bodyField(type, keepLists: true) : try accountField(type)
            entries.append((name: fields[index].name, value: value))
        }
    }

    /// A field read straight from the account (the native `top`); a struct's fields are read the same way.
    mutating func accountField(_ type: FieldType) throws(Thrown) -> Value {
        guard case .vec(let element) = type else {
            guard case .structure(let fields) = type else { return reader.tryReadLeaf(type) }
            var entries: [(name: String, value: Value)] = []
            entries.reserveCapacity(fields.count)
            try readFields(fields, inBody: false, into: &entries)
            return .record(Record(entries))
        }
        switch element {
        case .tagged, .sized, .structure: return SharedValue.list(try elementList(element))
        default: return SharedValue.list(try leafVector(element))
        }
    }

    /// `tryReadVec`: defensive only about the 4-byte count; the elements are read strictly, one by one,
    /// so a short buffer throws after the whole ones.
    private mutating func leafVector(_ element: FieldType) throws(Thrown) -> [Value] {
        guard reader.remaining >= 4 else { return [] }
        let count = reader.tryReadU32()
        var items: [Value] = []
        // Every element takes at least its width (4 for a string's prefix), or the read throws.
        items.reserveCapacity(min(count, reader.remaining / (element.fixedWidth ?? 4)))
        for _ in 0..<count { items.append(try reader.readLeaf(element)) }
        return items
    }

    /// The SDK's interface loop, used for every list of composite elements (all are Device interface
    /// lists): a defensive count, then exactly count elements, no guard (docs/readers.md §3.3 step A).
    mutating func elementList(_ element: FieldType) throws(Thrown) -> [Value] {
        let count = reader.tryReadU32()
        var items: [Value] = []
        items.reserveCapacity(min(count, reader.remaining))
        var index = 0
        while index < count {
            let before = reader.offset
            let item = try self.element(element)
            if reader.offset == before {
                // This element read nothing, so every later one reads nothing and is the same default
                // (reader-contract §3 allows the fast-forward): the SDK pushes the rest, or runs out of heap.
                items.appendCopies(of: item, count: count - index)
                break
            }
            items.append(item)
            index += 1
        }
        try charge(memory.model.appendedList(UInt64(count)))
        return items
    }

    private mutating func element(_ type: FieldType) throws(Thrown) -> Value {
        switch type {
        case .tagged(let element): return try taggedElement(element, payload: false)
        case .sized(let element): return try sizedElement(element)
        // Pre-tag interface elements (D3-D5): each field read like an account field.
        case .structure(let fields):
            var entries: [(name: String, value: Value)] = []
            entries.reserveCapacity(fields.count)
            try readFields(fields, inBody: false, into: &entries)
            return .record(Record(entries))
        default: return try accountField(type)
        }
    }

    /// A tagged element: the tag byte, then that tag's body. An unknown tag reads nothing more; every field
    /// keeps its default and the tag is kept as read (or reported as `unknownTag`). A legacy interface
    /// (docs/readers.md §1.4) reads its body as interface body fields; an enum with payloads as an account
    /// field (`payload`) reads its body like account fields (AccessPass's seats: an unguarded loop).
    private mutating func taggedElement(_ element: TaggedElement, payload: Bool, unknownTag: UInt8? = nil) throws(Thrown) -> Value {
        let tag = reader.tryReadU8()
        let union = element.fields
        let variant = element.variants.first { $0.tag == tag }
        var entries: [(name: String, value: Value)] = []
        entries.reserveCapacity(union.count + 1)
        entries.append((name: "version", value: SharedValue.small[variant == nil ? unknownTag.map(Int.init) ?? tag : tag]))
        for index in union.indices { entries.append((name: union[index].name, value: DefensiveReader.zero(union[index].type))) }
        guard let variant else { return .record(Record(entries)) }
        // Variant fields follow the union's order, so the search resumes after the last match.
        let body = variant.fields
        var slot = 1
        for index in body.indices {
            // Legacy elements throw their segments away: the SDK object carries an empty list.
            let value = payload ? try accountField(body[index].type) : try bodyField(body[index].type, keepLists: false)
            guard let found = Self.index(of: body[index].name, in: entries, from: slot) else { continue }
            entries[found].value = value
            slot = found + 1
        }
        return .record(Record(entries))
    }

    /// The slot named `name`, searched from `start` to the end, then from slot 1 (after the version).
    private static func index(of name: String, in entries: [(name: String, value: Value)], from start: Int) -> Int? {
        var slot = start
        for _ in 1..<entries.count {
            if slot == entries.count { slot = 1 }
            if entries[slot].name == name { return slot }
            slot += 1
        }
        return nil
    }

    /// A field of an interface body. Vectors there (the flex-algo segments) are a defensive count and a
    /// loop that stops once fewer than one element's bytes are left (docs/readers.md §3.3).
    mutating func bodyField(_ type: FieldType, keepLists: Bool) throws(Thrown) -> Value {
        guard case .vec(let element) = type else { return reader.tryReadLeaf(type) }
        let count = reader.tryReadU32()
        // LayoutSupport guarantees a fixed width > 0, so each round takes exactly `width` bytes.
        let width = element.staticWidth ?? 1
        let rounds = min(count, reader.remaining / width)
        guard keepLists else {
            reader.skip(rounds * width)
            return SharedValue.emptyList
        }
        var items: [Value] = []
        items.reserveCapacity(rounds)
        for _ in 0..<rounds { items.append(try segmentElement(element)) }
        return SharedValue.list(items)
    }

    private mutating func segmentElement(_ type: FieldType) throws(Thrown) -> Value {
        guard case .structure(let fields) = type else { return try bodyField(type, keepLists: true) }
        var entries: [(name: String, value: Value)] = []
        entries.reserveCapacity(fields.count)
        try readFields(fields, inBody: true, into: &entries)
        return .record(Record(entries))
    }

    /// Charges a list to node's heap: past the budget the process dies.
    mutating func charge(_ bytes: UInt64) throws(Thrown) {
        if let needed = memory.charge(bytes) { throw .outOfMemory(bytes: needed) }
    }
}

extension FieldType {
    /// The element of a vector (LayoutSupport has checked that the type is one).
    var vecElement: FieldType {
        if case .vec(let element) = self { element } else { self }
    }

    /// The bytes one element takes when all its parts are fixed-width leaves (the native `width`).
    var staticWidth: Int? {
        if let width = fixedWidth { return width }
        guard case .structure(let fields) = self else { return nil }
        var total = 0
        for index in fields.indices {
            guard let width = fields[index].type.staticWidth else { return nil }
            total += width
        }
        return total
    }
}
