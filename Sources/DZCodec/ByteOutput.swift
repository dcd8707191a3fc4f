/// Where the encoder writes: raw memory of the caller's buffer, so a write is a store, not an array
/// append. Writes past the end are skipped but counted: a pass that did not fit tells the size to grow
/// to, and `fill` runs a second pass (only when a record is bigger than what the buffer last held).
struct ByteOutput {
    private let base: UnsafeMutableRawPointer?
    private let capacity: Int
    private(set) var count = 0

    private init(_ raw: UnsafeMutableRawBufferPointer) {
        base = raw.baseAddress
        capacity = raw.count
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count < capacity { base.unsafelyUnwrapped.storeBytes(of: byte, toByteOffset: count, as: UInt8.self) }
        count &+= 1
    }

    @inline(__always)
    mutating func append(_ raw: UnsafeRawBufferPointer) {
        if count &+ raw.count <= capacity, let source = raw.baseAddress {
            (base.unsafelyUnwrapped + count).copyMemory(from: source, byteCount: raw.count)
        }
        count &+= raw.count
    }

    /// The low `width` bytes of `value`, little-endian.
    @inline(__always)
    mutating func append(_ value: UInt64, width: Int) {
        if count &+ 8 <= capacity {
            // Store all 8 bytes and advance by `width`: the extra bytes are overwritten next or cut off.
            base.unsafelyUnwrapped.storeBytes(of: value.littleEndian, toByteOffset: count, as: UInt64.self)
        } else if count &+ width <= capacity {
            withUnsafeBytes(of: value.littleEndian) { (base.unsafelyUnwrapped + count).copyMemory(from: $0.baseAddress!, byteCount: width) }
        }
        count &+= width
    }

    /// Overwrites a byte already written (a size prefix known only after its body).
    mutating func set(_ byte: UInt8, at offset: Int) {
        if offset < capacity { base.unsafelyUnwrapped.storeBytes(of: byte, toByteOffset: offset, as: UInt8.self) }
    }

    /// Replaces `buffer`'s content by what `body` writes. A reused buffer is written in place over its
    /// last content (the usual record has the same size again); an empty one lends its whole capacity.
    static func fill<E: Error>(_ buffer: inout [UInt8], _ body: (inout ByteOutput) throws(E) -> Void) throws(E) {
        if buffer.isEmpty { buffer.append(contentsOf: repeatElement(0, count: buffer.capacity)) }
        var written = try pass(&buffer, body)
        if written > buffer.count {
            buffer.append(contentsOf: repeatElement(0, count: written - buffer.count))
            written = try pass(&buffer, body)
        }
        if written < buffer.count { buffer.removeLast(buffer.count - written) }
    }

    private static func pass<E: Error>(_ buffer: inout [UInt8], _ body: (inout ByteOutput) throws(E) -> Void) throws(E) -> Int {
        try buffer.withUnsafeMutableBufferPointer { (raw) throws(E) -> Int in
            var output = ByteOutput(UnsafeMutableRawBufferPointer(raw))
            try body(&output)
            return output.count
        }
    }
}
