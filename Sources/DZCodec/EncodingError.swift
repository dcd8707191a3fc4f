/// Why a value could not be encoded with a layout. `path` names the field (`interfaces[1].name`).
public enum EncodingError: Error, Equatable, CustomStringConvertible {
    case typeMismatch(path: String, expected: String, found: String)
    case valueOutOfRange(path: String, value: String, type: String)
    case unknownTag(path: String, tag: UInt8)
    case elementTooLarge(path: String, size: Int)
    /// The fields before a bitmap end past its start (a layout whose header outgrew its padding).
    case headerPastBitmap(path: String, end: Int, start: Int)

    public var description: String {
        switch self {
        case .typeMismatch(let path, let expected, let found): "\(path): expected \(expected), found \(found)"
        case .valueOutOfRange(let path, let value, let type): "\(path): \(value) does not fit in \(type)"
        case .unknownTag(let path, let tag): "\(path): tag \(tag) has no variant in this layout"
        case .elementTooLarge(let path, let size): "\(path): element of \(size) bytes exceeds the u16 size prefix"
        case .headerPastBitmap(let path, let end, let start): "\(path): the fields before it end at byte \(end), past its start \(start)"
        }
    }
}
