import ArgumentParser
import DZCompat
import DZJSON

enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case markdown, json, junit, prometheus, github

    var fileName: String {
        switch self {
        case .markdown: "diff.md"
        case .json: "diff.json"
        case .junit: "diff.junit.xml"
        case .prometheus: "diff.prom"
        case .github: "diff.annotations.txt"
        }
    }

    func render(_ report: DiffReport) -> String {
        // Replaced by the DZReports renderers.
        "\(report.groups.count) groups, \(report.unlisted.count) unlisted, \(report.staleEntries.count) stale"
    }
}

enum MatrixFormat: String, CaseIterable, ExpressibleByArgument {
    case terminal, markdown, json, html

    func render(_ matrix: CompatibilityMatrix, colour: Bool) -> String {
        "\(matrix.tables.count) tables"
    }
}
