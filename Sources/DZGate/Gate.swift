import DZComparison
import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import DZPorts

/// How the gate runs.
public struct GateOptions: Sendable {
    /// Elements in every synthesized vector (a tagged element's vector has at least one per variant).
    /// Default 2: a change inside an element misaligns the element after it, which one element hides.
    public var elementsPerVector = 2
    /// The readers run. Default: all four (program, Go, TypeScript, Python). Instruction data is read by
    /// the program only.
    public var readers: [ReaderID] = ReaderID.allCases
    /// Published releases to run as released readers on the new accounts (forward only); their ids are
    /// added to `readers`. A release renders with the layouts of the working tree's fixtures/layouts.json.
    public var releases: [any Reader] = [] {
        didSet { readers += releases.map(\.id).filter { !readers.contains($0) } }
    }

    public init() {}
}

/// The layout-change gate (README.md, "The gate"): every change between a
/// baseline registry and the working one, classified by aligning the layouts and judged by running the
/// readers on synthesized accounts of both versions.
public enum Gate {
    /// Each account's current version in `baseline` against its current version in `working`, plus
    /// accounts added or removed.
    public static func compare(
        baseline: Registry, working: Registry, baselineName: String = "baseline", workingName: String = "working tree",
        options: GateOptions = .init()
    ) -> GateReport {
        let oldReaders = ReaderSet(registry: baseline, releases: options.releases)
        let newReaders = ReaderSet(registry: carryingSDKFacts(of: baseline, to: working), releases: options.releases)
        var findings: [GateFinding] = []
        for account in working.accounts {
            guard let before = baseline.account(account.name) else {
                findings.append(accountFinding(.accountAdded, account, to: account.current, verdict: .compatible))
                continue
            }
            findings += AccountComparison(
                baseline: Side(version: before.current, kind: before.kind, readers: oldReaders),
                working: Side(version: account.current, kind: account.kind, readers: newReaders),
                options: options
            ).findings()
        }
        for account in baseline.accounts where working.account(account.name) == nil {
            findings.append(accountFinding(.accountRemoved, account, to: account.current, verdict: .breaking))
        }
        return GateReport(baseline: baselineName, working: workingName, findings: findings)
    }

    /// `working` with the SDK facts of `baseline` carried to its layouts. A layout change leaves the SDKs'
    /// code as it was: the reader that stops before a field, lacks one or reads one as another type still
    /// does, whatever the field is now called or wherever it moved; an SDK with no reader for an account
    /// still has none. Accounts new in `working` keep its facts.
    static func carryingSDKFacts(of baseline: Registry, to working: Registry) -> Registry {
        var sdks = working.sdks
        for account in working.accounts {
            guard let before = baseline.account(account.name) else { continue }
            let old = before.current.fields, new = account.current.fields
            var counterpart: [String: String] = [:]
            for pair in FieldAlignment(old, new).pairs { counterpart[old[pair.baseline].name] = new[pair.working].name }
            for index in sdks.indices {
                sdks[index].readers[account.name] = baseline.sdk(sdks[index].id).readers[account.name]?
                    .carried(by: counterpart, from: old.map(\.name), to: new.map(\.name))
            }
        }
        return Registry(accounts: working.accounts, enums: working.enumDefinitions, sdks: sdks)
    }

    /// Two versions of one account in one registry (`--between user@U6 user@U7`): history as the gate sees it.
    public static func compare(
        _ from: LayoutVersion, _ to: LayoutVersion, in registry: Registry = .standard, options: GateOptions = .init()
    ) throws(GateInputError) -> GateReport {
        guard from.account == to.account, let account = registry.account(from.account) else {
            throw .differentAccounts(from.reference, to.reference)
        }
        let readers = ReaderSet(registry: registry, releases: options.releases)
        let findings = AccountComparison(
            baseline: Side(version: from, kind: account.kind, readers: readers),
            working: Side(version: to, kind: account.kind, readers: readers),
            options: options
        ).findings()
        return GateReport(baseline: from.reference, working: to.reference, findings: findings)
    }

    /// Writes `registry` as the lock file (layouts.json's schema), atomically.
    public static func writeLock(_ registry: Registry, to path: String) throws(FileError) {
        try OutputFile.write(Array((JSONWriter.render(registry.exportJSON(), style: .pretty) + "\n").utf8), to: path)
    }

    /// An account that exists on one side only: nothing to run, the registry says it all.
    private static func accountFinding(_ kind: ChangeKind, _ account: AccountLayouts, to version: LayoutVersion, verdict: GateVerdict) -> GateFinding {
        let name = "\(version.reference) (\(version.label))"
        let detail = kind == .accountAdded
            ? "new \(account.title): no existing account or release to misread it"
            : "\(account.title) is gone from the working layouts: no reader can read existing accounts"
        return GateFinding(
            account: account.name, field: "(account)", fromVersion: kind == .accountAdded ? "(none)" : name,
            toVersion: kind == .accountAdded ? name : "(none)", kind: kind, detail: detail, verdict: verdict,
            affected: kind == .accountAdded ? [] : ReaderID.allCases, unverified: [], acknowledgement: nil, examples: [], notes: [])
    }
}
