import DZFileIO
import Glibc

/// Lines of a descriptor, each at most `limit` bytes: a longer line is skipped as it streams past, so
/// memory stays within the limit plus one read, whatever the input.
struct LineReader {
    enum Line {
        /// The line's bytes, without its newline (or CR LF).
        case text(ArraySlice<UInt8>)
        /// A line of `length` bytes, more than the limit: its bytes were dropped.
        case tooLong(length: Int)
    }

    let descriptor: Int32
    let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// True when no byte read is left to answer: the caller's moment to flush before the next read waits.
    var isDrained: Bool { start == buffer.count }

    mutating func next() throws(FileError) -> Line? {
        var skipped = 0
        var searched = start
        while true {
            if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                if skipped > 0 || line.count > limit { return .tooLong(length: skipped + line.count) }
                return .text(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return skipped > 0 || line.count > limit ? .tooLong(length: skipped + line.count) : .text(line)
            }
            // Past the limit with no newline: drop what is held of this line and count it.
            if buffer.count - start > limit {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            } else if start > 0 {
                buffer.removeSubrange(..<start)
                start = 0
            }
            searched = buffer.count
            try fill()
        }
    }

    private mutating func fill() throws(FileError) {
        let chunk = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + old, chunk) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                buffer.removeSubrange(old...)
                throw .cannotRead(path: "standard input", reason: String(cString: strerror(errno)))
            }
            buffer.removeSubrange((old + count)...)
            atEnd = count == 0
            return
        }
    }
}
