/// The values of one program decode, positional over the compiled layout: top-level field i is slot i,
/// every value a `Slot` (fixed-size values inline, strings and raw vectors ranges of the input,
/// structured values their children's slots). `LayoutPlan.decode(_:into:)` fills it in the same pass
/// that applies the program's rules (SpanPass.swift), and the `Value` tree is derived from it
/// (`LayoutPlan.decoding(of:record:)`). Keep one record and pass it to every decode: its storage is
/// reused, so a decode allocates nothing once the record has grown to the account's size.
public struct PositionalRecord {
    /// Where each top-level field lies and how it came out.
    public internal(set) var table = SpanTable()
    @usableFromInline var storage = SlotStorage()

    public init() {}

    /// Top-level field `index`: its value, or its default where it was missing or failed.
    @inlinable
    public func field(_ index: Int) -> Slot { storage.arena.pointee[index] }

    /// Child `index` of a vector's, option's, structure's or tagged or size-prefixed element's slot
    /// (not of a raw vector, whose elements are in the input: `LayoutPlan.rawWidth`).
    @inlinable
    public func child(_ index: Int, of slot: Slot) -> Slot { storage.arena.pointee[slot.firstChild + index] }

    /// Every slot, valid until the next decode.
    var slots: UnsafePointer<Slot> { UnsafePointer(storage.arena.pointee.slots) }

    /// The arena, reset for a decode with `fields` top-level fields; storage shared with a copy is
    /// left to the copy.
    mutating func arena(fields: Int) -> UnsafeMutablePointer<SlotArena> {
        if !isKnownUniquelyReferenced(&storage) { storage = SlotStorage() }
        storage.arena.pointee.reset(fields: fields)
        return storage.arena
    }
}

extension LayoutPlan {
    /// The program's decode of `bytes` into `record`: every rule, every field read into its slot.
    public func decode(_ bytes: UnsafeRawBufferPointer, into record: inout PositionalRecord) throws(ProgramDecodingError) {
        let arena = record.arena(fields: fieldCount)
        try scan(bytes, into: &record.table, SlotSink(plan: self, arena: arena, base: bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1).unsafelyUnwrapped))
    }
}
