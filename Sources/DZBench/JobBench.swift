import Foundation

/// Whole jobs as a person runs them, through the dzcompat executable: generate-fixtures on a warm
/// build (the files already there, as after the first run) and the full diff over the standard corpus.
struct JobBench {
    let sampler: Sampler
    let options: BenchOptions

    static let generateTarget = 1.0
    static let diffTarget = 10.0

    func run() -> [BenchRow] {
        guard let executable = options.executable else {
            return [.skipped(.jobs, "generate-fixtures", reason: "no dzcompat executable given", target: .seconds(Self.generateTarget)),
                    .skipped(.jobs, "diff", reason: "no dzcompat executable given", target: .seconds(Self.diffTarget))]
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dzcompat-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        return [
            measure("generate-fixtures", target: Self.generateTarget) {
                try runProcess(executable, ["generate-fixtures", "--output", output])
            },
            // Exit 1 is a finding (a divergence not in the policy): the diff ran in full.
            measure("diff", target: Self.diffTarget) {
                try runProcess(executable, ["diff", "--format", "json"], directory: options.root, accepted: [0, 1])
            },
        ]
    }

    private func measure(_ name: String, target: Double, _ body: () throws -> Void) -> BenchRow {
        do {
            let samples = try sampler.measureJob(repetitions: options.jobRepetitions, body)
            var row = BenchRow(section: .jobs, name: name, samples: samples.wall, target: .seconds(target))
            row.cpuSamples = samples.cpu
            return row
        } catch {
            return .skipped(.jobs, name, reason: "\(error)", target: .seconds(target))
        }
    }
}
