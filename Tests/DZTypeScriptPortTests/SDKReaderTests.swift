import DZTestSupport
import XCTest

/// The TypeScript readers that differ from the program's layout (SDKAccountReaders.swift):
/// deserializeAccessPass, deserializeTenant and deserializePermission (state.ts:1025-1043, 1094-1170, 1214-1225).
final class SDKReaderTests: XCTestCase {
    private let checks = SDKReaderChecks { port.decodeToJSON($0, as: layout($1)) }

    /// A tag with no branch keeps its value (state.ts:1099-1130).
    func testUnknownPassTypeKeepsTheTag() { checks.unknownPassType(reportedAs: 9) }

    /// No check of the count against the bytes left (state.ts:1116-1129): a huge count runs out of heap.
    func testEdgeSeatCountIsUnguarded() { checks.unguardedSeats(dyingWith: .ts) }

    /// `r.remaining >= 2 ? r.readU16() : 1` (state.ts:1143-1145).
    func testMissingCapsDefaultToOne() { checks.missingCapsDefaultToOne() }

    /// The reader ends at billingLastDeductionDzEpoch, without include_topologies (state.ts:1039-1041).
    func testTenantBillingAndNoIncludeTopologies() {
        XCTAssertNil(checks.tenantBilling()?["include_topologies"])
    }

    /// `lo | (hi << 64n)` from two readU64s (state.ts:1222-1223).
    func testPermissionHalves() { checks.permissionHalves() }
}
