import ArgumentParser
import DZCodec
import DZJSON
import DZLayouts

struct Layouts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every account layout version, or export the registry as JSON or Markdown.",
        discussion: """
            With --json the output is fixtures/layouts.json (schema dzcompat-layouts/1); with --markdown it \
            is docs/layouts.md.
            """
    )

    @Flag(help: "Print the registry as layouts.json instead of a table.")
    var json = false

    @Flag(help: "Print the registry as Markdown (docs/layouts.md) instead of a table.")
    var markdown = false

    func validate() throws {
        if json && markdown { throw ValidationError("--json and --markdown exclude each other") }
    }

    func run() {
        let registry = Registry.standard
        // With every vector and string empty: the smallest account a version describes.
        let minimumSize = { (version: LayoutVersion) in try? BinaryEncoder.encode(Record(), version, registry: registry).count }
        if json {
            print(JSONWriter.render(registry.exportJSON(), style: .pretty))
            return
        }
        if markdown {
            print(registry.markdown(minimumSize: minimumSize), terminator: "")
            return
        }
        for account in registry.accounts {
            let removed = account.removed.map { ", removed at \($0.commit) \($0.date): \($0.summary)" } ?? ""
            print("\(account.title) (\(account.kind)\(removed))")
            for version in account.versions {
                let reference = version.reference.padding(toLength: 24)
                let label = version.label.padding(toLength: 4)
                print("  \(reference)\(label) \(version.commit) \(version.date)  \(version.fields.count) fields, "
                      + "min \(minimumSize(version) ?? 0) B  \(version.summary)")
            }
        }
    }
}

extension String {
    func padding(toLength length: Int) -> String { count >= length ? self + " " : self + String(repeating: " ", count: length - count) }
}
