import DZGate
import DZLayouts
import XCTest

/// The mutation test of the gate: every single edit of every current layout gets the right verdict.
/// Most verdicts depend on the SDK ports: the readers affected are found by running them.
final class MutationTests: XCTestCase {
    func testEverySingleEditOfEveryCurrentLayoutGetsTheRightVerdict() {
        let mutations = Mutations.all()
        XCTAssertGreaterThan(mutations.count, 850, "every edit of every layout, nested ones included")
        let (misjudged, notModelled) = Self.check(mutations)
        XCTAssert(misjudged.isEmpty, "\(misjudged.count) of \(mutations.count) edits misjudged:\n" + misjudged.prefix(100).joined(separator: "\n"))
        // A port that does not model an edited layout leaves that reader unverified (and the gate failing):
        // it must stay the exception.
        XCTAssertLessThan(notModelled.count, mutations.count / 100, "edits some port does not model:\n" + notModelled.joined(separator: "\n"))
    }

    func testEveryEditKindAndEveryAccountIsCovered() {
        let mutations = Mutations.all()
        for kind in [ChangeKind.insert, .remove, .reorder, .retype, .resize, .rename, .append, .enumValueAdded, .enumValueRemoved] {
            XCTAssert(mutations.contains { $0.kind == kind }, "\(kind)")
        }
        for account in Registry.standard.accounts where account.name != "close_reservation" {
            XCTAssert(mutations.contains { $0.name.hasPrefix(account.name + ".") && $0.kind == .remove }, account.name)
        }
        XCTAssert(mutations.contains { $0.name.hasPrefix("device.deprecated_interfaces[].V3(3).flex_algo_node_segments[].") },
                  "edits reach elements inside elements")
    }

    /// One line per edit the gate misjudged (kind, verdict, affected readers, pass or fail), and one per
    /// edit that left a reader unverified (not counting those that took a rule with them: Python reads
    /// the trailing interfaces only through the rule).
    static func check(_ mutations: [Mutation]) -> (misjudged: [String], notModelled: [String]) {
        var misjudged: [String] = [], notModelled: [String] = []
        for mutation in mutations {
            let report = Gate.compare(baseline: Mutations.base, working: mutation.working)
            guard let finding = report.finding(mutation.account, mutation.kind) else {
                misjudged.append("\(mutation.name): no \(mutation.kind.rawValue) finding; got \(report.findings.map { "\($0.kind.rawValue) \($0.field)" })")
                continue
            }
            // An enum edit reaches every account that uses the enum: this one is judged on its own findings.
            let own = report.findings.filter { $0.account == mutation.account }
            // A reader whose port does not model the edited layout (or cannot read it once a rule went)
            // is unverified: what it would do is unknown, and the gate fails rather than guess.
            let unverified = Set(finding.unverified.map(\.reader))
            // An undetermined reader counts as the gate says (the test does not predict it).
            let expected = mutation.affected.union(mutation.undetermined.intersection(finding.affected)).subtracting(unverified)
            let verdict = expected.isEmpty && mutation.verdict == .breaking ? GateVerdict.compatible : mutation.verdict
            let fails = own.contains(where: \.fails)
            // A dropped rule is a second change with a finding of its own, which may fail by itself.
            guard finding.verdict == verdict, Set(finding.affected) == expected, unverified.isEmpty || finding.fails,
                  mutation.dropsRule || fails == (verdict == .breaking || !unverified.isEmpty) else {
                misjudged.append("\(mutation.name): expected \(verdict.rawValue) \(expected.map(\.rawValue).sorted()); got \(finding.verdict.rawValue) "
                    + "\(finding.affected.map(\.rawValue)) unverified \(finding.unverified.map(\.reader.rawValue)) at \(finding.field) (\(finding.detail))"
                    + own.filter { $0.fails && $0 != finding }.map { "; also \($0.kind.rawValue) \($0.field): \($0.verdict.rawValue) \($0.affected.map(\.rawValue))" }.joined())
                continue
            }
            if !unverified.isEmpty && !mutation.dropsRule {
                notModelled.append("\(mutation.name): " + finding.unverified.map { "\($0.reader.rawValue): \($0.reason)" }.joined(separator: "; "))
            }
        }
        return (misjudged, notModelled)
    }
}
