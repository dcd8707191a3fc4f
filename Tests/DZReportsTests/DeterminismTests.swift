@testable import DZReports
import XCTest

final class DeterminismTests: XCTestCase {
    /// Reports are committed, diffed and compared in CI: the same data must give the same bytes.
    func testRenderingTwiceGivesTheSameText() {
        let renderers: [(String, () -> String)] = [
            ("diff markdown", { DiffMarkdown.render(Samples.diff()) }),
            ("diff json", { DiffJSON.render(Samples.diff()) }),
            ("diff junit", { DiffJUnit.render(Samples.diff()) }),
            ("diff prometheus", { DiffPrometheus.render(Samples.diff()) }),
            ("diff annotations", { DiffAnnotations.render(Samples.diff()) }),
            ("matrix terminal", { MatrixTerminal.render(Samples.matrix(), colour: true) }),
            ("matrix markdown", { MatrixMarkdown.render(Samples.matrix()) }),
            ("matrix json", { MatrixJSON.render(Samples.matrix()) }),
            ("matrix html", { MatrixHTML.render(Samples.matrix()) }),
        ]
        for (name, render) in renderers {
            let first = render()
            XCTAssertFalse(first.isEmpty, name)
            for _ in 0..<3 { XCTAssertEqual(render(), first, name) }
        }
    }

    /// The engine may list odd counts in any order (they come from a dictionary); the output may not change.
    func testOddCountOrderDoesNotMatter() {
        var shuffled = Samples.diff()
        shuffled.oddCounts.reverse()
        XCTAssertEqual(DiffPrometheus.render(shuffled), DiffPrometheus.render(Samples.diff()))
        XCTAssertEqual(DiffJSON.render(shuffled), DiffJSON.render(Samples.diff()))
    }
}
