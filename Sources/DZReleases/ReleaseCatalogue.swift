import DZJSON
import DZLayouts
import DZPorts

/// Why a release cannot be read or run.
public enum ReleaseError: Error, CustomStringConvertible {
    case catalogue(path: String, reason: String)
    case notInstalled(reader: ReaderID, path: String)
    case load(reader: ReaderID, reason: String)

    public var description: String {
        switch self {
        case .catalogue(let path, let reason): "\(path): \(reason)"
        case .notInstalled(let reader, let path):
            "\(reader.rawValue) is not installed at \(path): run `make setup` (it installs every release pinned in releases/requirements/)"
        case .load(let reader, let reason): "\(reader.rawValue): \(reason)"
        }
    }
}

/// One published SDK release, as `releases/releases.json` describes it.
public struct Release: Sendable, Equatable {
    /// Where the port and this release read one layout version with the same code (or not, and why).
    public struct Fidelity: Sendable, Equatable {
        /// `user@v1`: the layout version this release's class reads.
        public var layout: String
        /// No change to this reader's code between the release and the commit the ports follow.
        public var sameCode: Bool
        public var differences: [String]
    }

    public var reader: ReaderID
    public var package: String
    public var version: String
    public var requirements: String
    /// The upstream commit the release was cut from, and how that was determined.
    public var source: String
    /// Account name → the layout version id its class reads (`user` → `v1`).
    public var reads: [String: String]
    public var fidelity: [Fidelity]
    /// The release's attribute names that differ from the layout's field names, per account: attribute
    /// (or dotted path) → the layout fields it holds (`name.member` for a member of a tagged field).
    public var attributes: [String: [String: [String]]]

    /// `.venv/releases/<package>-<version>`: the release's own directory under the repository root.
    public func directory(root: String) -> String { "\(root)/.venv/releases/\(package)-\(version)" }
}

/// `releases/releases.json` (schema `dzcompat-releases/1`): every release dzcompat runs.
public struct ReleaseCatalogue: Sendable {
    public static let schema = "dzcompat-releases/1"
    public static let path = "releases/releases.json"

    public var releases: [Release]

    public init(json bytes: [UInt8], path: String = ReleaseCatalogue.path) throws(ReleaseError) {
        func fail(_ reason: String) -> ReleaseError { .catalogue(path: path, reason: reason) }
        let document: JSONValue
        do { document = try JSONReader.parse(bytes, source: path) } catch { throw fail(error.description) }
        guard document["schema"]?.stringValue == Self.schema else { throw fail("schema is not \(Self.schema)") }
        guard let entries = document["releases"]?.arrayValue else { throw fail("no releases list") }
        var releases: [Release] = []
        for (index, entry) in entries.enumerated() {
            func text(_ key: String) throws(ReleaseError) -> String {
                guard let value = entry[key]?.stringValue, !value.isEmpty else { throw fail("releases[\(index)].\(key) is missing") }
                return value
            }
            let name = try text("reader")
            guard let reader = ReaderID(rawValue: name), case .release(let sdk, let version) = reader.origin else {
                throw fail("releases[\(index)].reader '\(name)' is not <sdk>@<version>")
            }
            guard try text("version") == version, try text("sdk") == sdk.rawValue else {
                throw fail("releases[\(index)]: reader \(name) does not match its sdk and version")
            }
            var reads: [String: String] = [:]
            for member in entry["reads"]?.objectValue?.members ?? [] {
                guard let id = member.value.stringValue else { throw fail("releases[\(index)].reads.\(member.key) is not a string") }
                reads[member.key] = id
            }
            var fidelity: [Release.Fidelity] = []
            for (position, item) in (entry["fidelity"]?.arrayValue ?? []).enumerated() {
                guard let layout = item["layout"]?.stringValue, let same = item["same_code"]?.boolValue else {
                    throw fail("releases[\(index)].fidelity[\(position)] needs layout and same_code")
                }
                fidelity.append(.init(layout: layout, sameCode: same,
                                      differences: (item["differences"]?.arrayValue ?? []).compactMap(\.stringValue)))
            }
            var attributes: [String: [String: [String]]] = [:]
            for account in document["attributes"]?[sdk.rawValue]?.objectValue?.members ?? [] {
                for member in account.value.objectValue?.members ?? [] {
                    // One field, or a list of them (an attribute that holds different fields by variant).
                    let fields = member.value.stringValue.map { [$0] } ?? member.value.arrayValue?.compactMap(\.stringValue)
                    guard let fields, !fields.isEmpty else {
                        throw fail("attributes.\(sdk.rawValue).\(account.key).\(member.key) is not a field name or a list of them")
                    }
                    attributes[account.key, default: [:]][member.key] = fields
                }
            }
            releases.append(Release(reader: reader, package: try text("package"), version: version,
                                    requirements: try text("requirements"), source: try text("source"),
                                    reads: reads, fidelity: fidelity, attributes: attributes))
        }
        self.releases = releases
    }
}
