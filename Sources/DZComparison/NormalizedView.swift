import DZJSON
import DZPorts

/// A reader's result in the form the diff compares across readers: representation differences that
/// carry no meaning for a consumer are folded away, and the ones that do are kept.
///
/// - `null` (Go's nil slice) stays apart from `[]`: a consumer can tell them apart (upstream's review
///   rules ask the SDKs to keep an empty collection apart from an absent one), so the diff reports a nil
///   where the bytes hold a present, empty vector (`DiffEngine.emptyAsNilSuffix`). `nilIsEmpty` folds them,
///   for the matrix, which compares each reader only with itself.
/// - Go's `{"High", "Low"}` becomes the number a consumer gets by taking the names at face value,
///   High·2⁶⁴ + Low, so Go's swapped halves show as a different value.
/// - An enum `{"value", "label"}` is compared as its value, and its label separately (`field.label`),
///   normalised (`PendingDeprecated`, `pending (deprecated)` → `pending`) so that Rust names and SDK
///   strings meet; a bare number has no label to compare.
/// - A result is `ok`, `error` (TypeScript threw, Python raised, the program rejected, Go set
///   DeserializeError), `no reader` (the SDK has none for the account) or `fatal: …`; the message is
///   shown in examples but not compared.
enum NormalizedView {
    /// The kind of `{"unsupported": reason}`: the reader has no reader for this account type at all.
    static let unsupported = "unsupported"
    /// The kind of an SDK's answer that it has no reader for the account.
    static let noReader = "no reader"

    /// The result kind and, for a value, the normalised value.
    static func normalize(_ result: JSONValue, nilIsEmpty: Bool = false) -> (kind: String, message: String?, value: JSONValue?) {
        if let value = result["ok"] {
            if let error = value["deserialize_error"]?.stringValue {
                return ("error", "DeserializeError: \(error)", nil)
            }
            return ("ok", nil, normalizeValue(value, nilIsEmpty: nilIsEmpty, dropping: "deserialize_error"))
        }
        if let error = result["error"] {
            // An SDK without a reader for the account answers that, whatever the bytes: a result of its own.
            if error["class"]?.stringValue == noReaderClass { return (noReader, error["message"]?.stringValue, nil) }
            return ("error", "\(error["class"]?.stringValue ?? "?"): \(error["message"]?.stringValue ?? "")", nil)
        }
        if let reason = result["unsupported"]?.stringValue { return (unsupported, reason, nil) }
        let fatal = result["fatal"]?.stringValue ?? "unreadable result"
        return ("fatal: \(fatal)", nil, nil)
    }

    private static func normalizeValue(_ value: JSONValue, nilIsEmpty: Bool, dropping: String? = nil) -> JSONValue {
        switch value {
        case .null: return nilIsEmpty ? .array([]) : .null
        case .array(let items): return .array(items.mapRuns(isCopy: { $0.isCopy(of: $1) }) { normalizeValue($0, nilIsEmpty: nilIsEmpty) })
        case .object(let object):
            if object.members.count == 2, let high = object["High"]?.stringValue, let low = object["Low"]?.stringValue,
               let h = UInt128(high), let l = UInt128(low) {
                return .string(String(h << 64 | l))
            }
            var normalized = JSONObject()
            for member in object.members where member.key != dropping {
                if case .object(let inner) = member.value, let raw = inner["value"], inner.members.count == 2, inner["label"] != nil {
                    normalized.append(member.key, raw)
                    if let label = inner["label"]?.stringValue {
                        normalized.append(member.key + labelSuffix, .string(normalizeLabel(label)))
                    }
                } else {
                    normalized.append(member.key, normalizeValue(member.value, nilIsEmpty: nilIsEmpty))
                }
            }
            return .object(normalized)
        default: return value
        }
    }

    /// `value` with every nil (`null`) read as the empty vector: how a value compares with another once
    /// they differ by more than nil against empty.
    static func foldingNil(_ value: JSONValue) -> JSONValue {
        switch value {
        case .null: .array([])
        case .array(let items): .array(items.mapRuns(isCopy: { $0.isCopy(of: $1) }, foldingNil))
        case .object(let object): .object(JSONObject(object.members.map { (key: $0.key, value: foldingNil($0.value)) }))
        default: value
        }
    }

    /// `PendingDeprecated`, `pending (deprecated)` → `pending`; `device-provisioning`, `DeviceProvisioning`
    /// → `deviceprovisioning`. `<panic>` stays as it is.
    static func normalizeLabel(_ label: String) -> String {
        guard label != "<panic>" else { return label }
        // Labels are ASCII (every SDK's tables are), done on bytes: this runs for every enum of every
        // result the diff compares, and Character-wise it took most of the diff's time.
        guard label.utf8.allSatisfy({ $0 < 0x80 }) else {
            let lowered = label.lowercased().replacingOccurrences("deprecated", with: "")
            return String(lowered.filter { $0.isLetter || $0.isNumber })
        }
        let lowered = label.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        var kept: [UInt8] = []
        kept.reserveCapacity(lowered.count)
        var index = 0
        while index < lowered.count {
            if lowered[index...].starts(with: Self.deprecated) {
                index += Self.deprecated.count
                continue
            }
            let byte = lowered[index]
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) { kept.append(byte) }
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static let deprecated = Array("deprecated".utf8)

    /// The key an enum's label is compared under, after the field's own key.
    static let labelSuffix = ".label"
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
