import DZTestSupport
import Foundation
import XCTest

/// One run of a shell script that calls the CLI as `"$DZ"`, in a scratch directory.
struct CLIRun {
    var status: Int32
    /// True when a signal ended it (a trap, a kill), not an exit.
    var signalled: Bool
    var stdout: [UInt8]
    var stderr: String

    var stdoutLines: [String] { String(decoding: stdout, as: UTF8.self).split(separator: "\n").map(String.init) }

    /// Runs `script` with /bin/sh; stdout and stderr go through files, so neither can fill and block. A
    /// run that hangs is killed, with its process group, after `timeLimit` seconds (status 137).
    static func shell(_ script: String, in directory: String, environment: [String: String] = [:], timeLimit: Int = 300) throws -> CLIRun {
        let process = try start("exec /usr/bin/timeout -s KILL \(timeLimit) /bin/sh -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))'",
                                in: directory, environment: environment)
        process.process.waitUntilExit()
        return process.result()
    }

    static func start(_ script: String, in directory: String, environment: [String: String] = [:]) throws -> Started {
        let executable = try dzcompatExecutable()
        let out = "\(directory)/.run-stdout", err = "\(directory)/.run-stderr"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["DZ": executable, "ROOT": repositoryRoot()]) { $1 }
            .merging(environment) { $1 }
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = FileHandle(forWritingAtPath: out)
        process.standardError = FileHandle(forWritingAtPath: err)
        try process.run()
        return Started(process: process, out: out, err: err)
    }

    struct Started {
        let process: Process
        let out: String, err: String

        func result() -> CLIRun {
            CLIRun(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                   stdout: [UInt8](FileManager.default.contents(atPath: out) ?? Data()),
                   stderr: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))
        }
    }
}

/// A scratch directory per test, removed after it.
class CLITestCase: XCTestCase {
    var scratch = ""

    override func setUpWithError() throws {
        scratch = NSTemporaryDirectory() + "dzcompat-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: scratch) }

    func run(_ script: String, environment: [String: String] = [:], timeLimit: Int = 300) throws -> CLIRun {
        try CLIRun.shell(script, in: scratch, environment: environment, timeLimit: timeLimit)
    }
}
