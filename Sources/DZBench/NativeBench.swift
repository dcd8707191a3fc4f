import DZCorpus
import DZCrossCheck
import DZLayouts
import DZPorts
import DZPython
import DZReleases
import Foundation

/// The native spec readers on today's fixtures. The readers themselves: sdk-py-spec in-process through
/// embedded CPython (one call per input) beside one Python process per input; the Go and node readers
/// in batch (start-up apart from throughput, requests prepared beforehand). Then the same through
/// `NativeReaders`, as the cross-check runs them (requests written in hex, answers split into lines),
/// so the cost of that driver shows as a ratio.
struct NativeBench {
    let sampler: Sampler
    let registry: Registry
    let options: BenchOptions

    static let embeddedTarget = 20e3
    static let batchTarget = 200e3
    static let processName = "python process per input"

    private var layoutsPath: String { "\(options.root)/fixtures/layouts.json" }

    func run() throws -> [BenchRow] {
        let accounts = try CurrentAccount.all(registry, only: sampler.options.accounts)
        let inputs = (0..<options.batchInputs).map { index in
            let account = accounts[index % accounts.count]
            return CorpusInput(layout: account.version, bytes: account.bytes, situation: "fixture", kind: .fixture)
        }
        let bytes = inputs.reduce(0) { $0 + $1.bytes.count } / max(inputs.count, 1)
        let requests = Data(inputs.map { "\($0.layout.reference)\t\($0.hex)\n" }.joined().utf8)
        var rows: [BenchRow] = []

        rows.append(measure("python embedded", baseline: Self.processName, target: Self.embeddedTarget, bytes: bytes,
                            repetitions: options.repetitions, per: inputs.count, inProcess: true) {
            let python = try embeddedPython()
            return { for input in inputs { blackHole(python.decode(layout: input.layout.reference, bytes: input.bytes)) } }
        })
        rows += releaseRows(inputs, bytes: bytes)
        let perProcess = Array(requests.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
            .prefix(options.processInputs).map { Data($0) + Data([UInt8(ascii: "\n")]) })
        rows.append(measure(Self.processName, baseline: nil, target: nil, bytes: bytes,
                            repetitions: options.jobRepetitions, per: perProcess.count, inProcess: false) {
            { for request in perProcess { try runPython(request) } }
        })
        for (sdk, name) in [(SDK.go, "go batch"), (SDK.ts, "node batch")] {
            rows += batchRows(sdk, name, requests: requests, count: inputs.count, bytes: bytes)
        }
        let natives = NativeReaders(root: options.root)
        for (sdk, reader) in [(SDK.py, "python embedded"), (SDK.go, "go batch"), (SDK.ts, "node batch")] {
            rows.append(measure("\(reader) via NativeReaders", baseline: reader, target: nil, bytes: bytes,
                                repetitions: options.jobRepetitions, per: inputs.count, inProcess: true) {
                { _ = try natives.answers(inputs, sdk: sdk) }
            })
        }
        return rows
    }

    /// A batch reader's start-up (a process given no input), and its throughput once started: the
    /// difference between a batch of `batchScale`·N inputs and one of N, per extra input, so that
    /// start-up (node compiling layouts.json, its JIT warming up) cancels out. The cross-check's batches
    /// are 100,000 inputs, where start-up is a rounding error; a 20,000-input batch with it counted is
    /// reported too.
    private func batchRows(_ sdk: SDK, _ name: String, requests: Data, count: Int, bytes: Int) -> [BenchRow] {
        let scale = Self.batchScale
        let large = Data(repeatElement(requests, count: scale).joined())
        do {
            let (executable, arguments) = try batchCommand(sdk)
            let run = { (input: Data, lines: Int) in try runProcess(executable, arguments, input: input, expectedLines: lines) }
            let jobs = try sampler.measureJobs(repetitions: options.repetitions, [
                { try run(Data(), 0) }, { try run(requests, count) }, { try run(large, count * scale) },
            ])
            let (startup, small, big) = (jobs[0], jobs[1], jobs[2])
            let steady = Sampler.Samples(wall: zip(big.wall, small.wall).map { ($0 - $1) / Double(count * (scale - 1)) },
                                         cpu: zip(big.cpu, small.cpu).map { ($0 - $1) / Double(count * (scale - 1)) })
            return [
                BenchRow(section: .native, name: "\(name) start-up", measured: startup),
                BenchRow(section: .native, name: "\(name) \(count) inputs, start-up included", measured: small.divided(by: count),
                         bytesPerOperation: bytes),
                BenchRow(section: .native, name: name, measured: steady, bytesPerOperation: bytes, target: .rate(Self.batchTarget)),
            ]
        } catch {
            return [.skipped(.native, name, reason: "\(error)", target: .rate(Self.batchTarget))]
        }
    }

    /// Each published release through the embedded interpreter (its own `from_bytes`, then the rendering),
    /// on the inputs of the account types it has a reader for, beside the spec reader on all of them.
    private func releaseRows(_ inputs: [CorpusInput], bytes: Int) -> [BenchRow] {
        let releases: [ReleaseReader]
        do { releases = try ReleaseReader.all(root: options.root) } catch {
            return [.skipped(.native, "python release embedded", reason: "\(error)", target: .rate(Self.embeddedTarget))]
        }
        return releases.map { release in
            let known = inputs.filter { input in registry.account(input.layout.account).map { !release.versions(of: $0).isEmpty } ?? false }
            return measure("python release \(release.release.version) embedded", baseline: "python embedded", target: Self.embeddedTarget,
                           bytes: bytes, repetitions: options.repetitions, per: known.count, inProcess: true) {
                { for input in known { blackHole(release.answer(input.bytes, as: input.layout)) } }
            }
        }
    }

    /// The large batch is this many times the small one.
    static let batchScale = 5

    private func embeddedPython() throws -> EmbeddedPython {
        try EmbeddedPython(specDirectory: "\(options.root)/sdk-py-spec", layoutsJSON: String(contentsOfFile: layoutsPath, encoding: .utf8))
    }

    private func runPython(_ request: Data) throws {
        try runProcess(options.python, ["-m", "dzspec.cli", "--layouts", layoutsPath],
                       environment: ["PYTHONPATH": "\(options.root)/sdk-py-spec"], input: request, expectedLines: 1)
    }

    /// The command `NativeReaders` runs for a batch reader.
    private func batchCommand(_ sdk: SDK) throws -> (String, [String]) {
        let (executable, arguments, built): (String, [String], String) = switch sdk {
        case .go: ("\(options.root)/sdk-go-spec/build/sdk-go-spec", ["--layouts", layoutsPath], "\(options.root)/sdk-go-spec/build/sdk-go-spec")
        case .ts, .py: ("/usr/bin/env", ["node", "\(options.root)/sdk-ts-spec/build/src/cli.js", "--layouts", layoutsPath],
                        "\(options.root)/sdk-ts-spec/build/src/cli.js")
        }
        guard FileManager.default.fileExists(atPath: built) else {
            throw NativeReaderError.missing(sdk: sdk, path: built, hint: "run `make native-readers`")
        }
        return (executable, arguments)
    }

    /// Seconds per input of the body that `prepare` returns (preparing is not timed); a reader that
    /// cannot run is a skipped row.
    /// `inProcess`: the work is this process's, so its allocations are counted.
    private func measure(
        _ name: String, baseline: String?, target: Double?, bytes: Int, repetitions: Int, per count: Int, inProcess: Bool,
        _ prepare: () throws -> () throws -> Void
    ) -> BenchRow {
        do {
            let body = try prepare()
            let samples = try sampler.measureJob(repetitions: repetitions, countsAllocations: inProcess, body).divided(by: count)
            return BenchRow(section: .native, name: name, measured: samples, bytesPerOperation: bytes, baseline: baseline,
                            target: target.map(BenchTarget.rate))
        } catch {
            return .skipped(.native, name, reason: "\(error)", target: target.map(BenchTarget.rate))
        }
    }
}
