import DZTestSupport
import Foundation
import XCTest

/// The CLI used carelessly or with hostile input, as a subprocess (issue 17): every case ends with a clear
/// error or the right result, never a trap, a hang, a replaced path or lost output.
final class HostileUseTests: CLITestCase {
    func testOutputPathsAreWrittenThroughNeverReplaced() throws {
        let result = try run("""
            mkfifo pipe && cat pipe > from-pipe & sleep 0.2
            "$DZ" gate --no-releases --write-lock pipe || exit 10; wait
            echo old > lock.json && ln -s lock.json link.json && "$DZ" gate --no-releases --write-lock link.json || exit 11
            "$DZ" layouts --json > expected || exit 12
            "$DZ" matrix --readers program,go,ts,py --format json -o - > dash || exit 13
            test -p pipe && test -L link.json && test ! -e ./- || exit 14
            """)
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = FileManager.default.contents(atPath: "\(scratch)/expected")
        XCTAssertEqual(FileManager.default.contents(atPath: "\(scratch)/from-pipe"), expected, "the pipe's reader got the lock")
        XCTAssertEqual(FileManager.default.contents(atPath: "\(scratch)/lock.json"), expected, "written through the link")
        XCTAssertGreaterThan(FileManager.default.contents(atPath: "\(scratch)/dash")?.count ?? 0, 1000, "-o - is standard output")
    }

    /// Run from somewhere else (the program's own checkout, for `gate --rust`), dzcompat still finds the
    /// releases of the checkout it was built in.
    func testTheReleasesAreFoundFromAnyDirectory() throws {
        let run = try run(#""$DZ" readers"#)
        XCTAssertEqual(run.status, 0, run.stderr)
        let releases = run.stdoutLines.filter { $0.hasPrefix("py@") }
        XCTAssertFalse(releases.isEmpty, run.stdoutLines.joined(separator: "\n"))
        XCTAssertFalse(releases.contains { $0.contains("not installed") }, releases.joined(separator: "\n"))
    }

    func testFailedWritesToStandardOutputExitTwo() throws {
        for command in ["decode --layout user \"$ROOT/fixtures/user.bin\" > /dev/full", "layouts --json > /dev/full",
                        "matrix --readers program,go,ts,py --format json > /dev/full", "batch < batch.txt >&-", "batch < batch.txt > /dev/full"] {
            let result = try run("printf 'user@v7\\t0700\\n' > batch.txt; \"$DZ\" \(command)")
            XCTAssertEqual(result.status, 2, command)
            XCTAssertTrue(result.stderr.contains("standard output: cannot write: "), "\(command): \(result.stderr)")
        }
    }

    func testAnOverLongBatchLineIsABadRequestAndReadingGoesOn() throws {
        let long = "user@v7\t" + String(repeating: "00", count: 5000)
        try Data("user@v7\t0700\n\(long)\nnotab\r\nuser@v7\t0700".utf8).write(to: URL(fileURLWithPath: "\(scratch)/in"))
        let result = try run("\"$DZ\" batch --max-line-bytes 1000 < in")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdoutLines
        guard lines.count == 4 else { return XCTFail("\(lines.count) answers, expected 4: \(result.stderr)") }
        XCTAssertTrue(lines[0].hasPrefix("{\"ok\""))
        XCTAssertEqual(lines[1], "{\"fatal\":\"bad request: line 2: 10008 bytes, more than --max-line-bytes 1000\"}")
        XCTAssertEqual(lines[2], "{\"fatal\":\"bad request: line 3: expected <layout>\\\\t<hex>\"}")
        XCTAssertEqual(lines[3], lines[0], "a last line without a newline is answered")
    }

    /// Every case that allocates from its input, under RLIMIT_AS: an error or an answer, never a trap.
    /// Before, a 300 MB batch line died with "Fatal error: failed to allocate" and its answers lost.
    func testNoCaseTrapsUnderAnAddressSpaceLimit() throws {
        let cases = [
            "{ printf 'user@v7\\t'; head -c 300000000 /dev/zero | tr '\\\\0' 0; printf '\\nuser@v7\\t0700\\n'; } | \"$DZ\" batch",
            "{ printf 'user@v7\\t'; head -c 60000000 /dev/zero | tr '\\\\0' 0; printf '\\n'; } | \"$DZ\" batch --sdk py",
            "head -c 70000000 /dev/zero > big.bin; \"$DZ\" decode --layout user big.bin",
        ]
        let results = try cases.map { command in
            let result = try run("ulimit -v \(addressSpaceLimitKB) && \(command)")
            XCTAssertFalse(result.signalled || result.status > 2, "\(command): status \(result.status)\n\(result.stderr.prefix(300))")
            XCTAssertFalse(result.stderr.contains("Fatal error"), "\(command): \(result.stderr.prefix(300))")
            return result
        }
        XCTAssertEqual(results[0].stdoutLines.count, 2, "the line after the long one is answered")
        XCTAssertTrue(results[0].stdoutLines.first?.hasPrefix("{\"fatal\":\"bad request: line 1: 300000008 bytes") == true)
        XCTAssertEqual(results[2].status, 2)
        XCTAssertTrue(results[2].stderr.contains("big.bin: 70000000 bytes, more than the limit of 67108864"), results[2].stderr)
    }

    func testNamedPipesDoNotHang() throws {
        let noWriter = try run("mkfifo p && \"$DZ\" decode --layout user p", timeLimit: 30)
        XCTAssertEqual(noWriter.status, 2)
        XCTAssertTrue(noWriter.stderr.contains("p: cannot read: no data for 5.0 s"), noWriter.stderr)
        let writer = try run("mkfifo q && (sleep 0.3; cat \"$ROOT/fixtures/user.bin\" > q) & \"$DZ\" decode --compact --layout user q", timeLimit: 30)
        XCTAssertEqual(writer.status, 0, writer.stderr)
        XCTAssertTrue(writer.stdoutLines.first?.hasPrefix("{\"ok\"") == true)
        for mode in ["--check ", ""] {
            let fixture = try run("\"$DZ\" generate-fixtures -o f > /dev/null && rm f/user.bin && mkfifo f/user.bin && \"$DZ\" generate-fixtures \(mode)-o f", timeLimit: 30)
            XCTAssertEqual(fixture.status, 2, mode)
            XCTAssertTrue(fixture.stderr.contains("f/user.bin: cannot read: not a regular file (a named pipe)"), fixture.stderr)
        }
    }

    func testInputsThatShouldBeRefused() throws {
        let lock = "\(repositoryRoot())/fixtures/layouts.lock.json"
        let empty = try run("sed 's/\"accounts\": \\[/\"accounts\": [], \"old\": [/' \"\(lock)\" > empty.json && \"$DZ\" gate --no-releases --against empty.json")
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("empty.json has no layouts for user, device"), empty.stderr)
        let allowed = try run("\"$DZ\" gate --no-releases --against empty.json --allow-new-accounts")
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        let limit = try run("sed 's/\"element_limit\": 65536/\"element_limit\": 0/' \"\(lock)\" > zero.json && \"$DZ\" gate --no-releases --against zero.json")
        XCTAssertEqual(limit.status, 2)
        XCTAssertTrue(limit.stderr.contains("$.limits.element_limit: 0 is out of range"), limit.stderr)
        let notDirectory = try run("echo x > regular && \"$DZ\" generate-fixtures --check --output regular")
        XCTAssertEqual(notDirectory.status, 2)
        XCTAssertEqual(notDirectory.stderr, "dzcompat: regular: cannot read: not a directory\n")
    }

    func testNonUTF8FileNamesKeepTheirBytes() throws {
        let decoded = try run("cp \"$ROOT/fixtures/user.bin\" \"$(printf 'u\\377.bin')\" && \"$DZ\" decode --compact --layout user \"$(printf 'u\\377.bin')\"")
        XCTAssertEqual(decoded.status, 0, decoded.stderr)
        let listed = try run("\"$DZ\" generate-fixtures -o f > /dev/null && : > \"f/$(printf '\\377\\376.bin')\" && \"$DZ\" generate-fixtures --check -o f")
        XCTAssertEqual(listed.status, 1)
        XCTAssertTrue(listed.stderr.contains("unexpected: f/\\xff\\xfe.bin"), listed.stderr)
    }

    func testGitProblemsHaveTheirOwnMessages() throws {
        let outside = try run("mkdir plain && cd plain && \"$DZ\" gate --no-releases --against HEAD")
        let noGit = try run("\"$DZ\" gate --no-releases --against HEAD --repository \"$ROOT\"", environment: ["PATH": "/nonexistent"])
        let badRepository = try run("\"$DZ\" gate --no-releases --against HEAD --repository /no/such/directory")
        XCTAssertEqual([outside.status, noGit.status, badRepository.status], [2, 2, 2])
        XCTAssertTrue(outside.stderr.contains("is not in a git repository"), outside.stderr)
        XCTAssertTrue(noGit.stderr.contains("no git on PATH"), noGit.stderr)
        XCTAssertTrue(badRepository.stderr.contains("--repository /no/such/directory: No such file or directory"), badRepository.stderr)
    }

    /// Far less than the 756 MB a 300 MB line took, and more than the bounded cases need.
    private let addressSpaceLimitKB = 700_000
}
