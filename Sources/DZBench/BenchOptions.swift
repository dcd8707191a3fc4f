/// The groups of measurements `dzcompat bench` runs.
public enum BenchSection: String, CaseIterable, Sendable {
    /// Canonical decode and encode of each current account, beside a copy of the same bytes.
    case codec
    /// Each Swift port on each current account.
    case ports
    /// The native spec readers: embedded Python beside one Python process per input; Go and node in batch.
    case native
    /// Whole jobs: generate-fixtures and the full diff, as the CLI runs them.
    case jobs
}

/// How the benchmark measures. Defaults give stable medians on a shared 2-core machine in about a minute.
public struct BenchOptions: Sendable {
    /// Timed repetitions of each measurement; the median is reported. Default 7.
    public var repetitions = 7
    /// Untimed repetitions first (caches, lazily built plans, the Python interpreter). Default 2.
    public var warmups = 2
    /// The least time one repetition of a micro-benchmark lasts; its iteration count is calibrated to
    /// reach it. Default 0.1 s.
    public var minimumRepetitionSeconds = 0.1
    /// Inputs per repetition for embedded Python and the Go and node batch readers. Default 20,000.
    public var batchInputs = 20_000
    /// Python processes started, one input each, for the process-per-input comparison. Default 20.
    public var processInputs = 20
    /// Timed repetitions of the whole jobs, which take seconds each (after one warm-up). Default 3.
    public var jobRepetitions = 3
    /// The repository root: fixtures/layouts.json, the sdk-*-spec folders, policy/. Default ".".
    public var root = "."
    /// The interpreter for the process-per-input comparison. Default /usr/bin/python3: Debian's, the build
    /// the embedded libpython comes from (a pyenv shim would add its own start-up and flatter embedding).
    public var python = "/usr/bin/python3"
    /// The dzcompat executable the jobs are timed with; nil skips them. Default nil.
    public var executable: String?
    /// The groups to run. Default: all.
    public var sections: [BenchSection] = BenchSection.allCases
    /// The accounts the codec, port and native rows use (`user`, `device`, …). Default nil: every
    /// current account.
    public var accounts: Set<String>?

    public init() {}
}
