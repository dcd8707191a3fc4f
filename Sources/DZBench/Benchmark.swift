import DZLayouts

/// `dzcompat bench`: runs the sections, then sets every row's ratio to its baseline's, from this run.
public struct Benchmark {
    public let options: BenchOptions
    public let registry: Registry

    public init(options: BenchOptions = .init(), registry: Registry = .standard) {
        self.options = options
        self.registry = registry
    }

    /// `progress` is told which section starts.
    public func run(progress: (BenchSection) -> Void = { _ in }) throws -> BenchReport {
        let sampler = Sampler(options: options)
        let loadAtStart = Sampler.loadAverage()
        var rows: [BenchRow] = []
        for section in BenchSection.allCases where options.sections.contains(section) {
            progress(section)
            switch section {
            case .codec: rows += try CodecBench(sampler: sampler, registry: registry).run()
            case .ports: rows += try PortBench(sampler: sampler, registry: registry).run()
            case .native: rows += try NativeBench(sampler: sampler, registry: registry, options: options).run()
            case .jobs: rows += JobBench(sampler: sampler, options: options).run()
            }
        }
        var medians: [String: Double] = [:]
        for row in rows { medians[row.name] = row.seconds }
        for index in rows.indices {
            guard let baseline = rows[index].baseline.flatMap({ medians[$0] }), let seconds = rows[index].seconds else { continue }
            rows[index].ratio = baseline / seconds
        }
        return BenchReport(rows: rows, options: options, loadAverage: (loadAtStart, Sampler.loadAverage()))
    }
}
