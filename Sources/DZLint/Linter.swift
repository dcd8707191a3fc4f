import DZComparison
import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import DZReportModel

/// Why a directory could not be linted: it is not one, a file cannot be read, or a fixture JSON is
/// broken (each names the file and the entry).
public enum LintInputError: Error, Equatable, CustomStringConvertible {
    case notADirectory(String)
    case file(FileError)
    case fixture(FixtureJSONError)

    public var description: String {
        switch self {
        case .notADirectory(let path): "\(path): not a directory"
        case .file(let error): error.description
        case .fixture(let error): error.description
        }
    }
}

/// Checks a directory of upstream-form fixtures (`<stem>.bin` beside `<stem>.json`) against the rules,
/// for every account the registry knows: the registry decides which files are which account, so an
/// account added to it is linted with no change here.
public struct Linter {
    public let registry: Registry
    public let readers: ReaderSet
    public var policy: LintPolicy

    public init(registry: Registry = .standard, policy: LintPolicy = LintPolicy()) {
        self.registry = registry
        self.readers = ReaderSet(registry: registry)
        self.policy = policy
    }

    public func lint(directory: String) throws(LintInputError) -> LintReport {
        let (fixtures, skipped) = try load(directory: directory)
        return lint(fixtures, skipped: skipped, directory: directory)
    }

    public func lint(_ fixtures: [LintFixture], skipped: [LintSkip] = [], directory: String) -> LintReport {
        var findings: [LintFinding] = []
        for fixture in fixtures {
            let reading = FixtureReading(fixture, registry: registry)
            findings += DistinctValuesRule.check(reading)
            findings += FieldAssertionRule.check(reading)
            findings += RoundTripRule.check(reading, registry: registry)
            findings += ReaderDrainRule.check(reading, readers: readers)
        }
        for account in registry.accounts {
            findings += LegacyFutureRule.check(account, fixtures: fixtures.filter { $0.account.name == account.name }, registry: registry)
        }
        var (judged, stale) = policy.apply(to: findings)
        judged.sort { a, b in
            if (a.status == .unlisted) != (b.status == .unlisted) { return a.status == .unlisted }
            return (a.file, a.offset ?? -1, a.rule.number, a.field, a.message) < (b.file, b.offset ?? -1, b.rule.number, b.field, b.message)
        }
        return LintReport(directory: directory, fixtures: fixtures.map(\.stem), skipped: skipped, findings: judged, staleEntries: stale)
    }

    /// The fixtures of a directory (not its subdirectories), and the files left out with the reason.
    public func load(directory: String) throws(LintInputError) -> ([LintFixture], [LintSkip]) {
        guard FileIO.isDirectory(directory) else { throw .notADirectory(directory) }
        let names = FileIO.listDirectory(directory)
        let present = Set(names)
        var fixtures: [LintFixture] = []
        var skipped: [LintSkip] = []
        for name in names {
            let path = "\(directory)/\(name)"
            if name.hasSuffix(".bin") {
                if !present.contains(name.dropLast(4) + ".json") { skipped.append(LintSkip(file: name, reason: "no .json beside it")) }
                continue
            }
            guard name.hasSuffix(".json"), !FileIO.isDirectory(path) else { continue }
            let stem = String(name.dropLast(5))
            let text = try readFile(path)
            let document: FixtureDocument
            do {
                document = try FixtureJSONReader.read(text, file: path)
            } catch {
                // Another kind of document (instruction payloads, enum tables) is no fixture to lint.
                if case .document(_, let key, "missing") = error, ["name", "account_type", "fields"].contains(key) {
                    skipped.append(LintSkip(file: name, reason: "not a fixture document (no \(key))"))
                    continue
                }
                throw .fixture(error)
            }
            guard present.contains(stem + ".bin") else {
                skipped.append(LintSkip(file: name, reason: "no .bin beside it"))
                continue
            }
            let bytes = try readFile("\(directory)/\(stem).bin")
            guard let account = LintFixture.account(for: document, stem: stem, in: registry) else {
                // The registry's samples say which documents are argument bodies (upstream's form without the tag).
                let arguments = registry.accounts.first { $0.samples.contains { $0.fixture == stem && $0.form == .arguments } }
                skipped.append(LintSkip(file: name, reason: arguments.map { "the arguments of \($0.title) without its tag: the lint reads instruction data whole" }
                    ?? "no layout in the registry for \(document.name) (account type \(document.accountType))"))
                continue
            }
            fixtures.append(LintFixture(stem: stem, bytes: bytes, document: document, account: account,
                                        version: LintFixture.version(for: stem, document: document, of: account), role: LintFixture.role(for: stem)))
        }
        return (fixtures, skipped)
    }

    private func readFile(_ path: String) throws(LintInputError) -> [UInt8] {
        do { return try FileIO.read(path) } catch { throw .file(error) }
    }
}
