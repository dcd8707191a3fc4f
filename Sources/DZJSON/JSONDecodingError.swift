/// Why a JSON document could not be read. `source` names the file or stream.
public enum JSONDecodingError: Error, Equatable, CustomStringConvertible {
    /// jansson rejected the text.
    case syntax(source: String, line: Int, column: Int, offset: Int, reason: String)
    /// The text parsed, but a value is not what the reader expects at `path`.
    case unexpected(source: String, path: String, reason: String)
    /// The document is larger or deeper than `JSONReadingOptions` allows.
    case limitExceeded(source: String, reason: String)

    public var description: String {
        switch self {
        case .syntax(let source, _, _, _, _), .unexpected(let source, _, _), .limitExceeded(let source, _): "\(source): \(detail)"
        }
    }

    /// The description without the source, for a caller that names the file itself.
    public var detail: String {
        switch self {
        case .syntax(_, let line, let column, let offset, let reason): "line \(line), column \(column) (byte \(offset)): invalid JSON: \(reason)"
        case .unexpected(_, let path, let reason): "\(path): \(reason)"
        case .limitExceeded(_, let reason): reason
        }
    }
}
