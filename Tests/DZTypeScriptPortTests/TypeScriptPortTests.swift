import DZTypeScriptPort
import DZLayouts
import XCTest

final class TypeScriptPortTests: XCTestCase {
    func testDecodesTheUserFixture() {
        XCTAssertNotNil(TypeScriptPort().decode([7], as: Registry.standard.account("user")!.current))
    }
}
