import Glibc

/// Why a file could not be read or written.
public enum FileError: Error, Equatable, CustomStringConvertible {
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case tooLarge(path: String, size: Int, limit: Int)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason): "\(path): cannot read: \(reason)"
        case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
        case .tooLarge(let path, let size, let limit): "\(path): \(size) bytes, more than the limit of \(limit)"
        }
    }
}

/// Plain POSIX file access: whole-file reads with a size limit, directories. Writes: `OutputFile`.
public enum FileIO {
    /// Largest input read whole. Default for every reader of files: 64 MiB.
    public static let defaultLimit = 64 << 20

    /// Reads a whole regular file; `limit` keeps an untrusted path from making us allocate without bound.
    /// With `streamTimeout`, a named pipe or a character device is read as a stream instead, failing
    /// when no byte arrives for that many seconds (a pipe may have no writer); without it, any file but
    /// a regular one is refused without waiting.
    public static func read(_ path: String, limit: Int = defaultLimit, streamTimeout: Double? = nil) throws(FileError) -> [UInt8] {
        // O_NONBLOCK: opening a named pipe with no writer would otherwise wait for one for ever.
        let descriptor = FileName.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw .cannotRead(path: path, reason: errorText()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .cannotRead(path: path, reason: errorText()) }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFREG { return try readRegular(descriptor, path: path, size: Int(status.st_size), limit: limit) }
        guard let streamTimeout, kind == S_IFIFO || kind == S_IFCHR else {
            throw .cannotRead(path: path, reason: "not a regular file (\(describe(kind)))")
        }
        return try readStream(descriptor, path: path, limit: limit, timeout: streamTimeout)
    }

    /// Nil when the file does not exist; other failures throw.
    public static func readIfPresent(_ path: String, limit: Int = defaultLimit) throws(FileError) -> [UInt8]? {
        do {
            return try read(path, limit: limit)
        } catch .cannotRead where !exists(path) {
            return nil
        }
    }

    /// Creates a directory; an existing one is fine, anything else at the path is an error.
    public static func makeDirectory(_ path: String) throws(FileError) {
        guard FileName.withCString(path, { mkdir($0, 0o755) }) != 0 else { return }
        guard errno == EEXIST else { throw .cannotWrite(path: path, reason: errorText()) }
        try requireDirectory(path)
    }

    /// Throws unless `path` is a directory (or, with `absentAllowed`, does not exist).
    public static func requireDirectory(_ path: String, absentAllowed: Bool = false) throws(FileError) {
        var status = stat()
        guard FileName.withCString(path, { stat($0, &status) }) == 0 else {
            if errno == ENOENT && absentAllowed { return }
            throw .cannotRead(path: path, reason: errorText())
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .cannotRead(path: path, reason: "not a directory") }
    }

    /// Whether `path` names a directory (following links).
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return FileName.withCString(path, { stat($0, &status) }) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The names in a directory, sorted; empty when it does not exist. Names are bytes: see `FileName`.
    public static func listDirectory(_ path: String) -> [String] {
        guard let directory = FileName.withCString(path, { opendir($0) }) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in FileName.decode(raw.prefix { $0 != 0 }) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func errorText() -> String { String(cString: strerror(errno)) }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return FileName.withCString(path) { lstat($0, &status) } == 0
    }

    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a named pipe"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a file"
        }
    }

    private static func readRegular(_ descriptor: Int32, path: String, size: Int, limit: Int) throws(FileError) -> [UInt8] {
        guard size <= limit else { throw .tooLarge(path: path, size: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw .cannotRead(path: path, reason: count == 0 ? "file shrank while reading" : errorText()) }
            filled += count
        }
        return bytes
    }

    private static func readStream(_ descriptor: Int32, path: String, limit: Int, timeout: Double) throws(FileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&wait, 1, Int32(timeout * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else {
                throw .cannotRead(path: path, reason: ready == 0 ? "no data for \(timeout) s (a named pipe with no writer?)" : errorText())
            }
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count >= 0 else { throw .cannotRead(path: path, reason: errorText()) }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw .tooLarge(path: path, size: bytes.count + count, limit: limit) }
            bytes += chunk[..<count]
        }
    }
}
