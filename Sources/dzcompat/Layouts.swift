import ArgumentParser
import DZCodec
import DZJSON
import DZLayouts

struct Layouts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every account layout version, or export the registry as JSON.",
        discussion: "With --json the output is fixtures/layouts.json (schema dzcompat-layouts/1)."
    )

    @Flag(help: "Print the registry as layouts.json instead of a table.")
    var json = false

    func run() {
        let registry = Registry.standard
        if json {
            print(JSONWriter.render(registry.exportJSON(), style: .pretty))
            return
        }
        for account in registry.accounts {
            let kind = switch account.kind {
            case .account(let type): "AccountType \(type)"
            case .instruction(let variant): "instruction variant \(variant)"
            }
            let removed = account.removed.map { ", removed at \($0.commit) \($0.date): \($0.summary)" } ?? ""
            print("\(account.title) (\(kind)\(removed))")
            for version in account.versions {
                let size = try? BinaryEncoder.encode(Record(), version, registry: registry).count
                let reference = version.reference.padding(toLength: 24)
                let label = version.label.padding(toLength: 4)
                print("  \(reference)\(label) \(version.commit) \(version.date)  \(version.fields.count) fields, "
                      + "min \(size ?? 0) B  \(version.summary)")
            }
        }
    }
}

extension String {
    func padding(toLength length: Int) -> String { count >= length ? self + " " : self + String(repeating: " ", count: length - count) }
}
