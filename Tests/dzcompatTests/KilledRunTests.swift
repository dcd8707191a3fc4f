import DZCorpus
import Foundation
import XCTest

/// `generate-fixtures` killed with SIGKILL at random moments (issue 17): every fixture is whole, old or
/// new, and the next run removes what the killed ones left.
final class KilledRunTests: CLITestCase {
    func testEveryFixtureIsOldOrNewAfterAKillAndTheNextRunLeavesNoTemporaryFile() throws {
        // The new set, and how long writing it takes here.
        let started = Date()
        XCTAssertEqual(try run("\"$DZ\" generate-fixtures -o new > /dev/null").status, 0)
        let duration = Date().timeIntervalSince(started)
        let new = try contents(of: "\(scratch)/new")
        XCTAssertGreaterThanOrEqual(new.count, 99)
        let old = new.mapValues { Data("old ".utf8) + $0.prefix(8) }
        let directory = "\(scratch)/fixtures"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)

        // Seeded: the moments are random but the same on every run.
        var generator = SplitMix64(seed: 0xD2C0_0017)
        for kill in 0..<20 {
            // Every file old again, so that the run has all of them to write.
            for (name, data) in old { try data.write(to: URL(fileURLWithPath: "\(directory)/\(name)")) }
            let delay = duration * Double(generator.next() % 1000) / 1000
            let process = try CLIRun.start("exec \"$DZ\" generate-fixtures -o fixtures", in: scratch)
            Thread.sleep(forTimeInterval: delay)
            Glibc.kill(process.process.processIdentifier, SIGKILL)
            process.process.waitUntilExit()
            let now = try contents(of: directory)
            for (name, data) in new {
                XCTAssertTrue(now[name] == data || now[name] == old[name], "kill \(kill) after \(delay) s: \(name) is torn or missing")
            }
        }
        // What the last kill left (each run removes what the one before it left): --check names it.
        let left = try FileManager.default.contentsOfDirectory(atPath: directory).filter(isTemporary)
        let check = try run("\"$DZ\" generate-fixtures --check -o fixtures")
        for name in left {
            XCTAssertTrue(check.stderr.contains("stale temporary file of a killed run: fixtures/\(name)\n"), check.stderr)
        }
        let last = try run("\"$DZ\" generate-fixtures -o fixtures")
        XCTAssertEqual(last.status, 0, last.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).filter(isTemporary), [])
        XCTAssertEqual(try contents(of: directory), new)
        XCTAssertEqual(try run("\"$DZ\" generate-fixtures --check -o fixtures").status, 0)
    }

    private func isTemporary(_ name: String) -> Bool { name.contains("dzcompat-tmp-") || name.contains(".tmp-") }

    private func contents(of directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where !isTemporary(name) {
            files[name] = FileManager.default.contents(atPath: "\(directory)/\(name)")
        }
        return files
    }
}
