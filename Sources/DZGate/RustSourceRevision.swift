import DZRustSource

extension RustSourceFile {
    /// Every `.rs` file under `directory` as committed at `revision`, with paths relative to the
    /// directory, which lies inside a git work tree.
    public static func load(directory: String, revision: String) throws(GateInputError) -> [RustSourceFile] {
        guard !revision.isEmpty, !revision.hasPrefix("-"),
              try GateBaseline.git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], repository: directory).status == 0
        else { throw .unknownRevision(revision) }
        // ls-tree lists paths relative to the directory it runs in; `REV:./path` reads one of them.
        let listing = try GateBaseline.git(["ls-tree", "-r", "--name-only", revision, "--", "."], repository: directory)
        guard listing.status == 0 else { throw .git(arguments: ["ls-tree", "-r", "--name-only", revision], reason: listing.error) }
        var files: [RustSourceFile] = []
        for path in String(decoding: listing.output, as: UTF8.self).split(separator: "\n").map(String.init) where path.hasSuffix(".rs") {
            let shown = try GateBaseline.git(["show", "\(revision):./\(path)"], repository: directory)
            guard shown.status == 0 else { throw .git(arguments: ["show", "\(revision):./\(path)"], reason: shown.error) }
            files.append(RustSourceFile(path: path, text: String(decoding: shown.output, as: UTF8.self)))
        }
        guard !files.isEmpty else { throw .missingAtRevision(revision: revision, path: "\(directory)/*.rs") }
        return files
    }
}
