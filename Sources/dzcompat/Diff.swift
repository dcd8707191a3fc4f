import ArgumentParser
import DZComparison
import DZFileIO
import Glibc

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decode every fixture and the corpus with the program's rules and the three SDK ports; group every disagreement.",
        discussion: """
            Divergences are grouped by account, field, kind of input and the way the readers split into \
            agreeing groups, with the smallest input (hex) of each group. The divergence policy lists the \
            accepted ones with their reasons: the exit code is 1 when a divergence is not listed or a listed \
            one no longer happens (a stale entry). With --output-dir every format is written there and the \
            Markdown is printed.
            """
    )

    @Option(help: "The divergence policy file.")
    var policy = "policy/divergences.json"

    @Option(help: "markdown, json, junit, prometheus or github (workflow annotations).")
    var format: DiffFormat = .markdown

    @Option(help: "Write every format into this directory (atomically) and print the Markdown.")
    var outputDir: String?

    @OptionGroup var corpus: CorpusArguments

    @OptionGroup var readers: ReadersArgument

    func run() throws {
        let readerSet = try readers.set(fallback: "program,go,ts,py")
        let entries = try readPolicy(policy, DivergencePolicy.init(json:path:))
        let inputs = try corpus.inputs()
        let showProgress = isatty(STDERR_FILENO) == 1
        let report = DiffEngine(readers: readerSet, policy: entries).run(inputs, seed: corpus.seed) { done, total in
            guard showProgress else { return }
            writeStandardError("\rdiff: \(done)/\(total) inputs" + (done == total ? "\n" : ""))
        }
        if let outputDir {
            do {
                try FileIO.makeDirectory(outputDir)
                for format in DiffFormat.allCases {
                    try OutputFile.write(Array(format.render(report).utf8), to: "\(outputDir)/\(format.fileName)")
                }
            } catch {
                throw ValidationError(error.description)
            }
            print(DiffFormat.markdown.render(report))
        } else {
            print(format.render(report))
        }
        guard report.passes else {
            throw finding("\(report.unlisted.count) divergence groups not in \(policy), \(report.staleEntries.count) stale entries")
        }
    }
}

struct Matrix: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show, per account and reader, how every reader version reads every account version.",
        discussion: """
            Each cell: ok, zero-filled as the rules say (a newer reader on an older account reads the new \
            fields as defaults; an older reader on a newer account reads its prefix and ignores the tail), \
            misread (with the fields), or error. With --check the exit code is 1 when a reader breaks the \
            zero-fill rules on a pair of versions where one is an append-only extension of the other.
            """
    )

    @Option(help: "terminal, markdown, json or html.")
    var format: MatrixFormat = .terminal

    @OptionGroup var output: OutputArgument

    @Flag(help: "Exit 1 on a zero-fill breach between append-compatible versions.")
    var check = false

    @OptionGroup var readers: ReadersArgument

    func run() throws {
        let matrix = try MatrixBuilder(readers: try readers.set(fallback: "all")).build()
        try output.emit(format.render(matrix, colour: output.isStandardOutput && isatty(STDOUT_FILENO) == 1))
        let breaches = MatrixBuilder.breaches(matrix)
        if check && !breaches.isEmpty {
            throw finding(breaches.map { "\($0.account) \($0.reader.rawValue) \($0.cell.readerVersion) on \($0.cell.accountVersion): \($0.cell.verdict) — \($0.cell.exampleHex)" }.joined(separator: "\n"))
        }
    }
}
