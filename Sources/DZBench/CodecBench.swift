import DZCodec
import DZLayouts

/// Each current account's fixture: a copy of its bytes (the floor); the span pass alone (every rule,
/// no value); decode with every field read into typed values (a positional record); encode into a
/// reused buffer, which must keep up with that decode; and the `Value` tree derived from the record.
struct CodecBench {
    let sampler: Sampler
    let registry: Registry

    /// The upstream Go reader's speeds on the same fixtures, decoding into its full struct: decode
    /// with values must reach them.
    static let decodeTargets: [String: Double] = ["user": 14e6, "device": 4e6]
    static let spanPassTargets: [String: Double] = ["user": 30e6]

    static func copyName(_ version: LayoutVersion) -> String { "copy \(version.reference)" }
    /// Decode with values: the row the ports and encode are compared with.
    static func decodeName(_ version: LayoutVersion) -> String { "decode \(version.reference)" }

    func run() throws -> [BenchRow] {
        let decoder = ProgramDecoder(registry: registry)
        var rows: [BenchRow] = []
        for account in try CurrentAccount.all(registry, only: sampler.options.accounts) {
            let (version, record, bytes) = (account.version, account.record, account.bytes)
            let plan = decoder.plan(for: version)
            let samples = sampler.measure([
                { Self.copy(bytes, $0) },
                { Self.spanPass(plan, bytes, $0) },
                { Self.decodeValues(plan, bytes, $0) },
                { Self.encode(record, plan, $0) },
                { Self.decodeTree(decoder, version, bytes, $0) },
            ])
            let (copyName, decodeName) = (Self.copyName(version), Self.decodeName(version))
            rows += [
                BenchRow(section: .codec, name: copyName, measured: samples[0], bytesPerOperation: bytes.count),
                BenchRow(section: .codec, name: "span pass \(version.reference)", measured: samples[1], bytesPerOperation: bytes.count,
                         baseline: copyName, target: Self.spanPassTargets[version.account].map(BenchTarget.rate)),
                BenchRow(section: .codec, name: decodeName, measured: samples[2], bytesPerOperation: bytes.count,
                         baseline: copyName, target: Self.decodeTargets[version.account].map(BenchTarget.rate)),
                BenchRow(section: .codec, name: "encode \(version.reference)", measured: samples[3], bytesPerOperation: bytes.count,
                         baseline: decodeName, target: .ratio(1)),
                BenchRow(section: .codec, name: "value tree \(version.reference)", measured: samples[4], bytesPerOperation: bytes.count,
                         baseline: decodeName),
            ]
        }
        return rows
    }

    private static func copy(_ bytes: [UInt8], _ iterations: Int) {
        var target = [UInt8](repeating: 0, count: bytes.count)
        var check = 0
        bytes.withUnsafeBytes { source in
            target.withUnsafeMutableBytes { target in
                for iteration in 0..<iterations {
                    target.copyMemory(from: source)
                    check &+= Int(target[iteration % target.count])
                }
            }
        }
        blackHole(check)
    }

    private static func spanPass(_ plan: LayoutPlan, _ bytes: [UInt8], _ iterations: Int) {
        var table = SpanTable()
        var check = 0
        bytes.withUnsafeBytes { raw in
            for _ in 0..<iterations {
                do {
                    try plan.scan(raw, into: &table)
                    check &+= table.consumed
                } catch {
                    check &+= 1
                }
            }
        }
        blackHole(check)
    }

    /// Every field into its typed slot of one reused record; the check reads each top-level slot.
    private static func decodeValues(_ plan: LayoutPlan, _ bytes: [UInt8], _ iterations: Int) {
        var record = PositionalRecord()
        var check: UInt64 = 0
        bytes.withUnsafeBytes { raw in
            for _ in 0..<iterations {
                do {
                    try plan.decode(raw, into: &record)
                    for field in 0..<plan.fieldCount { check &+= record.field(field).a }
                } catch {
                    check &+= 1
                }
            }
        }
        blackHole(check)
    }

    /// The `Value` tree `ProgramDecoder.decode` derives from the record, for the consumers that need it.
    private static func decodeTree(_ decoder: ProgramDecoder, _ version: LayoutVersion, _ bytes: [UInt8], _ iterations: Int) {
        var check = 0
        for _ in 0..<iterations { check &+= (try? decoder.decode(bytes, as: version))?.consumed ?? 1 }
        blackHole(check)
    }

    private static func encode(_ record: Record, _ plan: LayoutPlan, _ iterations: Int) {
        var buffer: [UInt8] = []
        var check = 0
        for _ in 0..<iterations {
            do {
                try BinaryEncoder.encode(record, with: plan, into: &buffer)
                check &+= buffer.count
            } catch {
                check &+= 1
            }
        }
        blackHole(check)
    }
}
