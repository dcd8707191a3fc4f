import DZCodec
import DZLayouts
import DZPorts

/// Where a field list sits: it decides which Go loop reads a vector in it (docs/readers.md §2.2, §3.3).
enum GoListSite {
    /// A field of the account struct, or of the body of an enum-with-payloads field: ReadPubkeySlice and
    /// friends (AccessPass's seats: the same count check, deserialize.go:388), or a Device interface list.
    case account
    /// A legacy interface body: the unguarded V3 segment loop, whose result is thrown away.
    case variant
    /// A size-prefixed interface body: capacity allocated up front, filled while an element fits.
    case sized
    /// A plain struct element.
    case structure
}

/// Walks a layout version the way the Go SDK's `DeserializeX` functions do: every field in order with
/// the ByteReader's defensive reads. Go never fails; the only outcomes are a filled struct or the
/// process dying on an allocation (modelled by `MemoryModel.go`).
struct GoAccountWalker {
    var reader: GoByteReader
    let cache = GoValueCache.shared
    /// What the lists an unguarded count can make large cost in Go's heap (reader-contract §3).
    var memory = MemoryMeter(.go)
    /// Set when Go would allocate past the budget: the process dies having needed these bytes.
    private(set) var outOfMemory: UInt64?

    init(_ bytes: UnsafeRawBufferPointer) { reader = GoByteReader(bytes) }

    static let deserializeErrorKey = "deserialize_error"

    mutating func decodeAccount(_ version: LayoutVersion) -> ReaderResult {
        let trailing = version.rules.lazy.map { rule in
            switch rule { case .rebuildInterfaces(_, let trailing): trailing }
        }.first
        var entries: [(name: String, value: Value)] = []
        entries.reserveCapacity(version.fields.count + 1)
        var legacy: [Value] = []
        var deserializeError: String?
        // Index loops read only the members they need: copying whole Fields costs more than decoding.
        let fields = version.fields
        for index in fields.indices {
            let name = fields[index].name
            guard case .vec(let element) = fields[index].type else {
                // ReadU16OrDefault: the SDK's own default where the field's bytes are missing.
                if let fallback = fields[index].defaultValue, let width = fields[index].type.fixedWidth, reader.remaining < width {
                    entries.append((name: name, value: cache.uint(UInt64(fallback))))
                } else if fields[index].readsHalves {
                    // Two ReadU64s: the low half can be read where the high one is not.
                    let low = reader.readU64()
                    entries.append((name: name, value: cache.u128(UInt128(reader.readU64()) << 64 | UInt128(low))))
                } else if case .tagged(let tagged) = fields[index].type {
                    // An enum with payloads as a field: its body's vectors are the account's slices.
                    entries.append((name: name, value: self.tagged(tagged, bodySite: .account, unknownTag: fields[index].unknownTagReadsAs)))
                } else {
                    entries.append((name: name, value: self.element(fields[index].type)))
                }
                if let needed = outOfMemory { return .outOfMemory(needed) }
                continue
            }
            if Self.isLegacyListElement(element) {
                let list = legacyList(element)
                legacy = list.items
                entries.append((name: name, value: .list(list.items)))
                // The guard returns from DeserializeDevice: every later field keeps its zero value.
                if list.guardFired { break }
            } else if name == trailing, case .sized(let sized) = element {
                switch trailingList(sized, legacy: legacy) {
                case .success(let list): entries.append((name: name, value: list))
                case .failure(let mismatch):
                    entries.append((name: name, value: cache.nilList))
                    deserializeError = mismatch.message
                }
                if deserializeError != nil { break }
            } else {
                entries.append((name: name, value: plainVector(element)))
            }
            // Only list allocations can kill the process.
            if let needed = outOfMemory { return .outOfMemory(needed) }
        }
        for index in fields.indices.dropFirst(entries.count) {
            entries.append((name: fields[index].name, value: cache.zero(fields[index].type)))
        }
        // Only Go's Device struct has the DeserializeError member.
        if version.account == "device" {
            entries.append((name: Self.deserializeErrorKey, value: deserializeError.map(Value.text) ?? cache.nilList))
        }
        return .ok(Record(entries))
    }

    /// A field's value; vectors are read by the loop their site calls for.
    mutating func value(_ type: FieldType, site: GoListSite) -> Value {
        guard case .vec(let element) = type else { return self.element(type) }
        switch site {
        case .account, .structure: return plainVector(element)
        case .variant:
            discardedVector(element)
            return cache.nilList  // the SDK throws legacy segments away: FlexAlgoNodeSegments stays nil
        case .sized: return capacityVector(element)
        }
    }

    private mutating func element(_ type: FieldType) -> Value {
        switch type {
        case .u8, .enumeration: cache.uint(UInt64(reader.readU8()))
        case .bool: cache.bool(reader.readU8() != 0)  // Go has no ReadBool: decoders test u8 != 0
        case .u16: cache.uint(UInt64(reader.readU16()))
        case .u32: cache.uint(UInt64(reader.readU32()))
        case .u64: cache.uint(reader.readU64())
        case .i64: .int(Int64(bitPattern: reader.readU64()))
        case .f64: .f64(reader.readU64())
        case .u128: cache.u128(reader.readU128())
        case .pubkey: cache.pubkey(reader.readPubkey())
        case .ipv4: cache.ipv4(reader.readIPv4())
        case .networkV4: cache.network(reader.readNetworkV4())
        case .string: cache.string(reader.readString())
        case .structure(let fields): structure(fields)
        case .tagged(let tagged): self.tagged(tagged, bodySite: .variant)
        case .sized(let sized): self.sized(sized)
        // No Go SDK struct has these as list elements or options; only instruction args use options,
        // and instructions are answered before any walk. No modelled Go reader has a bitmap yet.
        case .vec, .option, .bitmap: cache.zero(type)
        }
    }

    mutating func appendFields(_ fields: [Field], site: GoListSite, to entries: inout [(name: String, value: Value)]) {
        for index in fields.indices { entries.append((name: fields[index].name, value: value(fields[index].type, site: site))) }
    }

    private mutating func structure(_ fields: [Field]) -> Value {
        var entries: [(name: String, value: Value)] = []
        entries.reserveCapacity(fields.count)
        appendFields(fields, site: .structure, to: &entries)
        return .record(Record(entries))
    }

    /// Go allocates `bytes`; past the budget that is the out-of-memory death.
    mutating func canAllocate(_ bytes: UInt64) -> Bool {
        if outOfMemory == nil { outOfMemory = memory.charge(bytes) }
        return outOfMemory == nil
    }

    /// ReadPubkeySlice / ReadNetworkV4Slice / ReadIPv4Slice (since f7981ab6f): fewer than 4 bytes gives
    /// nil with no move; count 0 gives an empty non-nil slice for pubkeys but nil for the others;
    /// count·width past the end (checked in 64 bits) gives nil with only the count used up.
    private mutating func plainVector(_ element: FieldType) -> Value {
        guard reader.remaining >= 4 else { return cache.nilList }
        let count = reader.readU32()
        if count == 0 { return element == .pubkey ? cache.emptyList : cache.nilList }
        let width = Self.width(element)
        // The bytes left hold every fixed-width element, so the slice is small: not charged. A variable-
        // width element (only in layouts no SDK release reads, such as the gate's mutations) is charged
        // like an interface element, and a round that reads nothing ends the loop in copies.
        guard UInt64(count) * UInt64(width) <= UInt64(reader.remaining) else { return cache.nilList }
        if width == 0, !canAllocate(memory.model.rebuiltList(UInt64(count))) { return cache.nilList }
        var items: [Value] = []
        items.reserveCapacity(min(Int(count), reader.remaining))
        fill(&items, upTo: Int(count), with: element, width: width)
        return .list(items)
    }

    /// Reads elements into `items` until it holds `count` or a whole element of `width` bytes is no longer
    /// left. A variable-width element (width 0; only in the gate's mutations) is always attempted, and a
    /// round that reads nothing ends the loop in copies: every later round would read the same nothing.
    private mutating func fill(_ items: inout [Value], upTo count: Int, with element: FieldType, width: Int) {
        while items.count < count, reader.remaining >= width {
            let before = reader.offset
            let item = self.element(element)
            if width == 0, reader.offset == before {
                items.appendCopies(of: item, count: count - items.count)
                return
            }
            items.append(item)
        }
    }

    /// The legacy V3 segment loop: no guard, `count` rounds of defensive reads. A round depends only on
    /// the bytes left, so once one consumes nothing none of the rest can (up to 2^32 empty rounds).
    private mutating func discardedVector(_ element: FieldType) {
        let count = reader.readU32()
        for _ in 0..<count {
            let before = reader.offset
            _ = self.element(element)
            if reader.offset == before { return }
        }
    }

    /// The sized element's segments: capacity `count` up front (a garbage count kills the process), then
    /// filled while a whole element is left. Empty, never nil, when the capacity was allocated.
    private mutating func capacityVector(_ element: FieldType) -> Value {
        let count = reader.readU32()
        guard canAllocate(memory.model.segmentCapacity(UInt64(count))) else { return cache.nilList }
        let width = Self.width(element)
        var items: [Value] = []
        items.reserveCapacity(min(Int(count), reader.remaining / max(width, 1)))
        fill(&items, upTo: Int(count), with: element, width: width)
        return .list(items)
    }

    /// The Go wire width of a fixed-width type (a struct of fixed-width fields included), 0 otherwise.
    static func width(_ type: FieldType) -> Int {
        if let fixed = type.fixedWidth { return fixed }
        guard case .structure(let fields) = type else { return 0 }
        var total = 0
        for field in fields {
            let width = width(field.type)
            guard width > 0 else { return 0 }
            total += width
        }
        return total
    }
}
