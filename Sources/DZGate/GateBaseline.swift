import DZFileIO
import DZFixtures
import DZLayouts
import Foundation

/// Why the gate could not get its inputs (exit code 2).
public enum GateInputError: Error, Equatable, CustomStringConvertible {
    case unreadableLock(FileError)
    case invalidLayouts(LayoutsJSONError)
    /// `git` could not be started, or failed for another reason than the two below.
    case git(arguments: [String], reason: String)
    case unknownRevision(String)
    case missingAtRevision(revision: String, path: String)
    case unknownLayout(LayoutReferenceError)
    case differentAccounts(String, String)
    /// `--repository` is not a directory.
    case badRepository(path: String, reason: String)
    /// No `git` executable on PATH to read a revision with.
    case gitNotFound(revision: String)
    /// `--repository` is a directory outside any git repository.
    case notARepository(path: String, revision: String)
    /// The baseline has none of these accounts of the working layouts, and they were not declared new.
    case missingAccounts(baseline: String, names: [String])

    public var description: String {
        switch self {
        case .unreadableLock(let error): "cannot read the lock file: \(error)"
        case .invalidLayouts(let error): "invalid baseline layouts: \(error)"
        case .git(let arguments, let reason): "git \(arguments.joined(separator: " ")): \(reason)"
        case .unknownRevision(let revision): "'\(revision)' is neither a file nor a git revision of this repository"
        case .missingAtRevision(let revision, let path): "\(path) does not exist at git revision \(revision)"
        case .unknownLayout(let error): "\(error)"
        case .differentAccounts(let from, let to): "--between compares two versions of one account, not \(from) and \(to)"
        case .badRepository(let path, let reason): "--repository \(path): \(reason)"
        case .gitNotFound(let revision): "'\(revision)' is not a file, and there is no git on PATH to read it as a revision"
        case .notARepository(let path, let revision):
            "'\(revision)' is not a file, and \(path) is not in a git repository to look it up as a revision"
        case .missingAccounts(let baseline, let names):
            "\(baseline) has no layouts for \(names.joined(separator: ", ")), which the working layouts have "
                + "(an empty or truncated baseline?); pass --allow-new-accounts if they are new"
        }
    }
}

/// What the working layouts are compared with.
public enum GateBaseline: Sendable, Equatable {
    /// A layouts file (the committed lock, `fixtures/layouts.lock.json`).
    case lockFile(path: String)
    /// `fixtures/layouts.json` as committed at a git revision.
    case gitRevision(String)

    /// Where layouts.json lives in the repository, for a git revision.
    public static let layoutsPath = "fixtures/layouts.json"
    /// Largest baseline accepted, from a file or from git. Default 64 MiB, as for every JSON input.
    public static let sizeLimit = 64 << 20

    /// `--against X`: an existing file is a lock file; anything else names a git revision.
    public init(argument: String) {
        self = FileManager.default.fileExists(atPath: argument) ? .lockFile(path: argument) : .gitRevision(argument)
    }

    public var description: String {
        switch self {
        case .lockFile(let path): path
        case .gitRevision(let revision): "\(Self.layoutsPath) at git \(revision)"
        }
    }

    /// The baseline registry. `repository` is the git work tree a revision is looked up in.
    public func load(repository: String = ".") throws(GateInputError) -> Registry {
        let bytes: [UInt8], file: String
        switch self {
        case .lockFile(let path):
            do { bytes = try FileIO.read(path, limit: Self.sizeLimit) } catch { throw .unreadableLock(error) }
            file = path
        case .gitRevision(let revision):
            bytes = try Self.show(revision, repository: repository)
            file = "\(revision):\(Self.layoutsPath)"
        }
        do {
            return try LayoutsJSONDecoder().decode(bytes, file: file)
        } catch {
            throw .invalidLayouts(error)
        }
    }

    /// Throws unless `baseline` has every account of `working`: a baseline with no accounts would
    /// otherwise pass as all new. `allowingNew` says the missing ones are new.
    public static func requireAccounts(of working: Registry, in baseline: Registry, named name: String,
                                       allowingNew: Bool) throws(GateInputError) {
        let missing = working.accounts.map(\.name).filter { baseline.account($0) == nil }
        guard missing.isEmpty || allowingNew else { throw .missingAccounts(baseline: name, names: missing) }
    }

    /// `git show REV:fixtures/layouts.json`, after checking the repository and that REV names a commit,
    /// so that each way it can fail gets its own error.
    private static func show(_ revision: String, repository: String) throws(GateInputError) -> [UInt8] {
        // A revision starting with '-' would be read as an option.
        guard !revision.isEmpty, !revision.hasPrefix("-") else { throw .unknownRevision(revision) }
        do { try FileIO.requireDirectory(repository) } catch {
            guard case .cannotRead(_, let reason) = error else { throw .badRepository(path: repository, reason: "\(error)") }
            throw .badRepository(path: repository, reason: reason)
        }
        guard gitExecutable() != nil else { throw .gitNotFound(revision: revision) }
        guard try git(["rev-parse", "--git-dir"], repository: repository).status == 0 else {
            throw .notARepository(path: repository, revision: revision)
        }
        let verify = try git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], repository: repository)
        guard verify.status == 0 else { throw .unknownRevision(revision) }
        let arguments = ["cat-file", "-e", "\(revision):\(layoutsPath)"]
        guard try git(arguments, repository: repository).status == 0 else {
            throw .missingAtRevision(revision: revision, path: layoutsPath)
        }
        let shown = try git(["show", "\(revision):\(layoutsPath)"], repository: repository)
        guard shown.status == 0 else { throw .git(arguments: ["show", "\(revision):\(layoutsPath)"], reason: shown.error) }
        return shown.output
    }

    static func git(_ arguments: [String], repository: String) throws(GateInputError) -> (status: Int32, output: [UInt8], error: String) {
        guard let executable = gitExecutable() else { throw .git(arguments: arguments, reason: "no git on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-C", repository] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do { try process.run() } catch { throw .git(arguments: arguments, reason: "\(error)") }
        // Read before waiting: a full pipe would block git forever.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard data.count <= sizeLimit else { throw .git(arguments: arguments, reason: "more than \(sizeLimit) bytes of output") }
        return (process.terminationStatus, [UInt8](data), message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The first `git` on PATH that can be run.
    private static func gitExecutable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/git" }.first { access($0, X_OK) == 0 }
    }
}
