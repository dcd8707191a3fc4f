import DZCodec
import DZJSON
import DZLayouts
import DZPorts

/// One reader's answer for one input: the decoded-value form, and how far it read.
public struct ReaderAnswer: Sendable {
    /// `{"ok": …}`, `{"error": …}` or `{"fatal": …}` (docs/reader-contract.md §3).
    public var value: JSONValue
    /// Bytes read from the start of the input; for a failed read, where the reader stopped.
    public var consumed: Int
    /// The program only: top-level fields it read from bytes the input holds (not missing, not
    /// defaulted, not a vector read as empty from a count cut short). Empty for the ports.
    public var heldFields: Set<String> = []
}

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
        read(bytes, as: version, by: reader).value
    }

    public func read(_ bytes: [UInt8], as version: LayoutVersion, by reader: ReaderID) -> ReaderAnswer {
        let sdk: SDK
        switch reader {
        case .program:
            do {
                let decoding = try decoder.decode(bytes, as: version)
                var held = Set<String>()
                let outcomes = decoding.outcomes
                for index in outcomes.indices where outcomes[index].outcome == .read {
                    // Fields lie end to end: one ends where the next starts, the last where the decode stopped.
                    let end = index + 1 < outcomes.count ? outcomes[index + 1].offset : decoding.consumed
                    if end > outcomes[index].offset { held.insert(outcomes[index].field) }
                }
                return ReaderAnswer(value: CanonicalJSON(programPresentation).ok(decoding.record, fields: version.fields),
                                    consumed: decoding.consumed, heldFields: held)
            } catch {
                return ReaderAnswer(value: CanonicalJSON<ProgramPresentation>.error(class: error.className, message: error.description),
                                    consumed: 0)
            }
        case .go: sdk = .go
        case .ts: sdk = .ts
        case .py: sdk = .py
        }
        let port = ports[sdk]!
        let read = port.read(bytes, as: version)
        return ReaderAnswer(value: port.render(read.result, as: version), consumed: read.consumed)
    }
}
