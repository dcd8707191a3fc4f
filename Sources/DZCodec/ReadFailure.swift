import DZLayouts

/// A read that failed; the field takes its default (or the account fails, for propagating fields).
/// Plain data, so that the span pass can record it without allocating; the text is made on demand.
enum ReadFailure: Error, Equatable {
    case endOfInput
    case cutShort(width: Int)
    case bytesNeeded(UInt64, left: Int)
    case invalidUTF8
    case invalidBool(UInt8)
    case networkPrefix(UInt8)
    case invalidOptionTag(UInt8)
    case unknownInterfaceTag(UInt8)
    /// `enumIndex` indexes `LayoutPlan.enumIDs`.
    case unknownEnum(enumIndex: Int, value: UInt8)

    func reason(enumIDs: [EnumID]) -> String {
        switch self {
        case .endOfInput: "unexpected end of input"
        case .cutShort(let width): "\(width)-byte value cut short"
        case .bytesNeeded(let count, let left): "\(count) bytes needed, \(left) left"
        case .invalidUTF8: "invalid UTF-8"
        case .invalidBool(let raw): "invalid bool \(raw)"
        case .networkPrefix(let prefix): "network prefix \(prefix) > 32"
        case .invalidOptionTag(let tag): "invalid option tag \(tag)"
        case .unknownInterfaceTag(let tag): "unknown interface tag \(tag)"
        case .unknownEnum(let index, let value): "unknown \(enumIDs[index]) value \(value)"
        }
    }
}
