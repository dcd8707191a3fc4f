import DZGoPort
import DZLayouts
import XCTest

final class GoPortTests: XCTestCase {
    func testDecodesTheUserFixture() {
        XCTAssertNotNil(GoPort().decode([7], as: Registry.standard.account("user")!.current))
    }
}
