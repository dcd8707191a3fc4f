import ArgumentParser
import DZCodec
import DZGoPort
import DZJSON
import DZLayouts
import DZPorts
import DZPythonPort
import DZTypeScriptPort

/// A reader a person can name on the command line: the program's rules, or a port of one SDK.
enum ReaderChoice: String, CaseIterable, ExpressibleByArgument {
    case program, go, ts, py

    static var allValueStrings: [String] { allCases.map(\.rawValue) }

    /// The decoded-value form of `bytes` read with `version` by this reader.
    func decode(_ bytes: [UInt8], as version: LayoutVersion, registry: Registry) -> JSONValue {
        switch self {
        case .program:
            do {
                let decoding = try ProgramDecoder(registry: registry).decode(bytes, as: version)
                return CanonicalJSON(ProgramPresentation(registry: registry)).ok(decoding.record, fields: version.fields)
            } catch {
                return CanonicalJSON<ProgramPresentation>.error(class: error.className, message: error.description)
            }
        case .go: return GoPort(registry: registry).decodeToJSON(bytes, as: version)
        case .ts: return TypeScriptPort(registry: registry).decodeToJSON(bytes, as: version)
        case .py: return PythonPort(registry: registry).decodeToJSON(bytes, as: version)
        }
    }
}
