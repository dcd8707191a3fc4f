import DZJSON

/// The program's decoded-value form written as it is read: the text `CanonicalJSON` renders from a whole
/// decode, but each vector's elements are materialised and written one at a time. `dzcompat decode`
/// uses it, so that an account of 13 M elements is never a tree of 13 M values and 13 M JSON nodes.
extension LayoutPlan {
    /// Writes `{"ok": {...}}` or `{"error": {...}}` for `bytes` and says whether it was a value.
    public func writeDecoded(
        _ bytes: UnsafeRawBufferPointer, presentation: ProgramPresentation, to writer: inout JSONStreamWriter
    ) throws -> Bool {
        var table = SpanTable()
        do {
            try scan(bytes, into: &table)
        } catch {
            try writer.value(CanonicalJSON<ProgramPresentation>.error(class: error.className, message: error.description))
            return false
        }
        let canonical = CanonicalJSON(presentation)
        try writer.beginObject()
        try writer.key("ok")
        try writer.beginObject()
        for (index, field) in version.fields.enumerated() {
            try writer.key(field.name)
            var opened = false
            let streamed = try forEachElement(ofField: index, in: bytes, table: table) { element in
                if !opened { try writer.beginArray() }
                opened = true
                try writer.value(canonical.element(element, of: field))
            }
            if streamed && opened {
                try writer.endArray()
            } else if streamed {
                try writer.value(.array([]))
            } else {
                try writer.value(canonical.member(value(ofField: index, in: bytes, table: table), of: field))
            }
        }
        try writer.endObject()
        try writer.endObject()
        return true
    }
}
