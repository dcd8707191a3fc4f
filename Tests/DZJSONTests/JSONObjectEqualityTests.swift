import DZJSON
import XCTest

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
