import CJansson

/// Renders a `JSONValue`: compact text written directly (`CompactJSONWriter`), pretty text through jansson.
public enum JSONWriter {
    public enum Style: Sendable {
        /// One line, no spaces: JSON lines and reports.
        case compact
        /// 2-space indent, `": "` separators, no trailing newline: serde_json's pretty printer, which the
        /// upstream fixture files use.
        case pretty
    }

    public static func render(_ value: JSONValue, style: Style) -> String {
        switch style {
        case .compact: String(decoding: compactBytes(value), as: UTF8.self)
        case .pretty: jansson(value, style: style)
        }
    }

    /// jansson's dump: the pretty style is serde's, and the compact one is what `CompactJSONWriter` matches.
    static func jansson(_ value: JSONValue, style: Style) -> String {
        let node = makeNode(value)
        defer { json_decref(node) }
        let flags: Int32 = switch style {
        case .compact: Int32(JSON_COMPACT | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER)
        case .pretty: Int32(JSON_ENCODE_ANY | JSON_PRESERVE_ORDER) | 2  // JSON_INDENT(2)
        }
        guard let text = json_dumps(node, Int(flags)) else { return "null" }
        defer { free(text) }
        return String(cString: text)
    }

    private static func makeNode(_ value: JSONValue) -> UnsafeMutablePointer<json_t> {
        switch value {
        case .null: return json_null()
        case .bool(let flag): return flag ? json_true() : json_false()
        case .integer(let number): return json_integer(number)
        case .real(let number): return json_real(number)
        case .string(let text):
            return text.utf8CString.withUnsafeBufferPointer { json_stringn($0.baseAddress, $0.count - 1) }
        case .array(let items):
            let array = json_array()!
            for item in items { json_array_append_new(array, makeNode(item)) }
            return array
        case .object(let object):
            let node = json_object()!
            for member in object.members { json_object_set_new(node, member.key, makeNode(member.value)) }
            return node
        }
    }
}
