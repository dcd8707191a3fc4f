/// What a measurement must reach.
public enum BenchTarget: Sendable, Equatable {
    /// At least this many operations per second.
    case rate(Double)
    /// At most this many seconds per operation (a whole job).
    case seconds(Double)
    /// At least this fraction of the baseline row's speed, measured in the same run.
    case ratio(Double)
    /// At most this many bytes of peak resident memory per byte of input.
    case peakPerInputByte(Double)
}

/// One line of the benchmark: a median over repetitions, and how it compares.
public struct BenchRow: Sendable {
    public var section: BenchSection
    /// Unique within a report, so that other rows can name it as their baseline.
    public var name: String
    /// Wall-clock seconds per operation of each timed repetition.
    public var samples: [Double]
    /// CPU seconds per operation: this thread's, plus its child processes' (empty where not measured).
    public var cpuSamples: [Double] = []
    /// Bytes one operation reads, for MB/s; nil where it means nothing (a whole job).
    public var bytesPerOperation: Int?
    /// The row this one is compared with (same run); nil for none.
    public var baseline: String?
    /// This row's speed over the baseline's.
    public var ratio: Double?
    public var target: BenchTarget?
    /// Why it was not measured (a reader not built, a job not requested).
    public var skipped: String?
    /// The process's peak resident memory over the size of its input (median), where measured.
    public var peakPerInputByte: Double?
    /// Swift heap objects allocated per operation in this process (`AllocationCounter`); nil where the
    /// work is a child process's or the runtime has no hook.
    public var allocations: Double?

    public init(section: BenchSection, name: String, samples: [Double], bytesPerOperation: Int? = nil,
                baseline: String? = nil, target: BenchTarget? = nil) {
        self.section = section
        self.name = name
        self.samples = samples
        self.bytesPerOperation = bytesPerOperation
        self.baseline = baseline
        self.target = target
    }

    public static func skipped(_ section: BenchSection, _ name: String, reason: String, target: BenchTarget? = nil) -> BenchRow {
        var row = BenchRow(section: section, name: name, samples: [], target: target)
        row.skipped = reason
        return row
    }

    /// The median wall-clock seconds per operation.
    public var seconds: Double? { Self.median(samples) }
    /// The median CPU seconds per operation.
    public var cpuSeconds: Double? { Self.median(cpuSamples) }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    public var operationsPerSecond: Double? { seconds.map { 1 / $0 } }
    public var megabytesPerSecond: Double? {
        guard let rate = operationsPerSecond, let bytes = bytesPerOperation else { return nil }
        return rate * Double(bytes) / 1e6
    }

    /// nil when there is no target or nothing was measured.
    public var meetsTarget: Bool? {
        guard let target, let seconds else { return nil }
        switch target {
        case .rate(let minimum): return 1 / seconds >= minimum
        case .seconds(let maximum): return seconds <= maximum
        case .ratio(let minimum): return ratio.map { $0 >= minimum }
        case .peakPerInputByte(let maximum): return peakPerInputByte.map { $0 <= maximum }
        }
    }
}

extension BenchRow {
    /// A row with wall-clock and CPU samples.
    init(section: BenchSection, name: String, measured: Sampler.Samples, bytesPerOperation: Int? = nil,
         baseline: String? = nil, target: BenchTarget? = nil) {
        self.init(section: section, name: name, samples: measured.wall, bytesPerOperation: bytesPerOperation,
                  baseline: baseline, target: target)
        cpuSamples = measured.cpu
        allocations = measured.allocations
    }
}
