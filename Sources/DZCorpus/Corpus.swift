import DZCodec
import DZFixtures
import DZLayouts

/// Options of the standard corpus. Defaults give the corpus every check runs over (~190,000 inputs).
public struct CorpusOptions: Sendable {
    /// Seed of the random mutations. Default 0xD2C0: change it to explore, keep it to reproduce.
    public var seed: UInt64 = 0xD2C0
    /// Random byte flips and splices per layout version. Default 400.
    public var mutationsPerVersion = 400
    /// Read every truncation of a version's fixture with its neighbouring and the current versions too.
    /// Default true: the zero-fill checks need it.
    public var crossVersionTruncations = true

    public init() {}
}

/// The damaged inputs every check runs over (README.md, "The corpus"): every fixture read with every version
/// of its account; every truncation; field boundaries ± 1 byte; vector counts 0, 1, past the end and
/// 0xFFFFFFFF; string lengths 0 and past the end; invalid UTF-8, surrogates, overlong forms, a BOM;
/// every enum byte 0…255; wrong account types; trailing junk; Device interface tags 0…255, size prefixes
/// too small or past the end, garbage segment counts; then seeded random flips and splices.
/// Deterministic: the same registry and options give the same inputs in the same order.
public struct Corpus {
    public let registry: Registry
    public let options: CorpusOptions

    public init(registry: Registry = .standard, options: CorpusOptions = .init()) {
        self.registry = registry
        self.options = options
    }

    public func inputs() throws -> [CorpusInput] {
        let fixtures = try FixtureCatalogue(registry: registry).build()
        var inputs: [CorpusInput] = []
        var random = SplitMix64(seed: options.seed)
        for account in registry.accounts {
            guard case .account = account.kind else { continue }
            let own = fixtures.filter { $0.layout.hasPrefix("\(account.name)@") }
            for reader in account.versions {
                for fixture in own { inputs.append(CorpusInput(layout: reader, bytes: fixture.bytes, situation: "fixture \(fixture.stem)", kind: .fixture)) }
            }
            for (index, writer) in account.versions.enumerated() {
                for record in samples(for: writer) {
                    let (bytes, spans) = try BinaryEncoder.encodeWithSpans(record.value, writer, registry: registry)
                    let name = "\(account.name)_\(writer.id)\(record.suffix)"
                    var readers = [writer]
                    if options.crossVersionTruncations {
                        for neighbour in [index - 1, index + 1, account.versions.count - 1]
                        where account.versions.indices.contains(neighbour) && !readers.contains(account.versions[neighbour]) {
                            readers.append(account.versions[neighbour])
                        }
                    }
                    for reader in readers {
                        for length in 0...bytes.count {
                            inputs.append(CorpusInput(layout: reader, bytes: Array(bytes.prefix(length)), situation: "\(name) cut at \(length)", kind: .truncation))
                        }
                    }
                    Damage(bytes: bytes, spans: spans, name: name).all { damaged, situation, kind in
                        inputs.append(CorpusInput(layout: writer, bytes: damaged, situation: situation, kind: kind))
                    }
                    let others = own.map(\.bytes)
                    for round in 0..<options.mutationsPerVersion {
                        let (mutated, how) = Damage.mutate(bytes, splicingWith: others, random: &random)
                        inputs.append(CorpusInput(layout: writer, bytes: mutated, situation: "\(name) mutation \(round): \(how)", kind: .mutation))
                    }
                }
            }
        }
        return inputs
    }

    /// The sample of a version, plus, where the version knows legacy tag 3, a device whose first legacy
    /// element is a V3 with a segment (so that its segment count gets damaged too).
    private func samples(for version: LayoutVersion) -> [(suffix: String, value: Record)] {
        var samples = [(suffix: "", value: Samples.record(for: version, registry: registry))]
        guard case .vec(.tagged(let element))? = version.field("deprecated_interfaces")?.type,
              element.variant(for: 3) != nil, case .list(var legacy?)? = samples[0].value["deprecated_interfaces"],
              var first = legacy.first?.recordValue else { return samples }
        first["version"] = .uint(3)
        first["flex_algo_node_segments"] = .list([.record(["topology": .pubkey(.fromByte(0x45)), "node_segment_idx": .uint(300)])])
        legacy[0] = .record(first)
        var record = samples[0].value
        record["deprecated_interfaces"] = .list(legacy)
        samples.append((suffix: "+v3", value: record))
        return samples
    }
}
