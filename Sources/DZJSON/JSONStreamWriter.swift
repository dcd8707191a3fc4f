/// JSON written piece by piece (containers opened and closed, members and elements as they come), byte
/// for byte what `JSONWriter.render` gives for the same value in either style. A value too large to hold
/// twice (a 65 MB account's 13 M elements) is then never built whole: its text goes out in chunks.
public struct JSONStreamWriter {
    /// Receives the text in chunks of about `chunkSize` bytes, and the rest at `finish()`.
    public typealias Output = ([UInt8]) throws -> Void

    public let style: JSONWriter.Style
    private let output: Output
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Members or elements written so far in each open container, innermost last.
    private var counts: [Int] = []
    /// A key was just written: the next value is its member, not a new element.
    private var afterKey = false

    /// - Parameter chunkSize: how much text is held before `output` gets it. Default 64 KiB.
    public init(style: JSONWriter.Style, chunkSize: Int = 1 << 16, output: @escaping Output) {
        self.style = style
        self.chunkSize = chunkSize
        self.output = output
        buffer.reserveCapacity(chunkSize)
    }

    public mutating func beginObject() throws { try open(UInt8(ascii: "{")) }
    public mutating func beginArray() throws { try open(UInt8(ascii: "[")) }
    public mutating func endObject() throws { try close(UInt8(ascii: "}")) }
    public mutating func endArray() throws { try close(UInt8(ascii: "]")) }

    /// The key of the next member of the open object.
    public mutating func key(_ name: String) throws {
        separate()
        CompactJSONWriter.write(.string(name), to: &buffer)
        buffer += style == .pretty ? [UInt8(ascii: ":"), UInt8(ascii: " ")] : [UInt8(ascii: ":")]
        afterKey = true
    }

    /// A whole value: the member of the last key, an element of the open array, or the document.
    public mutating func value(_ value: JSONValue) throws {
        switch value {
        case .array(let items) where !items.isEmpty:
            try beginArray()
            for item in items { try self.value(item) }
            try endArray()
        case .object(let object) where !object.members.isEmpty:
            try beginObject()
            for member in object.members {
                try key(member.key)
                try self.value(member.value)
            }
            try endObject()
        default:
            // Leaves (and empty containers) are the same text in both styles.
            separate()
            CompactJSONWriter.write(value, to: &buffer)
            try flushIfFull()
        }
    }

    /// Hands over what is left. Every container must be closed.
    public mutating func finish() throws {
        precondition(counts.isEmpty, "a container is still open")
        if !buffer.isEmpty { try output(buffer) }
        buffer.removeAll()
    }

    private mutating func open(_ bracket: UInt8) throws {
        separate()
        buffer.append(bracket)
        counts.append(0)
        try flushIfFull()
    }

    private mutating func close(_ bracket: UInt8) throws {
        let count = counts.removeLast()
        // jansson writes an empty container as `{}` / `[]`, else the closing bracket on its own line.
        if count > 0 { newline(depth: counts.count) }
        buffer.append(bracket)
        try flushIfFull()
    }

    /// Before a member or element: a comma after the first, then (pretty) a new line at the depth.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard !counts.isEmpty else { return }
        if counts[counts.count - 1] > 0 { buffer.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        newline(depth: counts.count)
    }

    private mutating func newline(depth: Int) {
        guard style == .pretty else { return }
        buffer.append(UInt8(ascii: "\n"))
        buffer += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    }

    private mutating func flushIfFull() throws {
        guard buffer.count >= chunkSize else { return }
        try output(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
