import Glibc

/// Writing a named output (`-o`, `--write-lock`, a fixture). Only an absent path or a regular file is
/// replaced, atomically through a temporary file; a symbolic link is followed to its target and never
/// replaced; a device, a named pipe or `-` (standard output) is written as a stream.
public enum OutputFile {
    /// The mark in a temporary file's name: `.<name>.dzcompat-tmp-<pid>`, beside the file it becomes.
    public static let temporaryMark = ".dzcompat-tmp-"

    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        if path == "-" { return try OutputStream.standardOutput.write(bytes) }
        var status = stat()
        guard FileName.withCString(path, { lstat($0, &status) }) == 0 else {
            guard errno == ENOENT else { throw .cannotWrite(path: path, reason: FileIO.errorText()) }
            return try replace(path, with: bytes, mode: 0o644)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: try replace(path, with: bytes, mode: status.st_mode & 0o7777)
        case S_IFLNK: try write(bytes, to: try target(of: path))
        case S_IFDIR: throw .cannotWrite(path: path, reason: "is a directory")
        default: try stream(bytes, to: path)
        }
    }

    /// The temporary files in `directory` whose writer is no longer running (a killed run's).
    public static func staleTemporaries(in directory: String) -> [String] {
        FileIO.listDirectory(directory).filter { name in
            guard let owner = temporaryOwner(name) else { return false }
            return kill(owner, 0) != 0 && errno == ESRCH
        }
    }

    /// Removes the stale temporary files of `directory`; returns their names.
    public static func removeStaleTemporaries(in directory: String) throws(FileError) -> [String] {
        let stale = staleTemporaries(in: directory)
        for name in stale {
            let path = "\(directory)/\(name)"
            guard FileName.withCString(path, { unlink($0) }) == 0 || errno == ENOENT else {
                throw .cannotWrite(path: path, reason: FileIO.errorText())
            }
        }
        return stale
    }

    /// The process that wrote a temporary file: `.<name>.dzcompat-tmp-<pid>`, or `<name>.tmp-<pid>` as
    /// earlier versions named them.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard let dash = name.lastIndex(of: "-") else { return nil }
        let digits = name[name.index(after: dash)...], stem = name[..<dash]
        let current = name.hasPrefix(".") && stem.hasSuffix(temporaryMark.dropLast())
        guard current || stem.hasSuffix(".tmp"), !digits.isEmpty, digits.allSatisfy(\.isASCII),
              let pid = pid_t(digits), pid > 0 else { return nil }
        return pid
    }

    /// Where a symbolic link leads; a link to nothing is refused rather than replaced or created through.
    private static func target(of link: String) throws(FileError) -> String {
        guard let resolved = FileName.withCString(link, { realpath($0, nil) }) else {
            throw .cannotWrite(path: link, reason: "a symbolic link to a missing target (\(FileIO.errorText())); not replaced")
        }
        defer { free(resolved) }
        return FileName.decode(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
    }

    /// A device, a named pipe or a socket: opened without creating or truncating, written in order.
    private static func stream(_ bytes: [UInt8], to path: String) throws(FileError) {
        // O_NONBLOCK: a named pipe with no reader fails at once (ENXIO) instead of waiting for one.
        let descriptor = FileName.withCString(path) { Glibc.open($0, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw .cannotWrite(path: path, reason: errno == ENXIO ? "a named pipe or socket with no reader" : FileIO.errorText())
        }
        defer { close(descriptor) }
        try OutputStream(descriptor: descriptor, name: path).write(bytes)
    }

    /// Writes a temporary file beside `path` (created exclusively, never through a link), then renames it
    /// into place: a reader sees the old file or the new one, never a torn one.
    private static func replace(_ path: String, with bytes: [UInt8], mode: mode_t) throws(FileError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(directory).\(name)\(temporaryMark)\(getpid())"
        var descriptor = open(temporary, mode: mode)
        if descriptor < 0 && errno == EEXIST {
            // Left by an earlier process with this PID, which cannot be running: it is this one.
            _ = FileName.withCString(temporary) { unlink($0) }
            descriptor = open(temporary, mode: mode)
        }
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: FileIO.errorText()) }
        do {
            try OutputStream(descriptor: descriptor, name: path).write(bytes)
        } catch {
            close(descriptor)
            _ = FileName.withCString(temporary) { unlink($0) }
            throw error
        }
        let synced = fsync(descriptor) == 0, closed = close(descriptor) == 0
        let renamed = synced && closed
            && FileName.withCString(temporary, { from in FileName.withCString(path) { rename(from, $0) } }) == 0
        guard renamed else {
            let reason = FileIO.errorText()
            _ = FileName.withCString(temporary) { unlink($0) }
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    private static func open(_ path: String, mode: mode_t) -> Int32 {
        FileName.withCString(path) { Glibc.open($0, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode) }
    }
}
