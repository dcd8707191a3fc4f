import DZCompat
import DZJSON
import DZPorts

/// Rule 5: each reader (the program and every SDK port) reads every byte of every fixture. A reader
/// that returns a value with bytes left has a field it does not read, or a read that did not move; one
/// that fails on a fixture has not read it at all. A port that does not model the layout (an
/// instruction) says nothing about its SDK and is left out.
enum ReaderDrainRule {
    static func check(_ reading: FixtureReading, readers: ReaderSet) -> [LintFinding] {
        let fixture = reading.fixture
        var findings: [LintFinding] = []
        for reader in ReaderID.allCases {
            let answer = readers.read(fixture.bytes, as: fixture.version, by: reader)
            let message: String
            var offset: Int? = answer.consumed
            if let value = answer.value["ok"] {
                if let error = value["deserialize_error"]?.stringValue {
                    message = "\(reader.displayName) fails: DeserializeError: \(error)"
                } else {
                    let left = fixture.bytes.count - answer.consumed
                    guard left > 0 else { continue }
                    message = "\(reader.displayName) left \(left) byte\(left == 1 ? "" : "s") unread from offset \(answer.consumed) (of \(fixture.bytes.count))"
                }
            } else if let error = answer.value["error"] {
                let className = error["class"]?.stringValue ?? "?"
                guard !ReaderResult.refusalClasses.contains(className) else { continue }
                message = "\(reader.displayName) fails: \(className): \(error["message"]?.stringValue ?? "")"
            } else {
                offset = nil
                message = "\(reader.displayName) dies: \(answer.value["fatal"]?.stringValue ?? "unreadable result")"
            }
            findings.append(LintFinding(rule: .readersDrain, account: fixture.account.name,
                                        field: "\(reader.rawValue): \(reading.field(at: answer.consumed))",
                                        file: fixture.binFile, offset: offset, message: message))
        }
        return findings
    }
}
