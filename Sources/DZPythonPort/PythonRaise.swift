import DZPorts

/// What a Python SDK decode raises (or where the real SDK's process runs out of memory). Only the facts are kept while
/// decoding; the message text, worded exactly as Python words it, is built when the result is rendered.
enum PythonRaise: Error, Equatable {
    /// StrictReader's shortfall on a fixed-width read (a vector element).
    case notEnoughData(width: Int, offset: Int)
    /// A string length prefix larger than the bytes left; `offset` is just after the prefix.
    case stringTooLong(length: UInt32, offset: Int)
    /// `bytes.decode("utf-8")` failed.
    case invalidUTF8(UTF8DecodeError)
    /// An IntEnum constructor given a value the class lacks.
    case notAValidMember(value: UInt8, className: String)
    /// The Device trailing count differs from the legacy count.
    case interfacesMismatch(trailing: UInt32, legacy: Int)
    /// The lists built need more than the process has (reader-contract §3, `MemoryModel.py`).
    case outOfMemory(bytes: UInt64)
    /// The layout holds a shape the Python SDK has no reader for (the native reader refuses to load it).
    case layout(String)

    var result: ReaderResult {
        switch self {
        case .notEnoughData(let width, let offset):
            .error(className: "ValueError", message: "borsh: not enough data for \(width) bytes at offset \(offset)")
        case .stringTooLong(let length, let offset):
            .error(className: "ValueError",
                   message: "borsh: not enough data for string of length \(length) at offset \(offset)")
        case .invalidUTF8(let failure):
            .error(className: "UnicodeDecodeError", message: failure.message)
        case .notAValidMember(let value, let className):
            .error(className: "ValueError", message: "\(value) is not a valid \(className)")
        case .interfacesMismatch(let trailing, let legacy):
            // The SDK's own wording, whatever the layout calls the two fields.
            .error(className: "ValueError",
                   message: "Device interfaces length \(trailing) != deprecated_interfaces length \(legacy)")
        case .outOfMemory(let bytes):
            .outOfMemory(bytes)
        case .layout(let message):
            .error(className: "LayoutError", message: message)
        }
    }
}
