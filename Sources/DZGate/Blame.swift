import DZComparison
import DZPorts

/// Which change a reader's misreading belongs to, when one comparison holds several changes.
struct Blame {
    let scopeOf: (LayoutChange) -> (baseline: Set<String>, working: Set<String>)
    /// Fields reached by a change that moves bytes.
    let shifted: (baseline: Set<String>, working: Set<String>)
    let renamesOnly: Bool

    init(_ changes: [LayoutChange], scope: @escaping (LayoutChange) -> (baseline: Set<String>, working: Set<String>)) {
        scopeOf = scope
        let shifting = changes.filter(\.shifts).map(scope)
        shifted = (Set(shifting.flatMap(\.baseline)), Set(shifting.flatMap(\.working)))
        renamesOnly = changes.allSatisfy { $0.kind == .rename }
    }

    /// A field that a change moving bytes reaches is misread because of that change, not because of a
    /// rename or an enum change of its own.
    func scope(of change: LayoutChange) -> (baseline: Set<String>, working: Set<String>) {
        let own = scopeOf(change)
        return change.shifts ? own : (own.baseline.subtracting(shifted.baseline), own.working.subtracting(shifted.working))
    }

    /// A misread field in the change's scope, or a failed reading. A failure is blamed on the changes
    /// that move or change bytes; on renames only when there is nothing else (a rename the readers
    /// depend on, like `account_type`).
    func affects(_ reader: ReaderID, _ change: LayoutChange, scope: (baseline: Set<String>, working: Set<String>),
                 _ observations: [Observation]) -> Bool {
        observations.contains { observation in
            guard observation.reader == reader else { return false }
            let names = observation.direction == .forward ? scope.baseline : scope.working
            guard !names.isEmpty else { return false }
            if observation.failure != nil && (change.kind != .rename || renamesOnly) { return true }
            return observation.misread.contains { names.contains($0.field) }
        }
    }
}
