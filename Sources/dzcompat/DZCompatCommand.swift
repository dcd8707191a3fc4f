import ArgumentParser
import DZFileIO
import DZReportModel
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

    /// ArgumentParser exits 64 on a usage error; dzcompat promises 2 for usage and input errors. A
    /// subcommand reports an input error (a file it cannot read, a layout it does not know) as a
    /// `ValidationError` from `run`, and a finding by writing it and throwing `ExitCode.failure` (1). A write
    /// to standard output that failed (a full disk, a closed descriptor) is an input error too.
    static func main() {
        OutputStream.holdStandardDescriptors()
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(rawArguments())
        } catch {
            if exitCode(for: error) == .validationFailure {
                writeStandardError(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(usageExitCode))
            }
            exit(withError: error)
        }
        do {
            try command.run()
            try OutputStream.flushStandardOutput()
        } catch let error as ValidationError {
            report(error.message)
            exit(withError: ExitCode(usageExitCode))
        } catch let error as FileError {
            report(error.description)
            exit(withError: ExitCode(usageExitCode))
        } catch {
            exit(withError: error)
        }
    }

    static let usageExitCode: Int32 = 2

    /// The arguments as the bytes they are: a path that is not UTF-8 reaches the file system unchanged
    /// (`FileName`), where `CommandLine.arguments` would have replaced its bytes with U+FFFD.
    private static func rawArguments() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            let argument = CommandLine.unsafeArgv[index]!
            return FileName.decode(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
        }
    }
}

/// A finding (exit 1): its message on stderr, then `ExitCode.failure` to throw.
func finding(_ message: String) -> ExitCode {
    report(message)
    return .failure
}

/// `dzcompat: <message>` on stderr, a path's raw bytes shown as `\xNN`.
func report(_ message: String) {
    if !message.isEmpty { writeStandardError("dzcompat: \(FileName.display(message))\n") }
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
        throw ValidationError(error.description)
    } catch let error as PolicyError {
        throw ValidationError(error.description)
    }
}
