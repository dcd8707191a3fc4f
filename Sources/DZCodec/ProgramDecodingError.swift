/// Why the program refuses an account or instruction. Offsets are byte offsets in the input.
public enum ProgramDecodingError: Error, Equatable, CustomStringConvertible {
    /// The decoded account_type is not this account's (unknown bytes and empty data decode to None).
    case invalidAccountData(account: String, expected: UInt8, found: UInt8)
    /// A field declared `on_error: propagate` failed (GlobalState's first three allowlists).
    case fieldFailed(account: String, field: String, offset: Int, reason: String)
    /// The instruction data does not start with this instruction's variant, or is empty.
    case invalidInstructionData(instruction: String, expected: UInt8, found: UInt8?)
    /// The program would panic: the Device trailing/legacy count assertion, or `.unwrap()` on a failed
    /// instruction-args decode.
    case panic(account: String, field: String, offset: Int, message: String)

    public var description: String {
        switch self {
        case .invalidAccountData(let account, let expected, let found):
            "\(account): InvalidAccountData: account_type \(found) at offset 0, expected \(expected)"
        case .fieldFailed(let account, let field, let offset, let reason):
            "\(account): field \(field) at offset \(offset): \(reason)"
        case .invalidInstructionData(let instruction, let expected, let found):
            "\(instruction): InvalidInstructionData: tag \(found.map(String.init) ?? "missing") at offset 0, expected \(expected)"
        case .panic(let account, let field, let offset, let message):
            "\(account): program panic at field \(field), offset \(offset): \(message)"
        }
    }

    /// The error class in the decoded-value form (docs/reader-contract.md).
    public var className: String {
        switch self {
        case .invalidAccountData: "InvalidAccountData"
        case .fieldFailed: "BorshIoError"
        case .invalidInstructionData: "InvalidInstructionData"
        case .panic: "Panic"
        }
    }
}
