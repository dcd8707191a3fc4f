import DZTestSupport
import DZGate
import DZJSON
import DZLayouts
import Foundation
import XCTest

/// The lock file round trip, and baselines from files and git revisions.
final class BaselineTests: XCTestCase {
    func testTheExportParsesBackIntoTheSameRegistry() throws {
        let text = JSONWriter.render(standard.exportJSON(), style: .pretty)
        let parsed = try LayoutsJSONDecoder().decode(Array(text.utf8), file: "layouts.json")
        XCTAssertEqual(parsed.accounts, standard.accounts)
        XCTAssertEqual(parsed.enumDefinitions, standard.enumDefinitions)
        XCTAssertEqual(parsed.exportJSON(), standard.exportJSON())
        XCTAssertEqual(parsed.account("user")?.current.acknowledgements, standard.account("user")?.current.acknowledgements)
        XCTAssertEqual(parsed.account("user")?.current.acknowledgements.count, 1, "U7 carries the slot-reuse acknowledgement")
    }

    func testWriteLockThenLoadIt() throws {
        let path = NSTemporaryDirectory() + "dzgate-lock-\(getpid()).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Gate.writeLock(standard, to: path)
        XCTAssertEqual(GateBaseline(argument: path), .lockFile(path: path))
        let loaded = try GateBaseline(argument: path).load()
        XCTAssertEqual(loaded.accounts, standard.accounts)
        XCTAssertEqual(Gate.compare(baseline: loaded, working: standard).findings, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: NSTemporaryDirectory() + ".dzgate-lock-\(getpid()).json.dzcompat-tmp-\(getpid())"), "written through a temporary file")
    }

    func testABadLockFileIsAnInputError() throws {
        let path = NSTemporaryDirectory() + "dzgate-bad-\(getpid()).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("{\"schema\": \"dzcompat-layouts/1\", \"limits\": {\"element_limit\": 65536, \"iteration_limit\": 16777216}, \"enums\": {}, \"accounts\": 3}".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try GateBaseline.lockFile(path: path).load()) { error in
            XCTAssertEqual(error as? GateInputError,
                           .invalidLayouts(.wrongType(file: path, path: "$.accounts", expected: "array", found: "integer")))
        }
        XCTAssertThrowsError(try GateBaseline.lockFile(path: path + ".missing").load()) { error in
            guard case .unreadableLock? = error as? GateInputError else { return XCTFail("\(error)") }
        }
    }

    func testAGitRevisionIsABaseline() throws {
        XCTAssertEqual(GateBaseline(argument: "HEAD"), .gitRevision("HEAD"))
        let registry = try GateBaseline.gitRevision("HEAD").load(repository: repositoryRoot())
        XCTAssertEqual(registry.accounts.map(\.name), standard.accounts.map(\.name))
    }

    func testAnUnknownRevisionOrAMissingFileIsAnInputError() throws {
        XCTAssertThrowsError(try GateBaseline.gitRevision("no-such-revision-0123").load(repository: repositoryRoot())) { error in
            XCTAssertEqual(error as? GateInputError, .unknownRevision("no-such-revision-0123"))
        }
        XCTAssertThrowsError(try GateBaseline.gitRevision("--output=/tmp/x").load(repository: repositoryRoot())) { error in
            XCTAssertEqual(error as? GateInputError, .unknownRevision("--output=/tmp/x"), "never passed to git as an option")
        }
        // A repository whose only commit has no fixtures/layouts.json.
        let repository = NSTemporaryDirectory() + "dzgate-repo-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: repository) }
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: repository + "/README"))
        for arguments in [["init", "-q"], ["add", "README"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "x"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git", "-C", repository] + arguments
            try git.run()
            git.waitUntilExit()
            XCTAssertEqual(git.terminationStatus, 0, "git \(arguments)")
        }
        XCTAssertThrowsError(try GateBaseline.gitRevision("HEAD").load(repository: repository)) { error in
            XCTAssertEqual(error as? GateInputError, .missingAtRevision(revision: "HEAD", path: "fixtures/layouts.json"))
            XCTAssertTrue("\(error)".contains("fixtures/layouts.json does not exist at git revision HEAD"))
        }
    }

    /// A baseline with no accounts passed the gate as "all new"; now it is refused unless declared new.
    func testABaselineLackingAccountsIsRefusedUnlessTheyAreNew() throws {
        let empty = Registry(accounts: [], enums: standard.enumDefinitions)
        XCTAssertThrowsError(try GateBaseline.requireAccounts(of: standard, in: empty, named: "empty.json", allowingNew: false)) { error in
            XCTAssertEqual(error as? GateInputError, .missingAccounts(baseline: "empty.json", names: standard.accounts.map(\.name)))
        }
        XCTAssertNoThrow(try GateBaseline.requireAccounts(of: standard, in: empty, named: "empty.json", allowingNew: true))
        XCTAssertNoThrow(try GateBaseline.requireAccounts(of: standard, in: standard, named: "lock", allowingNew: false))
    }

    /// Outside a repository, with no git on PATH, and with a --repository that is not a directory: three
    /// different errors, where there was one ("neither a file nor a git revision").
    func testGitProblemsAreToldApart() throws {
        let outside = NSTemporaryDirectory() + "dzgate-outside-\(getpid())"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        XCTAssertThrowsError(try GateBaseline.gitRevision("HEAD").load(repository: outside)) { error in
            XCTAssertEqual(error as? GateInputError, .notARepository(path: outside, revision: "HEAD"))
        }
        XCTAssertThrowsError(try GateBaseline.gitRevision("HEAD").load(repository: outside + "/missing")) { error in
            XCTAssertEqual(error as? GateInputError, .badRepository(path: outside + "/missing", reason: "No such file or directory"))
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", outside, 1)
        defer { setenv("PATH", path, 1) }
        XCTAssertThrowsError(try GateBaseline.gitRevision("HEAD").load(repository: repositoryRoot())) { error in
            XCTAssertEqual(error as? GateInputError, .gitNotFound(revision: "HEAD"))
        }
    }

    func testBetweenTakesTwoVersionsOfOneAccount() {
        XCTAssertThrowsError(try Gate.compare(layout("user@U6"), layout("device@D14"))) { error in
            XCTAssertEqual(error as? GateInputError, .differentAccounts("user@v6", "device@v14"))
        }
    }
}
