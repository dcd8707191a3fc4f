/// Finds, for the fields of a layout in order, the entry of each in a record: the first entry with the
/// field's name, as `Record`'s subscript does. Records usually list the fields in layout order with a
/// few extra entries between them (a tagged element's `version`, a sized one's `size`), so it looks
/// right after the last match first and remembers the entries it stepped over; a full search is the
/// fallback for records too long to track. Layout field names are unique, so an entry matched to one
/// field is never the first entry of another.
struct EntryMatcher {
    private let entries: UnsafeBufferPointer<(name: String, value: Value)>
    /// Entries before `next` have been matched or stepped over.
    private var next = 0
    /// Bit i: entry i was stepped over (only tracked while `next` ≤ 64).
    private var skipped: UInt64 = 0

    init(_ entries: UnsafeBufferPointer<(name: String, value: Value)>) { self.entries = entries }

    mutating func find(_ name: String) -> UnsafePointer<Value>? {
        guard entries.count <= 64 else { return entries.firstIndex { $0.name == name }.map(value) }
        var pending = skipped
        while pending != 0 {
            let index = pending.trailingZeroBitCount
            if Self.same(entries, index, name) { return value(index) }
            pending &= pending &- 1
        }
        var index = next
        while index < entries.count {
            if Self.same(entries, index, name) {
                // Entries stepped over on the way stay candidates for later fields.
                if index > next { skipped |= (UInt64.max >> (64 - (index - next))) << next }
                next = index + 1
                return value(index)
            }
            index += 1
        }
        return nil
    }

    /// The name is compared in place (reading `entries[i].name` would copy the whole entry), and the
    /// lengths first: they are inline, and tell most different names apart without a call.
    private static func same(_ entries: UnsafeBufferPointer<(name: String, value: Value)>, _ index: Int, _ name: String) -> Bool {
        let entryName = UnsafeRawPointer(entries.baseAddress.unsafelyUnwrapped + index).assumingMemoryBound(to: String.self)
        return entryName.pointee.utf8.count == name.utf8.count && entryName.pointee == name
    }

    private func value(_ index: Int) -> UnsafePointer<Value> {
        (UnsafeRawPointer(entries.baseAddress.unsafelyUnwrapped + index) + Self.valueOffset).assumingMemoryBound(to: Value.self)
    }

    /// A tuple is laid out as a struct: the value follows the name at the value's alignment.
    static let valueOffset = (MemoryLayout<String>.size + MemoryLayout<Value>.alignment - 1) & ~(MemoryLayout<Value>.alignment - 1)
}
