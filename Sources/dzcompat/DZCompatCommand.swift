import ArgumentParser
import DZCompat
import DZFixtures
import Glibc

/// `dzcompat`: the serviceability account layouts across their history, and how the SDKs read them.
@main
struct DZCompatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dzcompat",
        abstract: "Owns the DoubleZero serviceability account layouts and checks how the SDKs decode them.",
        discussion: """
            Layouts are named <account>@<version>: user@v7 (or user@U7, user@f7981ab6f, user for the \
            current one). `dzcompat layouts` lists them all.

            Exit codes: 0 success, 1 a finding (stale fixtures, a rejected account), 2 a usage or input error.
            """,
        subcommands: [GenerateFixtures.self, Layouts.self, ImportRust.self, Decode.self, Batch.self, CrossCheckCommand.self, Diff.self, Matrix.self, GateCommand.self, Lint.self, Bench.self, ReadersCommand.self]
    )

    /// ArgumentParser exits 64 on a usage error; dzcompat promises 2 for usage and input errors. A write
    /// to standard output that failed (a full disk, a closed descriptor) is an input error too.
    static func main() {
        OutputStream.holdStandardDescriptors()
        do {
            var command = try parseAsRoot(rawArguments())
            try command.run()
            do { try OutputStream.flushStandardOutput() } catch { throw CLIFailure.input(error.description) }
        } catch let failure as CLIFailure {
            failure.report()
            exit(withError: ExitCode(failure.exitCode))
        } catch {
            if exitCode(for: error) == .validationFailure {
                writeStandardError(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(CLIFailure.usageExitCode))
            }
            exit(withError: error)
        }
    }

    /// The arguments as the bytes they are: a path that is not UTF-8 reaches the file system unchanged
    /// (`FileName`), where `CommandLine.arguments` would have replaced its bytes with U+FFFD.
    private static func rawArguments() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            let argument = CommandLine.unsafeArgv[index]!
            return FileName.decode(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
        }
    }
}

/// A failure a subcommand reports itself: the message goes to stderr, the code says what kind it is.
struct CLIFailure: Error {
    static let findingExitCode: Int32 = 1
    static let usageExitCode: Int32 = 2

    var message: String
    var exitCode: Int32

    static func input(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: usageExitCode) }
    static func finding(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: findingExitCode) }

    func report() { if !message.isEmpty { writeStandardError("dzcompat: \(FileName.display(message))\n") } }
}

func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stderr) }
}

/// A policy file (divergences, lint), read and parsed: a file that cannot be read or parsed is an input error.
func readPolicy<Policy>(_ path: String, _ parse: ([UInt8], String) throws(PolicyError) -> Policy) throws -> Policy {
    do {
        return try parse(try FileIO.read(path), path)
    } catch let error as FileError {
        throw CLIFailure.input(error.description)
    } catch let error as PolicyError {
        throw CLIFailure.input(error.description)
    }
}
