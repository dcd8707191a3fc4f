import Foundation

/// A child process that did not finish the way a benchmarked job must.
struct SubprocessError: Error, CustomStringConvertible {
    var command: String
    var status: Int32
    var stderr: String
    var description: String { "\(command) (status \(status)): \(stderr.prefix(500))" }
}

/// Runs a program to completion with the given stdin. Its stdout is read and only its lines counted
/// (`expectedLines`, when given, must match), so that timing covers the program, not what we make of
/// its output. Statuses in `accepted` count as success.
func runProcess(
    _ executable: String, _ arguments: [String], directory: String? = nil, environment: [String: String]? = nil,
    input: Data = Data(), expectedLines: Int? = nil, accepted: Set<Int32> = [0]
) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    // Input from a file and stderr to a file: only stdout is a pipe, so no side can block the other.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dzcompat-bench-\(getpid())")
    try input.write(to: scratch.appendingPathExtension("in"))
    _ = FileManager.default.createFile(atPath: scratch.appendingPathExtension("err").path, contents: nil)
    defer {
        try? FileManager.default.removeItem(at: scratch.appendingPathExtension("in"))
        try? FileManager.default.removeItem(at: scratch.appendingPathExtension("err"))
    }
    let stdout = Pipe()
    process.standardInput = try FileHandle(forReadingFrom: scratch.appendingPathExtension("in"))
    process.standardOutput = stdout
    process.standardError = try FileHandle(forWritingTo: scratch.appendingPathExtension("err"))
    try process.run()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let command = ([executable] + arguments).joined(separator: " ")
    guard accepted.contains(process.terminationStatus) else {
        let errors = (try? Data(contentsOf: scratch.appendingPathExtension("err"))) ?? Data()
        throw SubprocessError(command: command, status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
    }
    if let expectedLines {
        let lines = output.withUnsafeBytes { raw in raw.reduce(0) { $0 &+ ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
        guard lines == expectedLines else {
            throw SubprocessError(command: command, status: process.terminationStatus, stderr: "answered \(lines) of \(expectedLines) lines")
        }
    }
}
