import DZCodec
import DZComparison
import DZJSON
import DZLayouts
import DZPorts

/// Turns the probe's readings into the examples a finding shows: the input that shows the change, and
/// what each reader made of the fields in question.
struct FindingExplainer {
    var probe: Probe
    let baseline: Side
    let working: Side
    /// Longest value shown in a reading; the hex of the input is always whole.
    static let valueLimit = 100

    /// The input of the first direction in which an affected reader shows the change (backward first:
    /// existing accounts matter most), or, when none does, the one that shows the change's own fields.
    mutating func examples(for change: LayoutChange, blame: Blame, affected: [ReaderID]) -> [GateExample] {
        let scope = blame.scope(of: change)
        let direction = [Direction.backward, .forward, .defaults].first { direction in
            let seen = probe.observations.filter { $0.direction == direction }
            return affected.contains { blame.affects($0, change, scope: scope, seen) }
        } ?? (change.workingFields.isEmpty && probe.readers.contains { $0 != .program } ? .forward : .backward)
        var examples = [example(direction, change: change, scope: scope)]
        if change.kind == .slotReuse, let unzeroed = probe.unzeroedBaselineBytes {
            examples.append(GateExample(
                description: "the same \(baseline.name) account with \(change.baselineFields.joined()) not zero, read with \(working.name)",
                hex: Hex.encode(unzeroed),
                readings: probe.readers.map { reader in
                    GateExample.Reading(reader: reader, text: text(probe.read(unzeroed, baseline: false, reader), fields: change.workingFields, misread: []))
                }))
        }
        return examples
    }

    /// What released readers make of the retired fixed field on new accounts (not a failure: the field is gone).
    mutating func retiredSlotNote(_ change: LayoutChange) -> [String] {
        let sdks = probe.readers.filter { $0 != .program }
        guard !sdks.isEmpty else { return [] }
        let readings = sdks.map { reader in
            "\(reader.displayName): \(text(probe.read(probe.workingBytes, baseline: true, reader), fields: change.baselineFields, misread: []))"
        }
        return ["released \(baseline.name) readers read \(change.baselineFields.joined()) of a \(working.name) account from the vector's bytes: "
            + readings.joined(separator: "; ")]
    }

    private mutating func example(_ direction: Direction, change: LayoutChange, scope: (baseline: Set<String>, working: Set<String>)) -> GateExample {
        let bytes: [UInt8], description: String, readBaseline: Bool
        switch direction {
        case .forward:
            (bytes, readBaseline) = (probe.workingBytes, true)
            description = "a \(working.name) \(working.noun) (\(bytes.count) B) read by a \(baseline.name) release"
        case .backward:
            (bytes, readBaseline) = (probe.baselineBytes, false)
            let zeroed = change.kind == .slotReuse ? ", \(change.baselineFields.joined()) zero" : ""
            description = "a \(baseline.name) \(baseline.noun) (\(bytes.count) B\(zeroed)) read with \(working.name)"
        case .defaults:
            (bytes, readBaseline) = (baseline.emptyAccount, false)
            description = "\(baseline.noun) that ends after its first byte, read with \(working.name) (expected: as \(baseline.name) reads it)"
        }
        let names = direction == .forward ? scope.baseline : scope.working
        let own = direction == .forward ? change.baselineFields : change.workingFields
        let readers = probe.readers.filter { direction != .forward || $0 != .program }
        return GateExample(description: description, hex: Hex.encode(bytes), readings: readers.map { reader in
            let misread = probe.observations.first { $0.reader == reader && $0.direction == direction }?.misread
                .filter { names.contains($0.field) } ?? []
            let shown = misread.isEmpty ? own : misread.prefix(3).map(\.field)
            return GateExample.Reading(reader: reader, text: text(probe.read(bytes, baseline: readBaseline, reader), fields: shown, misread: misread))
        })
    }

    /// `bgp_status = 0`, `status = 3 (expected 7)`, or the reader's error.
    private func text(_ view: ResultView, fields: [String], misread: [(field: String, got: JSONValue, expected: JSONValue)]) -> String {
        switch view {
        case .failure(let message): return "error: \(message)"
        case .refused(let message): return "not modelled: \(message)"
        case .unsupported(let reason): return "unsupported: \(reason)"
        case .value(let object):
            guard !fields.isEmpty else { return "reads as before" }
            return fields.map { field in
                let value = object[field].map(Self.render) ?? "(absent)"
                let expected = misread.first { $0.field == field }.map { " (expected \(Self.render($0.expected)))" } ?? ""
                return "\(field) = \(value)\(expected)"
            }.joined(separator: "; ")
        }
    }

    static func render(_ value: JSONValue) -> String {
        let text = JSONWriter.render(value, style: .compact)
        return text.count <= valueLimit ? text : String(text.prefix(valueLimit)) + "…"
    }
}
