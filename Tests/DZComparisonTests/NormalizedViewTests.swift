@testable import DZComparison
import XCTest

final class NormalizedViewTests: XCTestCase {
    /// Rust variant names, TS strings and Python names of one enum value meet; other labels stay apart.
    func testLabelsMeetAcrossReaders() {
        let cases: [(String, String)] = [
            ("PendingDeprecated", "pending"), ("pending (deprecated)", "pending"), ("Pending", "pending"),
            ("device-provisioning", "deviceprovisioning"), ("DeviceProvisioning", "deviceprovisioning"),
            ("DEPRECATEDdeprecatedx", "x"), ("depre-cated", "deprecated"), ("IBRL_With_Allocated_IP", "ibrlwithallocatedip"),
            ("V4", "v4"), ("<panic>", "<panic>"), ("", ""), ("Ünknown (deprecated)", "ünknown"),
        ]
        for (label, expected) in cases {
            XCTAssertEqual(NormalizedView.normalizeLabel(label), expected, label)
        }
    }
}
