import DZCodec
import DZJSON
import DZLayouts
import DZPorts

/// The four readers the compatibility checks compare, each giving the decoded-value form.
public struct ReaderSet: Sendable {
    public let registry: Registry
    private let decoder: ProgramDecoder
    private let programPresentation: ProgramPresentation
    private let ports: [SDK: any SDKPort]

    public init(registry: Registry = .standard) {
        self.registry = registry
        decoder = ProgramDecoder(registry: registry)
        programPresentation = ProgramPresentation(registry: registry)
        ports = Dictionary(uniqueKeysWithValues: SDK.allCases.map { ($0, CrossCheck.port($0, registry: registry)) })
    }

    public func decode(_ bytes: [UInt8], as version: LayoutVersion, by reader: ReaderID) -> JSONValue {
        switch reader {
        case .program:
            do {
                let decoding = try decoder.decode(bytes, as: version)
                return CanonicalJSON(programPresentation).ok(decoding.record, fields: version.fields)
            } catch {
                return CanonicalJSON<ProgramPresentation>.error(class: error.className, message: error.description)
            }
        case .go: return ports[.go]!.decodeToJSON(bytes, as: version)
        case .ts: return ports[.ts]!.decodeToJSON(bytes, as: version)
        case .py: return ports[.py]!.decodeToJSON(bytes, as: version)
        }
    }
}
