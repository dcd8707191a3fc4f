import DZCodec
import DZComparison
import DZJSON
import DZLayouts
import DZPorts

/// The three ways the gate runs the readers, each a zero-fill rule (docs/program-rules.md §2):
enum Direction {
    /// A released reader (baseline) on a new account (working bytes) reads what a working reader reads.
    /// SDK readers only: the program is deployed with the layout it writes, no old program reads new accounts.
    case forward
    /// A new reader (working) on an existing account (baseline bytes) reads it as written, fields the
    /// account lacks as that reader's defaults.
    case backward
    /// Both read an account that ends after its type byte alike: the defaults did not change.
    case defaults
}

/// What one reader did in one direction.
struct Observation {
    var reader: ReaderID
    var direction: Direction
    /// The reading failed where the expected one did not.
    var failure: String?
    /// Fields read differently from what the rules expect: baseline names forward, working names otherwise.
    var misread: [(field: String, got: JSONValue, expected: JSONValue)] = []
}

/// The readers run on synthesized accounts of both versions (one set of bytes per direction).
struct Probe {
    let baseline: Side
    let working: Side
    let readers: [ReaderID]
    /// A baseline account, with any reused slot zero, as the premise of a slot reuse says.
    let baselineBytes: [UInt8]
    let workingBytes: [UInt8]
    /// The same baseline account with the reused slot holding a real value; nil without a slot reuse.
    let unzeroedBaselineBytes: [UInt8]?
    private(set) var observations: [Observation] = []
    private(set) var unverified: [GateFinding.Unverified] = []
    private var cache: [Key: ResultView] = [:]

    private struct Key: Hashable {
        var working: Bool
        var bytes: [UInt8]
        var reader: ReaderID
    }

    /// `counterpart` maps a baseline field to its working slot; `retired` are baseline fields whose slot a
    /// vector reused; `derived` are working fields a rule fills when the account lacks them.
    init(
        baseline: Side, working: Side, readers: [ReaderID], synthesis: (baseline: RecordSynthesizer, working: RecordSynthesizer),
        counterpart: [String: String], retired: Set<String>, derived: Set<String>
    ) throws(EncodingError) {
        self.baseline = baseline
        self.working = working
        self.readers = readers
        var baselineSynthesizer = synthesis.baseline, workingSynthesizer = synthesis.working
        baselineBytes = try baseline.encode(baselineSynthesizer.record(for: baseline.version))
        workingBytes = try working.encode(workingSynthesizer.record(for: working.version))
        if retired.isEmpty {
            unzeroedBaselineBytes = nil
        } else {
            var unzeroed = synthesis.baseline
            unzeroed.zeroed = []
            unzeroedBaselineBytes = try baseline.encode(unzeroed.record(for: baseline.version))
        }
        let backwardCounterpart = Dictionary(uniqueKeysWithValues: counterpart.map { ($0.value, $0.key) })
        let oldFields = baseline.version.fields, newFields = working.version.fields
        let oldType = { (name: String) in oldFields.first { $0.name == name }!.type }
        let newType = { (name: String) in newFields.first { $0.name == name }!.type }
        for reader in readers {
            // Each reader must read an account of each version with that version's own layout, or the
            // gate has nothing to hold the cross-version readings against. Without the working one, only
            // a released reader failing on new accounts can still be seen.
            let ownBaseline = read(baselineBytes, baseline: true, reader), ownWorking = read(workingBytes, baseline: false, reader)
            // A release that has no reader for this account type cannot misread it.
            if case .unsupported = ownBaseline { continue }
            guard let written = ownBaseline.object else {
                unverified.append(.init(reader: reader, reason: "cannot read a \(baseline.name) account with its own layout: \(ownBaseline.message)"))
                continue
            }
            let current = ownWorking.object
            if current == nil {
                unverified.append(.init(reader: reader, reason: "cannot read a \(working.name) account with its own layout: \(ownWorking.message)"))
            }
            if reader != .program {
                // A removed field: the new account no longer carries what accounts written before held.
                observe(reader, .forward, got: read(workingBytes, baseline: true, reader),
                        fields: current == nil ? [] : oldFields.filter { !retired.contains($0.name) }) { field in
                    if let slot = counterpart[field.name] { return current?[slot].map { ($0, newType(slot)) } }
                    return written[field.name].map { ($0, field.type) }
                }
            }
            // A published release is only ever a released reader: it has no new version to read old accounts.
            if reader.isRelease { continue }
            let defaults = read(working.emptyAccount, baseline: false, reader).object
            observe(reader, .backward, got: read(baselineBytes, baseline: false, reader), fields: newFields) { field in
                if let slot = backwardCounterpart[field.name] { return written[slot].map { ($0, oldType(slot)) } }
                return derived.contains(field.name) ? nil : defaults?[field.name].map { ($0, field.type) }
            }
            if let oldDefaults = read(baseline.emptyAccount, baseline: true, reader).object {
                observe(reader, .defaults, got: read(baseline.emptyAccount, baseline: false, reader), fields: newFields) { field in
                    backwardCounterpart[field.name].flatMap { slot in oldDefaults[slot].map { ($0, oldType(slot)) } }
                }
            }
        }
    }

    /// The reading of `bytes` by the baseline or working reader (each at most once).
    mutating func read(_ bytes: [UInt8], baseline isBaseline: Bool, _ reader: ReaderID) -> ResultView {
        let key = Key(working: !isBaseline, bytes: bytes, reader: reader)
        if let view = cache[key] { return view }
        let view = (isBaseline ? baseline : working).read(bytes, by: reader)
        cache[key] = view
        return view
    }

    /// Holds `got` field by field against `expected(field)`: the value the rules say, read under which
    /// type (nil: nothing to hold it against). Forward, `got` is read with the baseline layout; otherwise
    /// with the working one.
    private mutating func observe(
        _ reader: ReaderID, _ direction: Direction, got: ResultView, fields: [Field], expected: (Field) -> (JSONValue, FieldType)?
    ) {
        var observation = Observation(reader: reader, direction: direction)
        switch got {
        case .unsupported: return
        case .refused(let message):
            if !unverified.contains(where: { $0.reader == reader }) {
                unverified.append(.init(reader: reader, reason: "its port does not model this: \(message)"))
            }
            return
        case .failure(let message): observation.failure = message
        case .value(let object):
            for field in fields {
                guard let (want, type) = expected(field), let have = object[field.name] else { continue }
                let same = direction == .forward
                    ? ValueComparison.same(baseline: (have, field.type), working: (want, type))
                    : ValueComparison.same(baseline: (want, type), working: (have, field.type))
                if !same { observation.misread.append((field.name, have, want)) }
            }
        }
        observations.append(observation)
    }
}
