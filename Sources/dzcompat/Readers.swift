import ArgumentParser
import DZComparison
import DZFileIO
import DZLayouts
import DZPorts
import DZReleases
import Foundation

extension ReaderID: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}

extension SDK: ExpressibleByArgument {}

/// The readers a command can name: the program, the three ports, and the releases in
/// `releases/releases.json` (which need `make setup`).
enum ReaderLookup {
    /// The dzcompat checkout that holds `releases/` and `.venv/`: the working directory when it is one,
    /// else the checkout this executable was built in (`<root>/.build/<configuration>/dzcompat`), so
    /// that `gate --rust` works from inside the program's own checkout.
    static let repositoryRoot: String = {
        let marker = ReleaseCatalogue.path
        if FileManager.default.fileExists(atPath: marker) { return "." }
        var directory = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        while let current = directory, current.path != "/" {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(marker).path) { return current.path }
            directory = current.deletingLastPathComponent()
        }
        return "."
    }()

    /// One reader; a release that is not installed is an input error naming `make setup`.
    static func reader(_ id: ReaderID, registry: Registry, root: String = repositoryRoot) throws -> any Reader {
        switch id.origin {
        case .program: return ProgramReader(registry: registry)
        case .port(let sdk): return sdk.port(registry: registry)
        case .release:
            guard let reader = try releases(root: root).first(where: { $0.id == id }) else {
                throw ValidationError("no release \(id.rawValue) in \(ReleaseCatalogue.path)")
            }
            return reader
        }
    }

    static func releases(root: String = repositoryRoot) throws -> [ReleaseReader] {
        do { return try ReleaseReader.all(root: root) } catch { throw ValidationError(error.description) }
    }

    /// The readers of `--readers` (a comma-separated list, or `all`); nil or empty: `fallback`.
    static func set(_ list: String?, registry: Registry = .standard, fallback: [ReaderID] = ReaderID.allCases) throws -> ReaderSet {
        let names = (list ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let everything = names.contains("all")
        var wanted: Set<ReaderID> = Set(fallback)
        if !names.isEmpty && !everything {
            wanted = []
            for name in names {
                guard let id = ReaderID(rawValue: name) else {
                    throw ValidationError("unknown reader '\(name)' in --readers: `dzcompat readers` lists them")
                }
                wanted.insert(id)
            }
        }
        let needsReleases = everything || wanted.contains(where: \.isRelease)
        let releases: [any Reader] = needsReleases ? try Self.releases() : []
        if !everything {
            for id in wanted where !ReaderID.allCases.contains(id) && !releases.contains(where: { $0.id == id }) {
                throw ValidationError("no release \(id.rawValue) in \(ReleaseCatalogue.path)")
            }
        }
        return ReaderSet(registry: registry, releases: releases, only: everything ? nil : wanted)
    }
}

/// `dzcompat readers`: every reader with its version and origin.
struct ReadersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readers",
        abstract: "List every reader: the program's rules, the ports, the native spec readers and the published releases.",
        discussion: """
            Names in the first column are what --sdk and --readers take (the native spec readers are run by \
            `dzcompat crosscheck`). A release that is not installed is listed with the command that installs it.
            """
    )

    @OptionGroup var checkout: RootArgument

    func run() throws {
        let upstream = "upstream 5f9fe3251"
        var rows: [(String, String, String)] = [
            ("program", upstream, "the program's decoding rules (Sources/DZCodec)"),
            ("go", upstream, "Swift port of the Go SDK reader (Sources/DZGoPort)"),
            ("ts", upstream, "Swift port of the TypeScript SDK reader (Sources/DZTypeScriptPort)"),
            ("py", upstream, "Swift port of the Python SDK reader (Sources/DZPythonPort)"),
            ("sdk-go-spec", upstream, "native spec reader of the Go SDK (sdk-go-spec/, a batch process)"),
            ("sdk-ts-spec", upstream, "native spec reader of the TypeScript SDK (sdk-ts-spec/, a node process)"),
            ("sdk-py-spec", upstream, "native spec reader of the Python SDK (sdk-py-spec/, embedded CPython)"),
        ]
        let path = "\(checkout.root)/\(ReleaseCatalogue.path)"
        let catalogue: ReleaseCatalogue
        do { catalogue = try ReleaseCatalogue(json: try FileIO.read(path), path: path) } catch { throw ValidationError("\(error)") }
        for release in catalogue.releases {
            let installed = FileManager.default.fileExists(atPath: release.directory(root: checkout.root))
            rows.append((release.reader.rawValue, release.version,
                         "PyPI \(release.package) \(release.version), cut from \(release.source)"
                            + (installed ? "" : " — not installed: run `make setup`")))
        }
        let width = rows.map(\.0.count).max() ?? 0, versionWidth = rows.map(\.1.count).max() ?? 0
        for (name, version, origin) in rows {
            print(name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                  + version.padding(toLength: versionWidth + 2, withPad: " ", startingAt: 0) + origin)
        }
    }
}
