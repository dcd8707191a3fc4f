import DZCodec
import DZLayouts
import XCTest

/// Instruction args decode with borsh-incremental 0.1.2 rules, behind the variant tag.
final class InstructionTests: XCTestCase {
    func testTwoByteSetUserBGPStatusReadsRttZero() throws {
        let decoding = try decode([0x6A, 1], "set_user_bgp_status@v1")
        XCTAssertEqual(decoding.record["bgp_status"], .uint(1))
        XCTAssertEqual(decoding.record["bgp_rtt_ns"], .uint(0))
        XCTAssertEqual(decoding.outcomes.last?.outcome, .missing)
    }

    func testTenByteSetUserBGPStatus() throws {
        let decoding = try decode([0x6A, 2, 0x60, 0xEC, 0x53, 0, 0, 0, 0, 0], "set_user_bgp_status@v1")
        XCTAssertEqual(decoding.record["bgp_status"], .uint(2))
        XCTAssertEqual(decoding.record["bgp_rtt_ns"], .uint(5_500_000))
    }

    func testPartlyPresentArgumentPanicsTheProgram() {
        XCTAssertThrowsError(try decode([0x6A, 1, 0x60, 0xE3], "set_user_bgp_status@v1")) { error in
            guard case .panic(_, let field, let offset, _)? = error as? ProgramDecodingError else {
                return XCTFail("expected a panic, got \(error)")
            }
            XCTAssertEqual(field, "bgp_rtt_ns")
            XCTAssertEqual(offset, 2)
        }
    }

    func testWrongOrMissingTagIsInvalidInstructionData() {
        XCTAssertThrowsError(try decode([0x6B, 1], "set_user_bgp_status@v1")) { error in
            XCTAssertEqual(error as? ProgramDecodingError,
                           .invalidInstructionData(instruction: "SetUserBGPStatus", expected: 106, found: 0x6B))
        }
        XCTAssertThrowsError(try decode([], "close_reservation@v0"))
    }

    func testReserveConnectionDefaults() throws {
        XCTAssertEqual(try decode([95], "reserve_connection@v0").record["client_ip"], .ipv4(.zero))
        XCTAssertEqual(try decode([95], "reserve_connection@v1").record["count"], .uint(1), "#[incremental(default = 1)]")
        XCTAssertEqual(try decode([95, 4, 0], "reserve_connection@v1").record["count"], .uint(4))
        XCTAssertEqual(try decode([96], "close_reservation@v0").record, Record())
    }
}
