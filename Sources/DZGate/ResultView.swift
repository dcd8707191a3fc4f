import DZComparison
import DZJSON
import DZPorts

/// A reader's result as the gate compares it: always one reader against itself at two layout versions.
///
/// These are the folds of DZComparison's `NormalizedView` that matter here (that type is internal to
/// DZComparison): Go's nil slice equals `[]`; Go's `deserialize_error` makes the result an error; an enum is
/// compared by its value, because the label a released SDK gives a value it does not know ("unknown",
/// a shifted name) is presentation, not a misread.
enum ResultView: Equatable {
    case value(JSONObject)
    /// The reader failed: what the SDK would raise or throw, or the program would refuse.
    case failure(String)
    /// The port does not model this layout (an enum it has no table for, instruction data): says
    /// nothing about the SDK, so the gate cannot judge that reader.
    case refused(String)
    /// The reader has no reader for this account type at all (an SDK without one, a release that predates it).
    case unsupported(String)

    init(_ result: JSONValue) {
        if let value = result["ok"]?.objectValue {
            if let error = value["deserialize_error"]?.stringValue {
                self = .failure("DeserializeError: \(error)")
            } else {
                var object = JSONObject()
                for member in value.members where member.key != "deserialize_error" {
                    object.append(member.key, Self.fold(member.value))
                }
                self = .value(object)
            }
        } else if let reason = result["unsupported"]?.stringValue {
            self = .unsupported(reason)
        } else if let error = result["error"] {
            let className = error["class"]?.stringValue ?? "?"
            let message = "\(className): \(error["message"]?.stringValue ?? "")"
            // An SDK without a reader for the account (a fact of its code) cannot misread it.
            self = className == noReaderClass ? .unsupported(message)
                : ReaderResult.refusalClasses.contains(className) ? .refused(message) : .failure(message)
        } else {
            self = .failure("fatal: \(result["fatal"]?.stringValue ?? "unreadable result")")
        }
    }

    var object: JSONObject? { if case .value(let object) = self { object } else { nil } }
    /// Why there is no value.
    var message: String {
        switch self {
        case .value: ""
        case .failure(let message), .refused(let message), .unsupported(let message): message
        }
    }

    private static func fold(_ value: JSONValue) -> JSONValue {
        switch value {
        case .null: return .array([])
        case .array(let items): return .array(items.map(fold))
        case .object(let object):
            if object.members.count == 2, let raw = object["value"], object["label"] != nil { return raw }
            return .object(JSONObject(object.members.map { (key: $0.key, value: fold($0.value)) }))
        default: return value
        }
    }
}
