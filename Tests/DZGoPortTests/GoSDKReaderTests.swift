import DZTestSupport
import DZJSON
import XCTest

/// The Go readers that differ from the program's layout (SDKAccountReaders.swift): DeserializeAccessPass,
/// DeserializeTenant and DeserializePermission (deserialize.go:335-350, 367-418, 480-488).
final class GoSDKReaderTests: XCTestCase {
    private typealias Inputs = SDKReaderInputs
    private let checks = SDKReaderChecks(goJSON)

    /// A tag with no case keeps its value (deserialize.go:372-404).
    func testUnknownPassTypeKeepsTheTag() { checks.unknownPassType(reportedAs: 9) }

    /// Seats are read only when count·52 fits in the bytes left (deserialize.go:388); otherwise the count
    /// alone is used up and client_ip is read from the first seat's bytes.
    func testEdgeSeatCountIsGuarded() {
        let fits = checks.ok(Inputs.accessPass(tag: 4, body: Inputs.edgeSeats(count: 1, seats: 1)), "access_pass")
        XCTAssertEqual(fits?["accesspass_type"]?["feed_seats"]?.arrayValue?.count, 1)
        let tooMany = checks.ok(Inputs.accessPass(tag: 4, body: Inputs.edgeSeats(count: 2, seats: 1)), "access_pass")
        XCTAssertEqual(tooMany?["accesspass_type"]?["feed_seats"], .null)
        XCTAssertEqual(tooMany?["client_ip"], .string("7.7.7.7"))
    }

    /// ReadU16OrDefault(1) (deserialize.go:415-417).
    func testMissingCapsDefaultToOne() { checks.missingCapsDefaultToOne() }

    /// deserialize.go:347-349; PaymentStatus's array String() panics past 1 (state.go:808-813).
    func testTenantBillingAndPaymentStatus() {
        let tenant = checks.tenantBilling(payment: 2)
        XCTAssertEqual(tenant?["payment_status"], .object(["value": .integer(2), "label": .string("<panic>")]))
        XCTAssertEqual(tenant?["include_topologies"], .array([]))
    }

    /// PermissionsLo then PermissionsHi (deserialize.go:486-487).
    func testPermissionHalves() { checks.permissionHalves() }
}
