import DZCodec
import DZFixtures
import DZLayouts
import DZReportModel

/// Rule 1: every field holds a non-zero value (a vector at least one element), and no two fields of one
/// type hold the same value. Framing (counts, element sizes and versions, the variant) is not compared.
enum DistinctValuesRule {
    static func check(_ reading: FixtureReading) -> [LintFinding] {
        var findings: [LintFinding] = []
        var seen: [String: FixtureJSON.Entry] = [:]
        for entry in reading.expected {
            func finding(_ message: String) {
                findings.append(LintFinding(rule: .distinctValues, account: reading.fixture.account.name,
                                            field: FixtureReading.label(entry), file: reading.fixture.binFile,
                                            offset: reading.offset(of: entry), message: message))
            }
            if entry.isHeader {
                if entry.name.hasSuffix("Len") && entry.value == "0" && entry.path != "(variant)" {
                    finding("\(entry.name) is 0: an empty vector pins neither its count's width nor its elements")
                }
                continue
            }
            if isZero(entry) {
                finding("\(entry.name) is \(shown(entry.value)), the zero \(entry.typ): it cannot tell this field from a missing or swapped one")
                continue
            }
            let key = entry.typ + "\u{0}" + entry.value
            if let first = seen[key] {
                finding("\(entry.name) is \(shown(entry.value)), as \(first.name) (\(FixtureReading.label(first))) is: two \(entry.typ) fields with one value can be swapped unseen")
            } else {
                seen[key] = entry
            }
        }
        return findings
    }

    static func isZero(_ entry: FixtureJSON.Entry) -> Bool {
        guard let type = FixtureJSONReader.leafTypes.first(where: { $0.kindName == entry.typ }),
              let value = FixtureJSONReader.parse(entry.value, as: type) else { return false }
        switch value {
        case .f64(let bits): return Double(bitPattern: bits) == 0
        default: return value == Value.zero(of: type, registry: .standard)
        }
    }

    static func shown(_ value: String) -> String { value.isEmpty ? "empty" : "'\(value)'" }
}
