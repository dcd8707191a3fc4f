import ArgumentParser
import DZCompat
import DZFixtures
import DZLint

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

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout: a regular file is replaced atomically, a device or pipe written as a stream, a link followed.")
    var output: String?

    func run() throws {
        let entries = try readPolicy(policy, LintPolicy.init(json:path:))
        let report: LintReport
        do {
            report = try Linter(policy: entries).lint(directory: directory)
        } catch {
            throw CLIFailure.input(error.description)
        }
        let text = format.render(report)
        if let output {
            do { try OutputFile.write(Array(text.utf8), to: output) } catch { throw CLIFailure.input(error.description) }
        } else {
            print(text, terminator: "")
        }
        guard report.passes else {
            throw CLIFailure.finding("\(report.unlisted.count) lint findings not accepted by \(policy), \(report.staleEntries.count) stale entries")
        }
    }
}
