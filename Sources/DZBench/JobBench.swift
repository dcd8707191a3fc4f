import DZCodec
import DZFixtures
import DZLayouts
import Foundation

/// Whole jobs as a person runs them, through the dzcompat executable: generate-fixtures on a warm
/// build (the files already there, as after the first run) and the full diff over the standard corpus.
struct JobBench {
    let sampler: Sampler
    let options: BenchOptions

    static let generateTarget = 1.0
    static let diffTarget = 10.0
    /// `decode` of a large account keeps its peak memory within this multiple of the input.
    static let decodePeakTarget = 4.0
    /// dz_prefixes in the large Device: 2.6 M elements, 13 MB.
    static let largeDeviceElements = 2_600_000

    func run() -> [BenchRow] {
        guard let executable = options.executable else {
            return [.skipped(.jobs, "generate-fixtures", reason: "no dzcompat executable given", target: .seconds(Self.generateTarget)),
                    .skipped(.jobs, "diff", reason: "no dzcompat executable given", target: .seconds(Self.diffTarget)),
                    .skipped(.jobs, "decode large device", reason: "no dzcompat executable given",
                             target: .peakPerInputByte(Self.decodePeakTarget))]
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
            decodeLargeDevice(executable, directory: output),
        ]
    }

    /// `dzcompat decode` of a Device whose dz_prefixes hold 2.6 M elements: the time, and the peak
    /// resident memory over the file's size, which a decode that built the whole tree would multiply.
    private func decodeLargeDevice(_ executable: String, directory: String) -> BenchRow {
        let name = "decode large device"
        let target = BenchTarget.peakPerInputByte(Self.decodePeakTarget)
        do {
            let device = try Registry.standard.resolve("device")
            var record = Samples.record(for: device)
            let prefix = Value.network(NetworkV4(address: IPv4(10, 1, 2, 0), prefix: 24))
            record["dz_prefixes"] = .list(Array(repeating: prefix, count: Self.largeDeviceElements))
            let bytes = try BinaryEncoder.encode(record, device)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let path = "\(directory)/large-device.bin"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            var peaks: [Double] = []
            let samples = try sampler.measureJob(repetitions: options.jobRepetitions) {
                let peak = try peakResidentBytes(executable, ["decode", "--compact", "--layout", "device", path])
                peaks.append(Double(peak) / Double(bytes.count))
            }
            var row = BenchRow(section: .jobs, name: name, samples: samples.wall, bytesPerOperation: bytes.count, target: target)
            row.cpuSamples = samples.cpu
            row.peakPerInputByte = BenchRow.median(peaks)
            return row
        } catch {
            return .skipped(.jobs, name, reason: "\(error)", target: target)
        }
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
