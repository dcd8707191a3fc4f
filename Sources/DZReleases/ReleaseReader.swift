import DZJSON
import DZLayouts
import DZPorts
import DZPython
import Foundation

/// A published SDK release run in-process through the embedded CPython: the release's own `from_bytes`
/// for each account type it has a class for, rendered by `releases/dzrelease` in the decoded-value form.
/// An account type the release has no class for answers `{"unsupported": reason}`. The release reads with
/// its own code whatever version is asked: the answer lists the fields of the version its class was
/// written for (`Release.reads`).
public final class ReleaseReader: Reader, @unchecked Sendable {
    public let release: Release
    private let python: EmbeddedPython
    // One interpreter: the embedded Python runs one call at a time.
    private let lock = NSLock()

    public var id: ReaderID { release.reader }

    /// `root` is the repository root (holds `releases/`, `fixtures/layouts.json` and `.venv/`).
    public init(_ release: Release, root: String) throws(ReleaseError) {
        self.release = release
        let directory = release.directory(root: root), common = "\(root)/.venv/common"
        for path in [directory, common] where !FileManager.default.fileExists(atPath: path) {
            throw .notInstalled(reader: release.reader, path: path)
        }
        do {
            let layouts = try String(contentsOfFile: "\(root)/fixtures/layouts.json", encoding: .utf8)
            func object<Value>(_ pairs: [String: Value], _ value: (Value) -> JSONValue) -> JSONValue {
                .object(JSONObject(pairs.sorted { $0.key < $1.key }.map { (key: $0.key, value: value($0.value)) }))
            }
            let config = JSONWriter.render(.object([
                "attributes": object(release.attributes) { object($0) { .array($0.map(JSONValue.string)) } },
                "reads": object(release.reads, JSONValue.string),
            ]), style: .compact)
            python = try EmbeddedPython(paths: ["\(root)/releases", common], module: "dzrelease",
                                        load: [directory, "\(release.package) \(release.version)", layouts, config])
        } catch {
            throw .load(reader: release.reader, reason: "\(error)")
        }
    }

    /// Every release of the catalogue, loaded; the first one that is not installed is the error.
    public static func all(root: String) throws(ReleaseError) -> [ReleaseReader] {
        let path = "\(root)/\(ReleaseCatalogue.path)"
        let bytes: Data
        do { bytes = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .catalogue(path: path, reason: "cannot read: \(error.localizedDescription)")
        }
        var readers: [ReleaseReader] = []
        for release in try ReleaseCatalogue(json: Array(bytes), path: path).releases {
            readers.append(try ReleaseReader(release, root: root))
        }
        return readers
    }

    public func versions(of account: AccountLayouts) -> [LayoutVersion] {
        release.reads[account.name].flatMap(account.version).map { [$0] } ?? []
    }

    /// The answer line as the release's harness wrote it (compact JSON).
    public func answer(_ bytes: [UInt8], as version: LayoutVersion) -> String {
        lock.withLock { python.decode(layout: version.reference, bytes: bytes) }
    }

    public func read(_ bytes: [UInt8], as version: LayoutVersion) -> JSONValue {
        let line = answer(bytes, as: version)
        do {
            return try JSONReader.parse(Array(line.utf8), source: "\(release.reader.rawValue) answer")
        } catch {
            return .object(["fatal": .string("unreadable answer: \(error.description)")])
        }
    }
}
