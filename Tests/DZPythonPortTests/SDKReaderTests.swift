import DZTestSupport
import DZJSON
import XCTest

/// The Python readers that differ from the program's layout (SDKAccountReaders.swift): AccessPass,
/// Tenant and Permission `from_bytes` (state.py:1019-1037, 1084-1134, 1186-1196).
final class SDKReaderTests: XCTestCase {
    private let checks = SDKReaderChecks { decoded($0, layout($1)) }

    /// A tag AccessPassTypeTag lacks becomes PREPAID (state.py:1090-1094).
    func testUnknownPassTypeBecomesPrepaid() { checks.unknownPassType(reportedAs: 0) }

    /// `for _ in range(count)` with no check against the bytes left (state.py:1105-1117): a huge count builds seats until memory runs out.
    func testEdgeSeatCountIsUnguarded() { checks.unguardedSeats(dyingWith: .py) }

    /// `r.read_u16() if r.remaining >= 2 else 1` (state.py:1131-1133).
    func testMissingCapsDefaultToOne() { checks.missingCapsDefaultToOne() }

    /// payment_status stays a plain int (state.py:1029), so 2 does not raise.
    func testTenantBillingAndPlainPaymentStatus() {
        let tenant = checks.tenantBilling(payment: 2)
        XCTAssertEqual(tenant?["payment_status"], .integer(2))
        XCTAssertEqual(tenant?["include_topologies"], .array([]))
    }

    /// `lo | (hi << 64)` from two read_u64s (state.py:1193-1194).
    func testPermissionHalves() { checks.permissionHalves() }
}
