import DZCorpus
import DZPorts
import DZJSON
import DZReportModel
import DZLayouts
import Foundation
import Synchronization

/// Runs the four readers over the inputs and groups every disagreement: by account, field, kind of
/// situation and the way the readers split into agreeing groups; one smallest input per group.
public struct DiffEngine {
    public let readers: ReaderSet
    public let policy: DivergencePolicy
    /// Slices of the corpus compared at once, one per core. Default: the cores this process may use.
    /// The report does not depend on it: slices are contiguous and merged in order.
    public var parallelism = ProcessInfo.processInfo.activeProcessorCount

    public init(readers: ReaderSet = ReaderSet(), policy: DivergencePolicy = DivergencePolicy(entries: [])) {
        self.readers = readers
        self.policy = policy
    }

    private struct GroupKey: Hashable {
        var account: String
        var field: String
        var situation: SituationKind
        var partition: [[ReaderID]]
    }

    private struct Accumulator {
        var count = 0
        var example: DivergenceExample
        var exampleSize: Int
    }

    private struct OddKey: Hashable {
        var account: String
        var reader: ReaderID
        var situation: SituationKind
    }

    /// What one slice of the corpus found.
    private struct Tally {
        var groups: [GroupKey: Accumulator] = [:]
        var odd: [OddKey: Int] = [:]

        /// Adds a later slice: counts add up, and an example is replaced only by a strictly smaller one,
        /// so the earliest of the smallest inputs stays, as in one pass over the whole corpus.
        mutating func merge(_ later: Tally) {
            for (key, accumulator) in later.groups {
                guard var mine = groups[key] else { groups[key] = accumulator; continue }
                mine.count += accumulator.count
                if accumulator.exampleSize < mine.exampleSize { (mine.example, mine.exampleSize) = (accumulator.example, accumulator.exampleSize) }
                groups[key] = mine
            }
            odd.merge(later.odd, uniquingKeysWith: +)
        }
    }

    /// `progress` is called every 4,096 inputs with (done, total), from any thread.
    public func run(_ inputs: [CorpusInput], seed: UInt64, progress: ((Int, Int) -> Void)? = nil) -> DiffReport {
        let clock = ContinuousClock()
        let started = clock.now
        let slices = max(1, min(parallelism, inputs.count))
        let bounds = (0...slices).map { inputs.count * $0 / slices }
        let done = Mutex(0)
        let tallies = concurrentMap(slices) { slice in
            tally(inputs[bounds[slice]..<bounds[slice + 1]]) {
                // Under the lock, so that reports come one at a time and in order.
                done.withLock { done in
                    done += 4096
                    progress?(min(done, inputs.count), inputs.count)
                }
            }
        }
        var total = Tally()
        for tally in tallies { total.merge(tally) }
        let (groups, odd) = (total.groups, total.odd)
        progress?(inputs.count, inputs.count)
        var matched = Set<Int>()
        var result: [DivergenceGroup] = groups.map { key, accumulator in
            var group = DivergenceGroup(account: key.account, field: key.field, situation: key.situation.rawValue,
                                        partition: key.partition, count: accumulator.count, example: accumulator.example,
                                        status: .unlisted)
            if let entries = policy.match(group) {
                matched.formUnion(entries.map(\.0))
                group.status = .accepted(reason: entries.map(\.1.reason).joined(separator: " — and: "))
            }
            return group
        }
        result.sort { a, b in
            if (a.status == .unlisted) != (b.status == .unlisted) { return a.status == .unlisted }
            return (a.account, a.field, a.situation, a.partitionText) < (b.account, b.field, b.situation, b.partitionText)
        }
        let oddCounts = odd.map { (account: $0.key.account, reader: $0.key.reader, situation: $0.key.situation.rawValue, count: $0.value) }
            .sorted { ($0.account, $0.reader.rawValue, $0.situation) < ($1.account, $1.reader.rawValue, $1.situation) }
        let elapsed = clock.now - started
        return DiffReport(
            corpusSize: inputs.count, seed: seed, readers: readers.ids, groups: result,
            // An entry for a release this run does not compare cannot match: it is not stale.
            staleEntries: policy.entries.enumerated().filter { index, entry in
                !matched.contains(index) && entry.release.map(readers.ids.contains) ?? true
            }.map(\.element),
            oddCounts: oddCounts,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// One pass over a slice; `tick` every 4,096 inputs.
    private func tally(_ inputs: ArraySlice<CorpusInput>, tick: () -> Void) -> Tally {
        var tally = Tally()
        for (index, input) in zip(inputs.indices, inputs) {
            if (index - inputs.startIndex) % 4096 == 4095 { tick() }
            var oddReaders = Set<ReaderID>()
            compare(input) { field, values in
                let partition = Self.partition(values.map { ($0.reader, $0.compared) })
                let key = GroupKey(account: input.layout.account, field: field, situation: input.kind, partition: partition)
                if let largest = partition.max(by: { $0.count < $1.count }) {
                    for group in partition where group != largest { oddReaders.formUnion(group) }
                }
                if var accumulator = tally.groups[key] {
                    accumulator.count += 1
                    if input.bytes.count < accumulator.exampleSize {
                        accumulator.example = Self.example(input, values)
                        accumulator.exampleSize = input.bytes.count
                    }
                    tally.groups[key] = accumulator
                } else {
                    tally.groups[key] = Accumulator(count: 1, example: Self.example(input, values), exampleSize: input.bytes.count)
                }
            }
            for reader in oddReaders { tally.odd[OddKey(account: input.layout.account, reader: reader, situation: input.kind), default: 0] += 1 }
        }
        return tally
    }

    /// The pseudo-field of the drain finding: readers that return a value but leave different numbers
    /// of bytes unread (one stopped early: a field it does not read, or a read that did not move).
    public static let unreadField = "(unread)"
    /// Appended to a field where a reader returns nil (Go) and the others an empty vector that the
    /// bytes hold: empty is not absent. Where the bytes do not hold the field, nil and `[]` are equal.
    public static let emptyAsNilSuffix = " (empty read as nil)"

    /// Calls `report` for every field (or the result itself) on which the readers disagree.
    private func compare(_ input: CorpusInput, report: (String, [(reader: ReaderID, compared: JSONValue, shown: Shown)]) -> Void) {
        // A reader with no reader for this account type has no answer to compare.
        let answered = readers.ids.map { reader in
            let answer = readers.read(input.bytes, as: input.layout, by: reader)
            return (reader: reader, answer: answer, view: NormalizedView.normalize(answer.value))
        }.filter { $0.view.kind != NormalizedView.unsupported }
        let results = answered.map { ($0.reader, $0.view) }
        let kinds = Set(results.map(\.1.kind))
        if kinds.count > 1 {
            report("(result)", results.map { reader, view in
                (reader: reader, compared: .string(view.kind), shown: .text(view.message.map { "\(view.kind): \($0)" } ?? view.kind))
            })
            // A release whose result is apart from the models' values is a divergence of its own: the
            // models (and the releases that read a value) are still compared field by field, as without it.
            guard results.contains(where: { $0.0.isRelease }),
                  results.allSatisfy({ $0.0.isRelease || $0.1.kind == "ok" }) else { return }
        }
        let values = results.compactMap { reader, view in view.value.map { (reader, $0) } }
        guard values.count > 1 else { return }
        // Only readers that can say where they stopped (not a release) are compared on it.
        let unread = answered.compactMap { item in item.answer.consumed.map { (reader: item.reader, count: input.bytes.count - $0) } }
        if Set(unread.map(\.count)).count > 1 {
            report(Self.unreadField, unread.map { reader, count in
                (reader: reader, compared: .integer(Int64(count)), shown: .text("left \(count) byte\(count == 1 ? "" : "s") unread"))
            })
        }
        // Which fields the bytes hold is the program's to say, whether or not it is among the compared readers.
        let program = answered.first { $0.reader == .program }?.answer ?? readers.read(input.bytes, as: input.layout, by: .program)
        walk("", values, present: { program.heldFields.contains(Self.topLevelField($0)) }, report: report)
    }

    /// Descends only where the readers differ.
    private func walk(_ path: String, _ values: [(ReaderID, JSONValue)], present: (String) -> Bool,
                      report: (String, [(reader: ReaderID, compared: JSONValue, shown: Shown)]) -> Void) {
        let first = values[0].1
        guard values.dropFirst().contains(where: { $0.1 != first }) else { return }
        // A release whose value has another shape than the models' (the field absent, another count of
        // elements) would stop the models' descent here: it is told apart at this level, and the others
        // are compared further down, as without it.
        let models = values.filter { !$0.0.isRelease }
        // The same for models that hold only nil and empty vectors, which are told apart below.
        let fits: (([(ReaderID, JSONValue)]) -> Bool)? =
            Self.descends(models) ? Self.descends : Self.nilOrEmpty(models) ? Self.nilOrEmpty : nil
        if models.count > 1, models.count < values.count, let fits, !fits(values) {
            let fitting = values.filter { !$0.0.isRelease || fits(models + [$0]) }
            report(Self.groupField(path), values.map { reader, value in
                (reader: reader, compared: fitting.contains { $0.0 == reader } ? Self.descending : value,
                 shown: .value(value))
            })
            walk(path, fitting, present: present, report: report)
            return
        }
        let objects = values.compactMap { $0.1.objectValue }
        if objects.count == values.count {
            var keys: [String] = []
            for object in objects { for member in object.members where !keys.contains(member.key) { keys.append(member.key) } }
            // A field one reader's value lacks (an SDK struct without it, a reader that stops early) is a
            // divergence of its own: `(absent)` against the others' values. A label only the readers that
            // label an enum have is not compared with a bare number's nothing.
            for key in keys {
                let holding = values.compactMap { reader, value -> (ReaderID, JSONValue)? in
                    if let member = value[key] { return (reader, member) }
                    if key.hasSuffix(NormalizedView.labelSuffix), value[String(key.dropLast(NormalizedView.labelSuffix.count))] != nil {
                        return nil
                    }
                    return (reader, Self.absent)
                }
                if holding.count > 1 { walk(path.isEmpty ? key : "\(path).\(key)", holding, present: present, report: report) }
            }
            return
        }
        let arrays = values.compactMap { $0.1.arrayValue }
        if arrays.count == values.count, Set(arrays.map(\.count)).count == 1 {
            for index in arrays[0].indices {
                walk("\(path)[\(index)]", values.map { ($0.0, $0.1.arrayValue![index]) }, present: present, report: report)
            }
            return
        }
        if Self.nilOrEmpty(values) {
            // Only nil against empty: a finding where the bytes hold the vector, equal where they do not.
            guard present(path) else { return }
            return report(Self.groupField(path) + Self.emptyAsNilSuffix, values.map { reader, value in
                (reader: reader, compared: value, shown: .value(value))
            })
        }
        // Against a value, nil is one more way to miss it: it groups with the empty vector, here and inside.
        report(Self.groupField(path), values.map { reader, value in
            (reader: reader, compared: NormalizedView.foldingNil(value), shown: .value(value))
        })
    }

    /// What a field renders as in a value that lacks it.
    static let absent = JSONValue.string("(absent)")
    /// What the readers compared further down hold at a level where a release is told apart.
    private static let descending = JSONValue.string("(compared further down)")

    /// Only nil (Go's nil slice) and empty vectors.
    private static func nilOrEmpty(_ values: [(ReaderID, JSONValue)]) -> Bool {
        values.allSatisfy { $0.1 == .null || $0.1 == .array([]) }
    }

    /// Objects only, or lists of one length: values the walk compares member by member.
    private static func descends(_ values: [(ReaderID, JSONValue)]) -> Bool {
        if values.allSatisfy({ $0.1.objectValue != nil }) { return true }
        let counts = Set(values.compactMap { $0.1.arrayValue?.count })
        return counts.count == 1 && values.allSatisfy { $0.1.arrayValue != nil }
    }

    /// `interfaces[1].mtu` → `interfaces`: the account field a path lies in.
    static func topLevelField(_ path: String) -> String {
        String(path.prefix { $0 != "[" && $0 != "." })
    }

    /// `interfaces[1].mtu` → `interfaces[].mtu`: one group for every element.
    static func groupField(_ path: String) -> String {
        var field = ""
        var skipping = false
        for character in path {
            if character == "[" { skipping = true; field.append("[") } else if character == "]" { skipping = false; field.append("]") } else if !skipping { field.append(character) }
        }
        return field
    }

    /// Readers with equal values together, in ReaderID order.
    static func partition(_ values: [(ReaderID, JSONValue)]) -> [[ReaderID]] {
        var groups: [(value: JSONValue, readers: [ReaderID])] = []
        for (reader, value) in values {
            if let index = groups.firstIndex(where: { $0.value == value }) { groups[index].readers.append(reader) } else { groups.append((value, [reader])) }
        }
        return groups.map(\.readers)
    }

    private static func example(_ input: CorpusInput, _ values: [(reader: ReaderID, compared: JSONValue, shown: Shown)]) -> DivergenceExample {
        DivergenceExample(layout: input.layout.reference, hex: input.hex, situation: input.situation,
                          values: values.map { (reader: $0.reader, value: $0.shown.text) })
    }

    /// What an example shows for one reader, rendered only when its group keeps the input as its example:
    /// rendering every divergent value took 9% of a diff.
    private enum Shown {
        case text(String)
        case value(JSONValue)

        var text: String {
            switch self {
            case .text(let text): text
            case .value(let value): JSONWriter.render(value, style: .compact)
            }
        }
    }
}
