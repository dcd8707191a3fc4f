import DZCodec
import DZFixtures
import DZLayouts
import DZReportModel

/// Rule 2: the JSON lists every field of the layout in order, each with the value the program reads
/// from the .bin, and nothing else; the .bin is as long as the layout says (legacy and future fixtures
/// differ in length by design: rule 3 checks them).
enum FieldAssertionRule {
    static func check(_ reading: FixtureReading) -> [LintFinding] {
        let fixture = reading.fixture
        var findings: [LintFinding] = []
        func finding(_ field: String, _ file: String, _ offset: Int?, _ message: String) {
            findings.append(LintFinding(rule: .everyFieldAsserted, account: fixture.account.name, field: field, file: file,
                                        offset: offset, message: message))
        }
        if case .failure(let error) = reading.decoding {
            finding("(account)", fixture.binFile, nil, "the program rejects the .bin with \(fixture.version.reference): \(error)")
            return findings
        }
        let listed = fixture.document.fields
        var used = Array(repeating: false, count: listed.count)
        var lastIndex = -1
        for entry in reading.expected {
            let label = FixtureReading.label(entry)
            let offset = reading.offset(of: entry)
            guard let index = listed.indices.first(where: { !used[$0] && listed[$0].name == entry.name }) else {
                finding(label, fixture.jsonFile, offset, "\(entry.name) is not asserted: the JSON omits it (the program reads \(DistinctValuesRule.shown(entry.value)))")
                continue
            }
            used[index] = true
            if index < lastIndex {
                finding(label, fixture.jsonFile, offset, "\(entry.name) is listed out of order (entry \(index), after entry \(lastIndex))")
            }
            lastIndex = max(lastIndex, index)
            let stated = listed[index]
            let read = FixtureJSONReader.leafTypes.first { $0.kindName == entry.typ }.flatMap { FixtureJSONReader.parse(entry.value, as: $0) }
            if stated.type.kindName != entry.typ || stated.value != read {
                finding(label, fixture.jsonFile, offset,
                        "\(entry.name) says \(DistinctValuesRule.shown(FixtureJSON.text(stated.value))) (\(stated.type.kindName)), the program reads \(DistinctValuesRule.shown(entry.value)) (\(entry.typ))")
            }
        }
        for index in listed.indices where !used[index] {
            finding(listed[index].name, fixture.jsonFile, nil, "\(listed[index].name) (entry \(index)) is no field of \(fixture.version.reference)")
        }
        guard fixture.role == .plain else { return findings }
        let length = reading.canonical.count, size = fixture.bytes.count
        if size > length {
            finding(reading.field(at: length), fixture.binFile, length,
                    "\(size - length) bytes the layout does not describe: the program reads \(fixture.version.reference) from the first \(length) bytes")
        } else if size < length {
            let field = reading.field(at: size)
            finding(field, fixture.binFile, size,
                    "the .bin ends after \(size) bytes, inside or before \(field): \(fixture.version.reference) writes \(length) bytes here")
        }
        return findings
    }
}
