import DZCodec

/// Why the program refuses an instruction.
public enum ProgramError: Error, Equatable, CustomStringConvertible {
    /// An input account does not decode (wrong type, failed field).
    case invalidAccount(ProgramDecodingError)
    /// The signer is not the key the instruction requires.
    case unauthorizedSigner(expected: String, found: String)
    /// user.device_pk (or reservation.device_pk) is not the device passed in.
    case deviceMismatch(field: String, expected: String, found: String)
    /// users_count + reserved_seats >= max_users (max_users 0 included).
    case maxUsersExceeded(usersCount: UInt64, reservedSeats: UInt64, maxUsers: UInt64)

    public var description: String {
        switch self {
        case .invalidAccount(let error): error.description
        case .unauthorizedSigner(let expected, let found): "NotAllowed: signer \(found) is not \(expected)"
        case .deviceMismatch(let field, let expected, let found): "InvalidDevicePubkey: \(field) is \(found), expected \(expected)"
        case .maxUsersExceeded(let users, let reserved, let max):
            "MaxUsersExceeded: users_count \(users) + reserved_seats \(reserved) >= max_users \(max)"
        }
    }
}
