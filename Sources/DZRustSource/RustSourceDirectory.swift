import Foundation

/// Why a source directory could not be read (exit code 2).
public struct RustSourceReadError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

extension RustSourceFile {
    /// Largest file read. Default 8 MiB: the program's largest file is about 100 KB.
    public static let sizeLimit = 8 << 20

    /// Every `.rs` file under `directory`, with paths relative to it, in path order.
    public static func load(directory: String) throws(RustSourceReadError) -> [RustSourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RustSourceReadError(path: directory, reason: "not a directory")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw RustSourceReadError(path: directory, reason: "cannot list the directory")
        }
        var files: [RustSourceFile] = []
        for case let relative as String in enumerator where relative.hasSuffix(".rs") {
            let path = (directory as NSString).appendingPathComponent(relative)
            guard let handle = FileHandle(forReadingAtPath: path) else { throw RustSourceReadError(path: path, reason: "cannot read") }
            defer { try? handle.close() }
            let data = (try? handle.read(upToCount: sizeLimit + 1)) ?? Data()
            guard data.count <= sizeLimit else { throw RustSourceReadError(path: path, reason: "larger than \(sizeLimit) bytes") }
            guard let text = String(data: data, encoding: .utf8) else { throw RustSourceReadError(path: path, reason: "not UTF-8") }
            files.append(RustSourceFile(path: relative, text: text))
        }
        return files.sorted { $0.path < $1.path }
    }
}
