import ArgumentParser
import DZLint
import DZReportModel

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a fixture directory against upstream's fixture review rules.",
        discussion: """
            DIR holds upstream-form fixtures: <stem>.bin beside <stem>.json ({name, account_type, fields}). \
            The registry says which account each is (its account type byte, or for instruction data its file \
            name); other files are listed as skipped. Rules: 1 distinct-values, 2 every-field-asserted, \
            3 legacy-and-future, 4 round-trip, 5 readers-drain (program, Go, TypeScript, Python). The lint \
            policy lists the accepted findings with their reasons: the exit code is 1 when a finding is not \
            accepted or an entry accepts nothing, 2 when DIR, a fixture or the policy cannot be read.
            """
    )

    @Argument(help: "The fixture directory.")
    var directory = "fixtures"

    @Option(help: "The lint policy file.")
    var policy = "policy/lint.json"

    @Option(help: "terminal, json, junit or github (workflow annotations).")
    var format: LintFormat = .terminal

    @OptionGroup var output: OutputArgument

    func run() throws {
        let entries = try readPolicy(policy, LintPolicy.init(json:path:))
        let report: LintReport
        do {
            report = try Linter(policy: entries).lint(directory: directory)
        } catch {
            throw ValidationError(error.description)
        }
        try output.emit(format.render(report), terminator: "")
        guard report.passes else {
            throw finding("\(report.unlisted.count) lint findings not accepted by \(policy), \(report.staleEntries.count) stale entries")
        }
    }
}
