import DZJSON
import DZLayouts

/// Whether a field as one version's reader gives it and the same field as the other version's reader
/// gives it say the same thing. Elements are compared field by field along the alignment of their
/// element types, so that an element field that was renamed is compared under both its names, and one
/// that only one version has is judged by what it does to its neighbours. A tagged element is compared
/// on the fields of its variant: the others the decoded object lists are its union's defaults.
enum ValueComparison {
    static func same(baseline: (value: JSONValue, type: FieldType), working: (value: JSONValue, type: FieldType)) -> Bool {
        let (a, b) = (baseline.value, working.value)
        switch (baseline.type, working.type) {
        case (.vec(let x), .vec(let y)):
            guard let left = a.arrayValue, let right = b.arrayValue, left.count == right.count else { return a == b }
            return zip(left, right).allSatisfy { same(baseline: ($0, x), working: ($1, y)) }
        case (.option(let x), .option(let y)):
            return a == .null || b == .null ? a == b : same(baseline: (a, x), working: (b, y))
        case (.structure(let x), .structure(let y)):
            return fieldsSame(a, x, b, y)
        case (.sized(let x), .sized(let y)):
            return a["size"] == b["size"] && a["version"] == b["version"] && fieldsSame(a, x.fields, b, y.fields)
        case (.tagged(let x), .tagged(let y)):
            guard let tag = a["version"], tag == b["version"], let raw = tag.integerValue, let byte = UInt8(exactly: raw) else { return a == b }
            return fieldsSame(a, x.variant(for: byte)?.fields ?? x.fields, b, y.variant(for: byte)?.fields ?? y.fields)
        default:
            return a == b
        }
    }

    private static func fieldsSame(_ a: JSONValue, _ x: [Field], _ b: JSONValue, _ y: [Field]) -> Bool {
        guard case .object(let left) = a, case .object(let right) = b else { return a == b }
        return FieldAlignment(x, y).pairs.allSatisfy { pair in
            guard let one = left[x[pair.baseline].name], let other = right[y[pair.working].name] else { return true }
            return same(baseline: (one, x[pair.baseline].type), working: (other, y[pair.working].type))
        }
    }
}
