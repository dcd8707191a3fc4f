import DZJSON
import DZLayouts
import XCTest

/// The checks of the SDK readers that differ from the program's layout (SDKAccountReaders.swift) that hold
/// for more than one SDK, over one port's decoded-value form.
public struct SDKReaderChecks {
    private typealias Inputs = SDKReaderInputs
    private let decode: ([UInt8], String) -> JSONValue

    /// `decode(bytes, reference)`: the port's `{"ok": …}`, `{"error": …}` or `{"fatal": …}`.
    public init(_ decode: @escaping ([UInt8], String) -> JSONValue) { self.decode = decode }

    public func ok(_ bytes: [UInt8], _ reference: String) -> JSONValue? { decode(bytes, reference)["ok"] }

    /// A tag none of the SDK's branches has reads no body (client_ip follows it) and reports `tag`.
    public func unknownPassType(reportedAs tag: Int64, file: StaticString = #filePath, line: UInt = #line) {
        let value = ok(Inputs.accessPass(tag: 9), "access_pass")
        XCTAssertEqual(value?["accesspass_type"]?["version"], .integer(tag), file: file, line: line)
        XCTAssertEqual(value?["client_ip"], .string("10.0.0.1"), file: file, line: line)
    }

    /// TypeScript and Python loop over every seat with no check against the bytes left: those past the
    /// bytes take what is there and defaults; a huge count ends in `hugeCount` (`{"fatal": …}`).
    /// A huge count builds seats one by one until the runtime's memory (`model`) is spent: out of memory,
    /// with the bytes the whole list would have needed.
    public func unguardedSeats(dyingWith model: MemoryModel, file: StaticString = #filePath, line: UInt = #line) {
        let value = ok(Inputs.accessPass(tag: 4, body: Inputs.edgeSeats(count: 3, seats: 1)), "access_pass")
        let seats = value?["accesspass_type"]?["feed_seats"]?.arrayValue
        XCTAssertEqual(seats?.map { $0["max_users"] }, [.integer(1), .integer(10), .integer(0)],
                       "the second seat's u8s take client_ip's bytes", file: file, line: line)
        let needed = model.appendedList(UInt64(UInt32.max))
        XCTAssertGreaterThan(needed, model.budgetBytes, file: file, line: line)
        XCTAssertEqual(decode(Inputs.accessPass(tag: 4, body: Inputs.edgeSeats(count: .max, seats: 0)), "access_pass"),
                       .object(["fatal": .string("out of memory"), "bytes": .string(String(needed))]), file: file, line: line)
    }

    /// The two caps are 1 where their bytes are missing; the counts before them 0.
    public func missingCapsDefaultToOne(file: StaticString = #filePath, line: UInt = #line) {
        let value = ok(Inputs.accessPass(tag: 0), "access_pass")
        XCTAssertEqual(value?["max_unicast_users"], .integer(1), file: file, line: line)
        XCTAssertEqual(value?["max_multicast_users"], .integer(1), file: file, line: line)
        XCTAssertEqual(value?["unicast_user_count"], .integer(0), file: file, line: line)
    }

    /// Billing is a discriminant and both FlatPerEpoch fields, whatever the discriminant; returns the
    /// Tenant (payment_status `payment`) for the SDK's own checks.
    @discardableResult
    public func tenantBilling(payment: UInt8 = 1, file: StaticString = #filePath, line: UInt = #line) -> JSONValue? {
        let value = ok(Inputs.tenant(payment: payment, billing: 7, rate: 100, epoch: 3), "tenant")
        XCTAssertEqual(value?["billing"], .object(["version": .integer(7), "rate": .string("100"), "last_deduction_dz_epoch": .string("3")]),
                       file: file, line: line)
        return value
    }

    /// Two u64 halves, low then high: the number (never Go's swapped Uint128), and the low half alone
    /// where 8 to 15 bytes are left.
    public func permissionHalves(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(ok(Inputs.permission(Inputs.lowOneHighTwo), "permission")?["permissions"], .string(Inputs.lowOneHighTwoText),
                       file: file, line: line)
        XCTAssertEqual(ok(Inputs.permission(Inputs.littleEndian(5, 12)), "permission")?["permissions"], .string("5"),
                       file: file, line: line)
    }
}
