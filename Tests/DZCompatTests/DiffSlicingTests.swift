import DZCompat
import DZJSON
import XCTest

final class DiffSlicingTests: XCTestCase {
    /// The diff compares slices of the corpus at once; the report must not depend on how many: same
    /// groups, counts, examples (the earliest of the smallest inputs) and per-reader counts.
    func testTheReportDoesNotDependOnTheSlices() throws {
        let inputs = stride(from: 0, to: CorpusTests.inputs.count, by: 61).map { CorpusTests.inputs[$0] }
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

final class JSONObjectEqualityTests: XCTestCase {
    func testKeyOrderDoesNotCountAndValuesDo() {
        let a: JSONValue = .object(["x": .integer(1), "y": .array([.string("s")]), "z": .null])
        let reordered: JSONValue = .object(["x": .integer(1), "z": .null, "y": .array([.string("s")])])
        let changed: JSONValue = .object(["x": .integer(1), "z": .null, "y": .array([.string("t")])])
        let renamed: JSONValue = .object(["x": .integer(1), "y": .array([.string("s")]), "w": .null])
        XCTAssertEqual(a, reordered)
        XCTAssertNotEqual(a, changed)
        XCTAssertNotEqual(a, renamed)
        XCTAssertNotEqual(a, .object(["x": .integer(1)]))
    }

    func testRunsOfCopiesAreTransformedOnce() {
        let shared: JSONValue = .object(["k": .integer(7)])
        let other: JSONValue = .object(["k": .integer(7)])
        var calls = 0
        let mapped = [shared, shared, shared, other, shared].mapRuns(isCopy: { $0.isCopy(of: $1) }) { value -> JSONValue in
            calls += 1
            return .array([value])
        }
        XCTAssertEqual(calls, 3, "one call per run: [shared ×3], [other], [shared]")
        XCTAssertEqual(mapped, [shared, shared, shared, other, shared].map { .array([$0]) })
    }
}
