import ArgumentParser
import DZGate
import DZLayouts

/// `dzcompat gate`: the layout-change gate (product.md, "Gate: what a layout change is").
struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Compare the layouts with a baseline; fail on a change that would make a reader misread accounts.",
        discussion: """
            --against FILE|REV compares every account's current layout with a layouts lock file \
            (fixtures/layouts.lock.json) or with fixtures/layouts.json at a git revision. --between A B \
            compares two versions of one account (user@U6 user@U7). --write-lock PATH writes the current \
            layouts as the lock. Each change is judged by running the program and the three SDK ports on \
            synthesized accounts of both versions, and the published releases (`dzcompat readers`) on the \
            new accounts.

            Exit codes: 0 nothing breaks, 1 a breaking, unacknowledged or unverifiable change, 2 a usage or \
            input error (bad lock file, unknown revision).
            """
    )

    @Option(help: "The baseline: a layouts lock file, or a git revision.")
    var against: String?

    @Option(parsing: .upToNextOption, help: "Two versions of one account, e.g. --between user@U6 user@U7.")
    var between: [String] = []

    @Option(help: "Write the current layouts to this lock file (atomically) and exit.")
    var writeLock: String?

    @Option(help: "Report format: text or json.")
    var format: GateReport.Format = .text

    @Option(help: "The git work tree a revision is looked up in.")
    var repository = "."

    @Flag(inversion: .prefixedNo, help: "Run the published releases too (they need `make setup`).")
    var releases = true

    func validate() throws {
        let modes = [against != nil, !between.isEmpty, writeLock != nil].filter { $0 }.count
        guard modes == 1 else { throw ValidationError("give exactly one of --against, --between, --write-lock") }
        guard between.isEmpty || between.count == 2 else { throw ValidationError("--between takes two layouts, e.g. user@U6 user@U7") }
    }

    func run() throws {
        let registry = Registry.standard
        if let path = writeLock {
            do { try Gate.writeLock(registry, to: path) } catch { throw CLIFailure.input("\(error)") }
            print("wrote \(path)")
            return
        }
        var options = GateOptions()
        if releases { options.releases = try ReaderLookup.releases() }
        let report = try between.isEmpty ? against(registry, options) : compareVersions(registry, options)
        print(report.render(format))
        if !report.passes { throw CLIFailure(message: "", exitCode: CLIFailure.findingExitCode) }
    }

    private func against(_ registry: Registry, _ options: GateOptions) throws -> GateReport {
        let baseline = GateBaseline(argument: against ?? "")
        do {
            return Gate.compare(baseline: try baseline.load(repository: repository), working: registry,
                                baselineName: baseline.description, options: options)
        } catch { throw CLIFailure.input("\(error)") }
    }

    private func compareVersions(_ registry: Registry, _ options: GateOptions) throws -> GateReport {
        do {
            return try Gate.compare(try registry.resolve(between[0]), try registry.resolve(between[1]), in: registry, options: options)
        } catch { throw CLIFailure.input("\(error)") }
    }
}

extension GateReport.Format: ExpressibleByArgument {}
