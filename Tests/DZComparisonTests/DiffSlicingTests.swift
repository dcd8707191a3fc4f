import DZComparison
import DZCorpus
import XCTest

final class DiffSlicingTests: XCTestCase {
    /// The diff compares slices of the corpus at once; the report must not depend on how many: same
    /// groups, counts, examples (the earliest of the smallest inputs) and per-reader counts.
    func testTheReportDoesNotDependOnTheSlices() throws {
        let corpus = try Corpus().inputs()
        let inputs = stride(from: 0, to: corpus.count, by: 61).map { corpus[$0] }
        var engine = DiffEngine()
        engine.parallelism = 1
        let one = engine.run(inputs, seed: 0)
        XCTAssertGreaterThan(one.groups.count, 20, "the sample should diverge in many ways")
        for parallelism in [2, 3, 7] {
            engine.parallelism = parallelism
            let sliced = engine.run(inputs, seed: 0)
            XCTAssertEqual(sliced.groups, one.groups, "\(parallelism) slices")
            XCTAssertEqual(sliced.oddCounts.map { "\($0)" }, one.oddCounts.map { "\($0)" }, "\(parallelism) slices")
        }
    }
}
