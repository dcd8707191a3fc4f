import CJansson

/// Limits for reading untrusted JSON.
public struct JSONReadingOptions: Sendable {
    /// Largest document accepted, in bytes. Default 64 MiB: far above any layouts, policy or fixture file.
    public var maxBytes: Int = 64 << 20
    /// Deepest nesting accepted. Default 64: our documents nest fewer than 10 levels.
    public var maxDepth: Int = 64

    public init() {}
}

/// Parses JSON text with jansson into a `JSONValue`.
public enum JSONReader {
    public static func parse(
        _ bytes: [UInt8], source: String, options: JSONReadingOptions = .init()
    ) throws(JSONDecodingError) -> JSONValue {
        // withUnsafeBytes only rethrows untyped errors, so the result comes out as a Result.
        try bytes.withUnsafeBytes { raw in Result { () throws(JSONDecodingError) in try parse(raw, source: source, options: options) } }.get()
    }

    /// The text in place: a reader's output lines are parsed where they lie in its output.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, source: String, options: JSONReadingOptions = .init()
    ) throws(JSONDecodingError) -> JSONValue {
        guard bytes.count <= options.maxBytes else {
            throw .limitExceeded(source: source, reason: "document is \(bytes.count) bytes, limit \(options.maxBytes)")
        }
        var error = json_error_t()
        // JSON_REJECT_DUPLICATES: a duplicated key in a layouts or policy file is a mistake, not an override.
        let flags = Int(JSON_DECODE_ANY | JSON_REJECT_DUPLICATES)
        let root = bytes.baseAddress.map { json_loadb($0.assumingMemoryBound(to: CChar.self), bytes.count, flags, &error) }
            ?? json_loadb("", 0, flags, &error)
        guard let root else {
            let reason = withUnsafeBytes(of: error.text) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            throw .syntax(source: source, line: Int(error.line), column: Int(error.column), offset: Int(error.position), reason: reason)
        }
        defer { json_decref(root) }
        return try convert(root, depth: 0, source: source, options: options)
    }

    private static func convert(
        _ node: UnsafeMutablePointer<json_t>, depth: Int, source: String, options: JSONReadingOptions
    ) throws(JSONDecodingError) -> JSONValue {
        guard depth <= options.maxDepth else {
            throw .limitExceeded(source: source, reason: "nesting deeper than \(options.maxDepth)")
        }
        switch node.pointee.type {
        case JSON_NULL: return .null
        case JSON_TRUE: return .bool(true)
        case JSON_FALSE: return .bool(false)
        case JSON_INTEGER: return .integer(json_integer_value(node))
        case JSON_REAL: return .real(json_real_value(node))
        case JSON_STRING:
            let length = json_string_length(node)
            let pointer = UnsafeRawPointer(json_string_value(node)!)
            return .string(String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self))
        case JSON_ARRAY:
            var items: [JSONValue] = []
            items.reserveCapacity(json_array_size(node))
            for index in 0..<json_array_size(node) {
                items.append(try convert(json_array_get(node, index)!, depth: depth + 1, source: source, options: options))
            }
            return .array(items)
        default:
            var object = JSONObject()
            var iterator = json_object_iter(node)
            while let current = iterator {
                let key = String(cString: json_object_iter_key(current))
                let value = try convert(json_object_iter_value(current)!, depth: depth + 1, source: source, options: options)
                object.append(key, value)
                iterator = json_object_iter_next(node, current)
            }
            return .object(object)
        }
    }
}
