/// Writes a set of named files into a directory, touching only those whose content differs, or checks a
/// directory against the set.
public struct DirectoryWriter {
    /// What a write or a check found.
    public struct Report: Sendable {
        /// Files whose content is new or changed (written, or stale when checking).
        public var changed: [String] = []
        /// Files the set has and the directory does not.
        public var missing: [String] = []
        /// Files in the directory that the set does not produce (checked only).
        public var unexpected: [String] = []
        /// Temporary files of a run that was killed: removed when writing, named when checking.
        public var staleTemporaries: [String] = []
        /// Every file of the set.
        public var total = 0
        public var isClean: Bool { changed.isEmpty && missing.isEmpty && unexpected.isEmpty && staleTemporaries.isEmpty }
    }

    public let directory: String
    /// Files that live in the directory but are not in the set, and are not unexpected there.
    public let keeping: Set<String>

    public init(directory: String, keeping: Set<String> = []) {
        self.directory = directory
        self.keeping = keeping
    }

    /// Writes files whose content differs; unchanged files are left alone (their mtime too). A file
    /// that is a symbolic link is written through it; the temporary files of a killed run are removed.
    public func write(_ files: [(name: String, bytes: [UInt8])]) throws(FileError) -> Report {
        try FileIO.makeDirectory(directory)
        var report = Report(total: files.count)
        report.staleTemporaries = try OutputFile.removeStaleTemporaries(in: directory)
        for file in files {
            let path = "\(directory)/\(file.name)"
            let existing = try FileIO.readIfPresent(path)
            guard existing != file.bytes else { continue }
            try OutputFile.write(file.bytes, to: path)
            if existing == nil { report.missing.append(file.name) } else { report.changed.append(file.name) }
        }
        return report
    }

    /// Compares the directory with the set without writing anything.
    public func check(_ files: [(name: String, bytes: [UInt8])]) throws(FileError) -> Report {
        try FileIO.requireDirectory(directory, absentAllowed: true)
        var report = Report(total: files.count)
        for file in files {
            switch try FileIO.readIfPresent("\(directory)/\(file.name)") {
            case nil: report.missing.append(file.name)
            case let bytes? where bytes != file.bytes: report.changed.append(file.name)
            default: break
            }
        }
        report.staleTemporaries = OutputFile.staleTemporaries(in: directory)
        let expected = Set(files.map(\.name)).union(keeping).union(report.staleTemporaries)
        report.unexpected = FileIO.listDirectory(directory).filter { !expected.contains($0) && !$0.hasPrefix(".") }
        return report
    }
}
