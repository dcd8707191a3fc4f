import DZComparison
import DZCorpus
import DZJSON
import DZLayouts
import DZPorts
import DZReleases

/// One fidelity entry of a release (releases/releases.json) measured on the corpus: the port of the
/// release's SDK and the release itself, on every input read with that layout version.
public struct FidelityResult: Sendable {
    public var release: ReaderID
    public var entry: Release.Fidelity
    public var inputs: Int
    public var agreeing: Int
    /// The first disagreements, with both answers.
    public var mismatches: [(input: CorpusInput, port: JSONValue, release: JSONValue)]

    /// Where the release and the port run the same code, every input must agree.
    public var fails: Bool { entry.sameCode && agreeing != inputs }
}

/// Port fidelity: where the Python port models the code a release runs (the same account, the same layout
/// version, no change to the reader's code in between), the two answer alike. A release answers only for
/// the fields its class has: a field it reads and throws away (GlobalState's deprecated allowlists) is
/// not compared; every field it does have must equal the port's, and so must errors and fatal results.
public enum ReleaseFidelity {
    public static func run(_ release: ReleaseReader, inputs: [CorpusInput], registry: Registry = .standard,
                           keep: Int = 20) -> [FidelityResult] {
        guard let sdk = release.id.sdk else { return [] }
        let port = sdk.port(registry: registry)
        return release.release.fidelity.map { entry in
            var result = FidelityResult(release: release.id, entry: entry, inputs: 0, agreeing: 0, mismatches: [])
            for input in inputs where input.layout.reference == entry.layout {
                result.inputs += 1
                let mine = port.decodeToJSON(input.bytes, as: input.layout), theirs = release.read(input.bytes, as: input.layout)
                if agree(port: mine, release: theirs) {
                    result.agreeing += 1
                } else if result.mismatches.count < keep {
                    result.mismatches.append((input, mine, theirs))
                }
            }
            return result
        }
    }

    /// Equal results, a value compared on the release's own fields (at the top level: elements are whole).
    static func agree(port: JSONValue, release: JSONValue) -> Bool {
        guard let theirs = release["ok"]?.objectValue else { return port == release }
        guard let mine = port["ok"]?.objectValue else { return false }
        return theirs.members.allSatisfy { mine[$0.key] == $0.value }
    }
}
