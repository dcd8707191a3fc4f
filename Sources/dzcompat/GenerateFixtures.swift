import ArgumentParser
import DZFileIO
import DZFixtures
import DZLayouts

struct GenerateFixtures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-fixtures",
        abstract: "Write the fixture set (.bin and .json per account version, plus layouts.json).",
        discussion: """
            Today's layouts are written byte-identical to the upstream fixtures (user, device, device_legacy, \
            device_future_version, global_state); beside them, one fixture per historical layout version, the \
            instruction payloads and the after-write fixtures. Files are written atomically and only when \
            their content changes. With --check nothing is written: every stale, missing or unexpected file \
            is named and the exit code is 1.
            """
    )

    @Option(name: .shortAndLong, help: "The fixture directory.")
    var output = "fixtures"

    @Flag(help: "Compare the directory with what would be generated; write nothing.")
    var check = false

    func run() throws {
        let registry = Registry.standard
        let fixtures: [Fixture]
        do {
            fixtures = try FixtureCatalogue(registry: registry).build()
        } catch {
            throw ValidationError(error.description)
        }
        let files = FixtureFiles.files(fixtures, registry: registry)
        let writer = DirectoryWriter(directory: output, keeping: FixtureFiles.handWritten)
        do {
            if check {
                let report = try writer.check(files)
                guard report.isClean else {
                    var lines: [String] = []
                    lines += report.changed.map { "stale: \(output)/\($0)" }
                    lines += report.missing.map { "missing: \(output)/\($0)" }
                    lines += report.unexpected.map { "unexpected: \(output)/\($0)" }
                    lines += report.staleTemporaries.map { "stale temporary file of a killed run: \(output)/\($0)" }
                    lines.append("run `make generate-fixtures` and commit the result")
                    throw finding(lines.joined(separator: "\n"))
                }
                print("\(output)/: \(report.total) files up to date")
            } else {
                let report = try writer.write(files)
                let accounts = Set(fixtures.map { $0.layout.split(separator: "@")[0] }).count
                print("\(output)/: \(fixtures.count) fixtures (\(report.total) files) for \(accounts) accounts and instructions; "
                      + "\(report.missing.count) new, \(report.changed.count) changed, "
                      + "\(report.total - report.missing.count - report.changed.count) unchanged"
                      + (report.staleTemporaries.isEmpty ? "" : "; removed \(report.staleTemporaries.count) temporary files of a killed run"))
            }
        } catch let error as FileError {
            throw ValidationError(error.description)
        }
    }
}
