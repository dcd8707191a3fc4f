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
        case .syntax(let source, let line, let column, let offset, let reason):
            "\(source):\(line):\(column): invalid JSON at byte \(offset): \(reason)"
        case .unexpected(let source, let path, let reason):
            "\(source): \(path): \(reason)"
        case .limitExceeded(let source, let reason):
            "\(source): \(reason)"
        }
    }
}
