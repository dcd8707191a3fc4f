/// Inputs for the accounts each SDK reads otherwise than the program's layout (SDKAccountReaders.swift):
/// AccessPass's pass type, Tenant's billing, Permission's u128 halves. Shared by the three ports' tests.
public enum SDKReaderInputs {
    /// An AccessPass up to its pass type (account type 11, owner, bump seed), the tag, `body`, then
    /// client_ip 10.0.0.1 and nothing more.
    public static func accessPass(tag: UInt8, body: [UInt8] = []) -> [UInt8] {
        [11] + [UInt8](repeating: 0, count: 32) + [1, tag] + body + [10, 0, 0, 1]
    }

    /// An EdgeSeat body: the count, then `seats` 52-byte seats whose max_users are 1, 2, …
    public static func edgeSeats(count: UInt32, seats: Int) -> [UInt8] {
        var bytes = littleEndian(UInt64(count), 4)
        for index in 0..<seats {
            bytes += [UInt8](repeating: 7, count: 32) + [UInt8(index + 1), 0, 0, 0] + [UInt8](repeating: 0, count: 16)
        }
        return bytes
    }

    /// A Permission (account type 15, owner, bump seed, status 1, user_payer) whose permissions bytes are
    /// `permissions` (16 of them, or fewer for a short account).
    public static func permission(_ permissions: [UInt8]) -> [UInt8] {
        [15] + [UInt8](repeating: 0, count: 32) + [1, 1] + [UInt8](repeating: 0, count: 32) + permissions
    }

    /// A Tenant of today's shape: code "t", no administrators, payment_status `payment`, the billing tag,
    /// rate and last deduction epoch, then an empty include_topologies.
    public static func tenant(payment: UInt8 = 1, billing tag: UInt8, rate: UInt64, epoch: UInt64) -> [UInt8] {
        var bytes: [UInt8] = [13] + [UInt8](repeating: 0, count: 32) + [1]
        bytes += littleEndian(1, 4) + Array("t".utf8) + littleEndian(500, 2) + littleEndian(2, 4) + littleEndian(0, 4)
        bytes += [payment] + [UInt8](repeating: 0, count: 32) + [1, 0]
        return bytes + [tag] + littleEndian(rate, 8) + littleEndian(epoch, 8) + littleEndian(0, 4)
    }

    /// `value` as `width` little-endian bytes.
    public static func littleEndian(_ value: UInt64, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// 2·2⁶⁴ + 1 as a Permission's 16 bytes: low half 1, high half 2.
    public static let lowOneHighTwo = littleEndian(1, 8) + littleEndian(2, 8)
    /// Its decimal text, as every SDK holds it.
    public static let lowOneHighTwoText = "36893488147419103233"
}
