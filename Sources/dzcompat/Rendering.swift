import ArgumentParser
import DZReportModel
import DZReports

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
        switch self {
        case .markdown: DiffMarkdown.render(report)
        case .json: DiffJSON.render(report)
        case .junit: DiffJUnit.render(report)
        case .prometheus: DiffPrometheus.render(report)
        case .github: DiffAnnotations.render(report)
        }
    }
}

enum MatrixFormat: String, CaseIterable, ExpressibleByArgument {
    case terminal, markdown, json, html

    func render(_ matrix: CompatibilityMatrix, colour: Bool) -> String {
        switch self {
        case .terminal: MatrixTerminal.render(matrix, colour: colour)
        case .markdown: MatrixMarkdown.render(matrix)
        case .json: MatrixJSON.render(matrix)
        case .html: MatrixHTML.render(matrix)
        }
    }
}

enum LintFormat: String, CaseIterable, ExpressibleByArgument {
    case terminal, json, junit, github

    func render(_ report: LintReport) -> String {
        switch self {
        case .terminal: LintTerminal.render(report)
        case .json: LintJSON.render(report) + "\n"
        case .junit: LintJUnit.render(report)
        case .github: LintAnnotations.render(report)
        }
    }
}
