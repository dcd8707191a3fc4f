import DZGate
import DZLayouts
import DZTestSupport
import Foundation

let standard = Registry.standard

func layout(_ reference: String) -> LayoutVersion { try! standard.resolve(reference) }


/// The standard registry with the current version of `account` edited.
func editing(_ account: String, _ change: (inout LayoutVersion) -> Void) -> Registry {
    let layouts = standard.account(account)!
    var version = layouts.current
    change(&version)
    return Mutations.replacing(layouts, level: Level.all(of: version.fields)[0], with: version.fields, acknowledgements: version.acknowledgements)
}

extension GateReport {
    func finding(_ account: String, _ kind: ChangeKind) -> GateFinding? {
        findings.first { $0.account == account && $0.kind == kind }
    }
}
