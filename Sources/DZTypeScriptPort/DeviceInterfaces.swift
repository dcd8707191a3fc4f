import DZCodec
import DZLayouts

/// Where the `rebuild_interfaces` rule puts the two Device interface lists (the native `compileVersion`):
/// the first field named `legacy` is the legacy list, kept for step C; fields named `trailing` are read
/// with step C. Without a legacy field every field is read as a plain account field.
struct InterfaceRule {
    enum Role { case legacy, trailing }

    let legacyIndex: Int
    let trailingName: String

    func role(of name: String, at index: Int) -> Role? {
        if index == legacyIndex { return .legacy }
        return name == trailingName ? .trailing : nil
    }
}

extension LayoutVersion {
    var interfaceRule: InterfaceRule? {
        guard case .rebuildInterfaces(let legacy, let trailing)? = rules.first,
              let index = fields.firstIndex(where: { $0.name == legacy }) else { return nil }
        return InterfaceRule(legacyIndex: index, trailingName: trailing)
    }
}

extension AccountWalker {
    /// Device step C (docs/readers.md §3.3): no bytes left rebuilds the list from the legacy one; otherwise the
    /// trailing count must equal the legacy count, and that many size-prefixed elements follow (bytes
    /// after the last are ignored).
    mutating func trailingInterfaces(_ type: FieldType) throws(Thrown) -> [Value] {
        guard case .sized(let element) = type else { return [] }
        let legacyCount = legacy.logicalCount
        if reader.isAtEnd {
            try charge(memory.model.rebuiltList(UInt64(legacyCount)))
            return legacy.mapElements { Self.rebuild($0, as: element) }
        }
        // 1 to 3 bytes left read as 0 without moving: with an empty legacy list that matches.
        let count = reader.tryReadU32()
        guard count == legacyCount else {
            throw .error("Device interfaces length \(count) != deprecatedInterfaces length \(legacyCount)")
        }
        var items: [Value] = []
        items.reserveCapacity(min(count, reader.remaining))
        var index = 0
        while index < count {
            let before = reader.offset
            let item = try sizedElement(element)
            if reader.offset == before {
                items.appendCopies(of: item, count: count - index)  // the rest read nothing too
                break
            }
            items.append(item)
            index += 1
        }
        return items
    }

    /// A legacy element copied into the trailing form: size 0 and the current version (4) whatever the
    /// legacy tag was, even an unknown one; other fields copied by name, zero where the legacy union has
    /// none. Segments stay empty: legacy elements never keep theirs.
    static func rebuild(_ legacy: Value, as element: SizedElement) -> Value {
        let source = legacy.recordValue ?? Record()
        let fields = element.fields
        var entries: [(name: String, value: Value)] = []
        entries.reserveCapacity(fields.count + 2)
        entries.append((name: "size", value: SharedValue.small[0]))
        entries.append((name: "version", value: SharedValue.small[Int(element.version)]))
        for index in fields.indices {
            entries.append((name: fields[index].name, value: source[fields[index].name] ?? DefensiveReader.zero(fields[index].type)))
        }
        return .record(Record(entries))
    }

    /// Size-prefixed element (docs/readers.md §1.5, §3.3): u16 size (header included), u8 version, then the
    /// body in the known layout whatever the version says, then a move to start+size through `readBytes`,
    /// which does not move when those bytes are not all there and never moves back.
    mutating func sizedElement(_ element: SizedElement) throws(Thrown) -> Value {
        let start = reader.offset
        let size = reader.tryReadU16()
        let version = reader.tryReadU8()
        var entries: [(name: String, value: Value)] = []
        entries.reserveCapacity(element.fields.count + 2)
        entries.append((name: "size", value: SharedValue.uint(UInt64(size))))
        entries.append((name: "version", value: SharedValue.small[version]))
        try readFields(element.fields, inBody: true, into: &entries)
        let consumed = reader.offset - start
        if size > consumed { reader.skip(size - consumed) }
        return .record(Record(entries))
    }
}
