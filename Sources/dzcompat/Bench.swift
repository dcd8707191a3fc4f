import ArgumentParser
import DZBench
import DZJSON
import DZLayouts
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the codec, the ports, the native readers and the whole jobs against the speed targets.",
        discussion: """
            Canonical decode and encode of each current account beside a copy of the same bytes; each Swift \
            port; embedded Python beside one Python process per input; the Go and node readers in batch; \
            generate-fixtures and the full diff through this executable. Every number is a median of \
            repetitions, every ratio comes from the same run. Meaningful only on a release build: \
            `make bench`. Build the native readers first (`make native-readers`); missing ones are skipped. \
            With --check the exit code is 1 when a measured row misses its target.
            """
    )

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    @Option(help: "The groups to run, comma-separated: codec, ports, native, jobs. Default: all.")
    var sections = BenchSection.allCases.map(\.rawValue).joined(separator: ",")

    @Option(help: "Timed repetitions per measurement (the median is reported).")
    var repetitions = BenchOptions().repetitions

    @Option(help: "Timed repetitions of process-per-input and whole-job measurements.")
    var jobRepetitions = BenchOptions().jobRepetitions

    @OptionGroup var checkout: RootArgument

    @Option(help: "Only these accounts in the codec, port and native rows, comma-separated (user, device, …). Default: all.")
    var accounts: String?

    @Flag(help: "Exit 1 when a measured row misses its target.")
    var check = false

    func run() throws {
        var options = BenchOptions()
        options.repetitions = repetitions
        options.jobRepetitions = jobRepetitions
        options.root = checkout.root
        options.executable = Bundle.main.executablePath
        options.sections = try sections.split(separator: ",").map { name in
            guard let section = BenchSection(rawValue: String(name)) else {
                throw ValidationError("unknown section '\(name)': expected codec, ports, native or jobs")
            }
            return section
        }
        if let accounts {
            let names = Set(accounts.split(separator: ",").map(String.init))
            let known = Set(Registry.standard.accounts.filter { if case .account = $0.kind { true } else { false } }.map(\.name))
            guard names.isSubset(of: known) else {
                throw ValidationError("unknown account '\(names.subtracting(known).sorted()[0])': expected \(known.sorted().joined(separator: ", "))")
            }
            options.accounts = names
        }
        guard repetitions > 0, jobRepetitions > 0 else { throw ValidationError("repetitions must be at least 1") }
        #if DEBUG
        writeStandardError("dzcompat bench: this is a debug build; the numbers mean little (use `make bench`)\n")
        #endif
        let report = try Benchmark(options: options).run { section in writeStandardError("bench: \(section.rawValue)…\n") }
        print(json ? JSONWriter.render(report.json(), style: .pretty) : report.table(), terminator: json ? "\n" : "")
        if check && !report.missed.isEmpty {
            throw finding("missed: " + report.missed.map(\.name).joined(separator: ", "))
        }
    }
}
