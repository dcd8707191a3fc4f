import DZComparison
import DZJSON
import DZPorts
import DZReportModel

/// Rule 5: each reader of the set (the program and every SDK port) reads every byte of every fixture.
/// A reader that returns a value with bytes left has a field it does not read, or a read that did not
/// move; one that fails on a fixture has not read it at all. A port that does not model the layout, or
/// an SDK with no reader for the account (an instruction, an account it never had), says nothing about
/// draining and is left out, and so is a reader that cannot say where it stopped.
enum ReaderDrainRule {
    static func check(_ reading: FixtureReading, readers: ReaderSet) -> [LintFinding] {
        let fixture = reading.fixture
        var findings: [LintFinding] = []
        for reader in readers.ids {
            let answer = readers.read(fixture.bytes, as: fixture.version, by: reader)
            guard let consumed = answer.consumed else { continue }
            let message: String
            var offset: Int? = consumed
            if let value = answer.value["ok"] {
                if let error = value["deserialize_error"]?.stringValue {
                    message = "\(reader.displayName) fails: DeserializeError: \(error)"
                } else {
                    let left = fixture.bytes.count - consumed
                    guard left > 0 else { continue }
                    message = "\(reader.displayName) left \(left) byte\(left == 1 ? "" : "s") unread from offset \(consumed) (of \(fixture.bytes.count))"
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
                                        field: "\(reader.rawValue): \(reading.field(at: consumed))",
                                        file: fixture.binFile, offset: offset, message: message))
        }
        return findings
    }
}
