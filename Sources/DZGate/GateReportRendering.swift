import DZComparison
import DZJSON

extension GateReport {
    public enum Format: String, CaseIterable, Sendable {
        /// One block per finding, renames last; for people and CI logs.
        case text
        /// Schema `dzcompat-gate/1`, one object.
        case json
    }

    public static let schemaName = "dzcompat-gate/1"

    public func render(_ format: Format) -> String {
        switch format {
        case .text: renderText()
        case .json: JSONWriter.render(json(), style: .pretty)
        }
    }

    private func renderText() -> String {
        var lines = ["dzcompat gate: \(working) against \(baseline)", ""]
        let renames = findings.filter { $0.verdict == .rename }
        for finding in findings where finding.verdict != .rename { lines += block(finding) }
        if !renames.isEmpty {
            lines.append("Renames (binary-compatible; the fixture JSON names change):")
            for finding in renames { lines += block(finding) }
        }
        let failing = findings.filter(\.fails).count
        lines.append(findings.isEmpty ? "result: pass (no layout changes)"
            : "result: \(passes ? "pass" : "FAIL") (\(findings.count) finding\(findings.count == 1 ? "" : "s"), \(failing) failing)")
        return lines.joined(separator: "\n")
    }

    private func block(_ finding: GateFinding) -> [String] {
        var verdict = finding.verdict.rawValue
        if finding.verdict == .needsAcknowledgement { verdict += finding.acknowledgement == nil ? ", NOT acknowledged" : ", acknowledged" }
        var lines = [
            "\(finding.fails ? "FAIL" : "ok  ") \(finding.account).\(finding.field): \(finding.kind.rawValue) "
                + "(\(finding.fromVersion) → \(finding.toVersion)): \(verdict)",
            "  change: \(finding.detail)",
            "  readers affected: \(finding.affected.isEmpty ? "none" : finding.affected.map(\.displayName).joined(separator: ", "))",
        ]
        if let reason = finding.acknowledgement { lines.append("  acknowledged: \(reason)") }
        for entry in finding.unverified { lines.append("  not verified with \(entry.reader.displayName): \(entry.reason)") }
        for example in finding.examples {
            lines.append("  example: \(example.description)")
            lines.append("    hex: \(example.hex)")
            for reading in example.readings { lines.append("    \(reading.reader.displayName): \(reading.text)") }
        }
        for note in finding.notes { lines.append("  note: \(note)") }
        lines.append("")
        return lines
    }

    private func json() -> JSONValue {
        .object([
            "schema": .string(Self.schemaName),
            "baseline": .string(baseline),
            "working": .string(working),
            "passes": .bool(passes),
            "findings": .array(findings.map { finding in
                .object([
                    "account": .string(finding.account),
                    "field": .string(finding.field),
                    "from": .string(finding.fromVersion),
                    "to": .string(finding.toVersion),
                    "kind": .string(finding.kind.rawValue),
                    "detail": .string(finding.detail),
                    "verdict": .string(finding.verdict.rawValue),
                    "fails": .bool(finding.fails),
                    "acknowledgement": finding.acknowledgement.map(JSONValue.string) ?? .null,
                    "affected": .array(finding.affected.map { .string($0.rawValue) }),
                    "unverified": .array(finding.unverified.map { .object(["reader": .string($0.reader.rawValue), "reason": .string($0.reason)]) }),
                    "examples": .array(finding.examples.map { example in
                        .object([
                            "description": .string(example.description),
                            "hex": .string(example.hex),
                            "readings": .array(example.readings.map { .object(["reader": .string($0.reader.rawValue), "text": .string($0.text)]) }),
                        ])
                    }),
                    "notes": .array(finding.notes.map(JSONValue.string)),
                ])
            }),
        ])
    }
}
