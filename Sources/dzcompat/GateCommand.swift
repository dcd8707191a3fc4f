import ArgumentParser
import DZGate
import DZLayouts
import DZRustSource

/// `dzcompat gate`: the layout-change gate (README.md, "The gate").
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

            --rust DIR reads the program's Rust source instead of the registry: with --against REV it gates \
            the source in the working tree against the source at REV (DIR inside a git checkout); alone, it \
            reports where the registry's current layouts differ from the source (registry drift, exit 1).

            Exit codes: 0 nothing breaks, 1 a breaking, unacknowledged or unverifiable change, 2 a usage or \
            input error (bad lock file, unknown revision).
            """
    )

    @Option(help: "The baseline: a layouts lock file, or a git revision.")
    var against: String?

    @Option(parsing: .upToNextOption, help: "Two versions of one account, e.g. --between user@U6 user@U7.")
    var between: [String] = []

    @Option(help: "The program's Rust src directory: gate its source (with --against REV) or report registry drift.")
    var rust: String?

    @OptionGroup var accounts: RustAccountsArgument

    @Option(help: "Write the current layouts to this lock file (atomically) and exit.")
    var writeLock: String?

    @Option(help: "Report format: text or json.")
    var format: GateReport.Format = .text

    @Option(help: "The git work tree a revision is looked up in.")
    var repository = "."

    @Flag(help: "Accept a baseline that lacks some of the working accounts: they are new. Without it such a baseline is refused.")
    var allowNewAccounts = false

    @Flag(inversion: .prefixedNo, help: "Run the published releases too (they need `make setup`).")
    var releases = true

    func validate() throws {
        let modes = [against != nil || rust != nil, !between.isEmpty, writeLock != nil].filter { $0 }.count
        guard modes == 1 else { throw ValidationError("give exactly one of --against, --between, --write-lock (--rust goes with --against or alone)") }
        guard accounts.account.isEmpty || rust != nil else { throw ValidationError("--account goes with --rust") }
        guard between.isEmpty || between.count == 2 else { throw ValidationError("--between takes two layouts, e.g. user@U6 user@U7") }
    }

    func run() throws {
        let registry = Registry.standard
        if let path = writeLock {
            do { try Gate.writeLock(registry, to: path) } catch { throw ValidationError("\(error)") }
            print("wrote \(path)")
            return
        }
        if let rust { return try gateSource(rust, registry) }
        var options = GateOptions()
        if releases { options.releases = try ReaderLookup.releases() }
        let report = try between.isEmpty ? against(registry, options) : compareVersions(registry, options)
        print(report.render(format))
        if !report.passes { throw ExitCode.failure }
    }

    private func against(_ registry: Registry, _ options: GateOptions) throws -> GateReport {
        let baseline = GateBaseline(argument: against ?? "")
        do {
            let loaded = try baseline.load(repository: repository)
            try GateBaseline.requireAccounts(of: registry, in: loaded, named: baseline.description, allowingNew: allowNewAccounts)
            return Gate.compare(baseline: loaded, working: registry, baselineName: baseline.description, options: options)
        } catch { throw ValidationError("\(error)") }
    }

    /// `--rust DIR [--against REV]`: the imported source against itself at REV, or against the registry.
    private func gateSource(_ directory: String, _ registry: Registry) throws {
        var options = RustImportOptions()
        options.accounts = accounts.accounts
        options.label = "working tree"
        let input = RustSourceInput(directory: directory)
        let working = try input.load(options).registry
        guard let revision = against else {
            let drift = RegistryDrift(registry: registry, source: working, only: options.accounts)
            print(drift.render(source: "the Rust source in \(directory)"))
            if drift.hasDrift { throw ExitCode.failure }
            return
        }
        options.label = revision
        options.commit = revision
        let baseline: Registry
        do {
            baseline = try input.imported(try RustSourceFile.load(directory: directory, revision: revision), options).registry
        } catch { throw ValidationError("\(error)") }
        var gateOptions = GateOptions()
        if releases { gateOptions.releases = try ReaderLookup.releases() }
        let report = Gate.compare(baseline: baseline, working: working, baselineName: "\(directory) at \(revision)",
                                  workingName: "\(directory) (working tree)", options: gateOptions)
        print(report.render(format))
        if !report.passes { throw ExitCode.failure }
    }

    private func compareVersions(_ registry: Registry, _ options: GateOptions) throws -> GateReport {
        do {
            return try Gate.compare(try registry.resolve(between[0]), try registry.resolve(between[1]), in: registry, options: options)
        } catch { throw ValidationError("\(error)") }
    }
}

extension GateReport.Format: ExpressibleByArgument {}
