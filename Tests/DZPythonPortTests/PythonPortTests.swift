import DZPythonPort
import DZLayouts
import XCTest

final class PythonPortTests: XCTestCase {
    func testDecodesTheUserFixture() {
        XCTAssertNotNil(PythonPort().decode([7], as: Registry.standard.account("user")!.current))
    }
}
