import DZCodec
import DZFixtures
import DZLayouts
import DZProgram
import XCTest

final class ProgramModelTests: XCTestCase {
    let model = ProgramModel()
    let device = sampleBytes(layout("device@D15"))
    let deviceKey = FixtureCatalogue.deviceKey
    let publisher = Pubkey.fromByte(0x43)

    func bgp(_ user: [UInt8], status: UInt8, rtt: UInt64 = 7, signer: Pubkey? = nil, deviceKey: Pubkey? = nil) throws -> Record {
        let bytes = try model.setUserBGPStatus(
            user: user, device: device, deviceKey: deviceKey ?? self.deviceKey, signer: signer ?? publisher,
            update: .init(bgpStatus: status, bgpRttNs: rtt), slot: 900)
        XCTAssertEqual(bytes.count, 270, "rewritten at the current layout: 206 + 32·(P+S), no feeds")
        return try decode(bytes, "user@U7").record
    }

    func testFirstWriteOfAU3AccountUpGrowsItAndSetsEveryBGPField() throws {
        let u3 = sampleBytes(layout("user@U3"))
        XCTAssertEqual(u3.count, 241)
        let record = try bgp(u3, status: 1)
        XCTAssertEqual(record["bgp_status"], .uint(1))
        XCTAssertEqual(record["last_bgp_up_at"], .uint(900))
        XCTAssertEqual(record["last_bgp_reported_at"], .uint(900))
        XCTAssertEqual(record["bgp_rtt_ns"], .uint(7))
        XCTAssertEqual(record["feed_pks"], .list([]))
        XCTAssertEqual(record["validator_pubkey"], Samples.user["validator_pubkey"], "earlier fields survive")
    }

    func testDownMovesOnlyTheReportedSlot() throws {
        let afterUp = try BinaryEncoder.encode(try bgp(sampleBytes(layout("user@U3")), status: 1), layout("user@U7"))
        let record = try model.setUserBGPStatus(user: afterUp, device: device, deviceKey: deviceKey, signer: publisher,
                                                update: .init(bgpStatus: 2, bgpRttNs: 0), slot: 950)
        let decoded = try decode(record, "user@U7").record
        XCTAssertEqual(decoded["bgp_status"], .uint(2))
        XCTAssertEqual(decoded["last_bgp_up_at"], .uint(900))
        XCTAssertEqual(decoded["last_bgp_reported_at"], .uint(950))
    }

    func testSignerMustBeTheMetricsPublisher() {
        XCTAssertThrowsError(try bgp(sampleBytes(layout("user@U3")), status: 1, signer: .fromByte(0x44))) { error in
            guard case .unauthorizedSigner? = error as? ProgramError else { return XCTFail("\(error)") }
        }
    }

    func testUserMustBelongToTheDevice() {
        XCTAssertThrowsError(try bgp(sampleBytes(layout("user@U3")), status: 1, deviceKey: .fromByte(0x99))) { error in
            guard case .deviceMismatch(let field, _, _)? = error as? ProgramError else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "user.device_pk")
        }
    }

    func testReserveThenCloseMovesTheSeatCount() throws {
        let reserved = try model.reserveConnection(device: device, deviceKey: deviceKey, payer: .fromByte(6),
                                                   clientIP: IPv4(1, 2, 3, 4), bump: 1)
        XCTAssertEqual(try decode(reserved.device, "device@D15").record["reserved_seats"], .uint(4))
        XCTAssertEqual(reserved.reservation.count, 70)
        let reservation = try decode(reserved.reservation, "reservation@v0").record
        XCTAssertEqual(reservation["device_pk"], .pubkey(deviceKey))
        let closed = try model.closeReservation(device: reserved.device, deviceKey: deviceKey, reservation: reserved.reservation)
        XCTAssertEqual(try decode(closed, "device@D15").record["reserved_seats"], .uint(3))
    }

    func deviceWith(users: UInt64, reserved: UInt64, max: UInt64) throws -> [UInt8] {
        var record = Samples.device
        record["users_count"] = .uint(users)
        record["reserved_seats"] = .uint(reserved)
        record["max_users"] = .uint(max)
        return try BinaryEncoder.encode(record, layout("device@D15"))
    }

    func testReserveRefusesAFullDeviceAndMaxUsersZero() throws {
        for (users, reserved, max) in [(UInt64(98), UInt64(2), UInt64(100)), (0, 0, 0)] {
            XCTAssertThrowsError(try model.reserveConnection(
                device: try deviceWith(users: users, reserved: reserved, max: max), deviceKey: deviceKey,
                payer: .fromByte(6), clientIP: .zero, bump: 1)) { error in
                XCTAssertEqual(error as? ProgramError, .maxUsersExceeded(usersCount: users, reservedSeats: reserved, maxUsers: max))
            }
        }
        XCTAssertNoThrow(try model.reserveConnection(device: try deviceWith(users: 98, reserved: 1, max: 100),
                                                     deviceKey: deviceKey, payer: .fromByte(6), clientIP: .zero, bump: 1))
    }

    func testCloseNeverUnderflows() throws {
        let empty = try deviceWith(users: 0, reserved: 0, max: 10)
        let reservation = try BinaryEncoder.encode(Samples.reservation, layout("reservation@v0"))
        let closed = try model.closeReservation(device: empty, deviceKey: deviceKey, reservation: reservation)
        XCTAssertEqual(try decode(closed, "device@D15").record["reserved_seats"], .uint(0))
        XCTAssertThrowsError(try model.closeReservation(device: empty, deviceKey: .fromByte(1), reservation: reservation))
    }

    func testRewritingAFutureVersionElementStampsVersion4AndDropsItsUnknownBytes() throws {
        let future = FixtureCatalogue.stampFutureVersion(device)
        let reserved = try model.reserveConnection(device: future, deviceKey: deviceKey, payer: .fromByte(6), clientIP: .zero, bump: 1)
        XCTAssertEqual(reserved.device.count, 478)
        let element = try decode(reserved.device, "device@D15").record["interfaces"]?.listValue?.last?.recordValue
        XCTAssertEqual(element?["version"], .uint(4))
    }
}
