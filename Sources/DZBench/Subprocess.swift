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

/// Runs a program with stdout and stderr thrown away and returns its peak resident memory in bytes: its
/// own high-water mark (`VmHWM` in /proc/PID/status, monotonic), read every 2 ms until it exits. Not
/// `ru_maxrss`: Linux carries the spawning process's high-water mark across exec into it.
func peakResidentBytes(_ executable: String, _ arguments: [String]) throws -> Int {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    let command = ([executable] + arguments).joined(separator: " ")
    guard spawned == 0 else { throw SubprocessError(command: command, status: spawned, stderr: "cannot start") }
    var peak = 0
    var status: Int32 = 0
    while true {
        peak = max(peak, highWaterMark(of: pid) ?? 0)
        let waited = waitpid(pid, &status, WNOHANG)
        if waited == pid { break }
        if waited < 0 && errno != EINTR { throw SubprocessError(command: command, status: errno, stderr: "lost the child") }
        usleep(2_000)
    }
    // Exited normally with 0 (the wait status's low 7 bits are 0, the exit code is in the next byte).
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
        throw SubprocessError(command: command, status: status, stderr: "did not exit 0")
    }
    return peak
}

/// `VmHWM` of a running process, in bytes; nil once it has exited (or on a kernel without it).
private func highWaterMark(of pid: pid_t) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
    return kilobytes * 1024
}
