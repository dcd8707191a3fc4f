import Glibc

/// Output written as a stream to an open descriptor: standard output, a device, a named pipe. Every
/// failed write is an error (a full disk, a closed descriptor), never lost output.
public struct OutputStream {
    public let descriptor: Int32
    /// The name errors give (a path, or "standard output").
    public let name: String

    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    public static let standardOutput = OutputStream(descriptor: STDOUT_FILENO, name: "standard output")

    /// Writes every byte, waiting while a non-blocking descriptor is full.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(FileError) {
        if let failure = writeAll(bytes) { throw failure }
    }

    public func write(_ bytes: [UInt8]) throws(FileError) {
        if let failure = bytes.withUnsafeBytes(writeAll) { throw failure }
    }

    public func write(_ text: String) throws(FileError) {
        var text = text
        if let failure = text.withUTF8({ writeAll(UnsafeRawBufferPointer($0)) }) { throw failure }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> FileError? {
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 && errno == EINTR { continue }
            if count < 0 && errno == EAGAIN {
                var wait = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&wait, 1, -1)
                continue
            }
            guard count > 0 else { return .cannotWrite(path: name, reason: FileIO.errorText()) }
            written += count
        }
        return nil
    }

    /// Flushes C's `stdout` (what `print` writes into) and reports a write that failed since the start.
    public static func flushStandardOutput() throws(FileError) {
        if fflush(stdout) != 0 { throw .cannotWrite(path: "standard output", reason: FileIO.errorText()) }
        if ferror(stdout) != 0 { throw .cannotWrite(path: "standard output", reason: "a write failed") }
    }

    /// Descriptors 0, 1 and 2 held open, read-only, on /dev/null when the caller closed them: a file this
    /// process opens must never become its standard output, and a write to a closed one must fail, not vanish.
    public static func holdStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}
