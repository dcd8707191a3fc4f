/// Builds an account's history the way it happened: each version is the previous one with a change.
struct History {
    let account: String
    private(set) var versions: [LayoutVersion] = []

    init(account: String) { self.account = account }

    /// Adds the next version. `change` edits a copy of the previous version's fields.
    mutating func next(
        _ label: String, _ commit: String, _ date: String, _ summary: String,
        rules: [Rule]? = nil, _ change: (inout [Field]) -> Void
    ) {
        var fields = versions.last?.fields ?? []
        change(&fields)
        versions.append(LayoutVersion(
            account: account, id: "v\(versions.count)", label: label, commit: commit, date: date,
            summary: summary, fields: fields, rules: rules ?? versions.last?.rules ?? []))
    }
}

extension Array where Element == Field {
    mutating func replace(_ name: String, with field: Field) {
        self[firstIndex { $0.name == name }!] = field
    }

    mutating func remove(_ names: String...) { removeAll { names.contains($0.name) } }

    mutating func insert(_ field: Field, after name: String) {
        insert(field, at: firstIndex { $0.name == name }! + 1)
    }
}
