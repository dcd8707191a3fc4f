import DZPorts
import DZReportModel

/// Values derived from a `DiffReport` that several diff renderers show: per-account counts and the
/// odd-reader counts in one deterministic order.
struct DiffSummary {
    struct Account {
        var name: String
        var groups = 0
        var inputs = 0
        var unlistedGroups = 0
        var acceptedGroups: Int { groups - unlistedGroups }
    }

    /// Every account with a divergence group, by name.
    let accounts: [Account]
    /// `report.oddCounts` sorted by account, reader and situation, with repeated keys summed: a
    /// Prometheus series must appear once.
    let oddCounts: [(account: String, reader: ReaderID, situation: String, count: Int)]

    init(_ report: DiffReport) {
        var byName: [String: Account] = [:]
        for group in report.groups {
            var account = byName[group.account] ?? Account(name: group.account)
            account.groups += 1
            account.inputs += group.count
            if group.status == .unlisted { account.unlistedGroups += 1 }
            byName[group.account] = account
        }
        accounts = byName.values.sorted { $0.name < $1.name }

        struct Key: Hashable { var account: String; var reader: ReaderID; var situation: String }
        var counts: [Key: Int] = [:]
        for odd in report.oddCounts {
            counts[Key(account: odd.account, reader: odd.reader, situation: odd.situation), default: 0] += odd.count
        }
        oddCounts = counts
            .sorted { ($0.key.account, $0.key.reader, $0.key.situation) < ($1.key.account, $1.key.reader, $1.key.situation) }
            .map { (account: $0.key.account, reader: $0.key.reader, situation: $0.key.situation, count: $0.value) }
    }
}

extension DivergenceGroup {
    /// `user.status (truncation)`: how plain-text reports name a group.
    var plainTitle: String { "\(account).\(field) (\(situation))" }

    /// The group and its example as plain lines, for JUnit failure bodies and annotation messages.
    /// `hex` is the example as the caller wants it shown (whole or abbreviated).
    func plainDescription(hex: String) -> [String] {
        var lines = [
            "readers: \(partitionText) on \(Format.count(count, "input"))",
            "example: \(example.layout), \(example.situation) (\(Format.count(Format.byteCount(hex: example.hex), "byte")))",
            "hex: \(hex)",
        ]
        lines += example.values.map { "\($0.reader.displayName): \($0.value)" }
        return lines
    }
}

extension PolicyEntry {
    /// `account=user field=status situation=* readers=program | go+ts+py`: the entry as its file keys it.
    var plainKey: String { "account=\(account) field=\(field) situation=\(situation) readers=\(readers)" }
}

extension PolicyStatus {
    /// `accepted` or `unlisted`, as JSON values and Prometheus labels write it.
    var name: String { reason == nil ? "unlisted" : "accepted" }

    /// Why the policy accepts the group; nil when it is unlisted.
    var reason: String? { if case .accepted(let reason) = self { reason } else { nil } }
}
