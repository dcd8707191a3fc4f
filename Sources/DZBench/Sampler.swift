import Foundation

/// Times code with the monotonic clock: a calibrated number of iterations per repetition, warm-ups,
/// then repetitions round-robin over the cases compared, so that drift (frequency, a noisy neighbour)
/// hits them alike and their ratio stays fair. In-process cases also get the thread's CPU time, which
/// on a shared machine says what one core does when the wall clock includes waiting for it.
struct Sampler {
    let options: BenchOptions
    private let clock = ContinuousClock()

    init(options: BenchOptions) { self.options = options }

    /// Wall-clock and CPU seconds per iteration (or per job), one of each per repetition; and the Swift
    /// heap objects one iteration allocates, counted in one more, untimed run (nil: not counted).
    struct Samples {
        var wall: [Double] = []
        var cpu: [Double] = []
        var allocations: Double?

        /// Per item, for a job that handles `count` items.
        func divided(by count: Int) -> Samples {
            Samples(wall: wall.map { $0 / Double(count) }, cpu: cpu.map { $0 / Double(count) },
                    allocations: allocations.map { $0 / Double(count) })
        }
    }

    /// Samples of each case. `body(n)` runs n iterations.
    func measure(_ cases: [(Int) -> Void]) -> [Samples] {
        let iterations = cases.map(calibrate)
        for _ in 0..<options.warmups {
            for (body, count) in zip(cases, iterations) { body(count) }
        }
        var samples = [Samples](repeating: Samples(), count: cases.count)
        for _ in 0..<options.repetitions {
            for (index, (body, count)) in zip(cases, iterations).enumerated() {
                let cpuStart = Self.threadCPUSeconds()
                samples[index].wall.append(seconds { body(count) } / Double(count))
                samples[index].cpu.append((Self.threadCPUSeconds() - cpuStart) / Double(count))
            }
        }
        for (index, (body, count)) in zip(cases, iterations).enumerated() {
            samples[index].allocations = AllocationCounter.count { body(count) }.map { Double($0) / Double(count) }
        }
        return samples
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// User and system time of the finished child processes.
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The 1-minute load average, to tell a run on a busy machine.
    static func loadAverage() -> Double? {
        var load = [0.0]
        return getloadavg(&load, 1) == 1 ? load[0] : nil
    }

    /// Seconds per run of a whole job (no iteration count): one warm-up, then `repetitions` runs. Its
    /// CPU time counts this thread and the child processes it waited for. With `countsAllocations`, the
    /// warm-up counts this process's allocations (for work done in-process; a child's are not seen).
    func measureJob(repetitions: Int, countsAllocations: Bool = false, _ body: () throws -> Void) throws -> Samples {
        try withoutActuallyEscaping(body) { body in
            try measureJobs(repetitions: repetitions, countsAllocations: countsAllocations, [body])[0]
        }
    }

    /// Seconds per run of each job: one warm-up each, then repetitions round-robin over the jobs.
    func measureJobs(repetitions: Int, countsAllocations: Bool = false, _ bodies: [() throws -> Void]) throws -> [Samples] {
        var samples = [Samples](repeating: Samples(), count: bodies.count)
        for (index, body) in bodies.enumerated() {
            if countsAllocations {
                samples[index].allocations = try AllocationCounter.count(body).map(Double.init)
            } else {
                try body()
            }
        }
        for _ in 0..<repetitions {
            for (index, body) in bodies.enumerated() {
                let cpuStart = Self.threadCPUSeconds() + Self.childrenCPUSeconds()
                samples[index].wall.append(try seconds(body))
                samples[index].cpu.append(Self.threadCPUSeconds() + Self.childrenCPUSeconds() - cpuStart)
            }
        }
        return samples
    }

    func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = clock.now
        try body()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Doubles the iteration count until one repetition lasts `minimumRepetitionSeconds`.
    private func calibrate(_ body: (Int) -> Void) -> Int {
        var count = 1
        while true {
            let elapsed = seconds { body(count) }
            if elapsed >= options.minimumRepetitionSeconds || count >= 1 << 40 { return count }
            // Jump close to the goal once the timing is meaningful; otherwise double.
            count = elapsed > options.minimumRepetitionSeconds / 16
                ? Int((Double(count) * options.minimumRepetitionSeconds / elapsed).rounded(.up)) : count * 2
        }
    }
}

/// Keeps a value alive and opaque, so that the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }
