import DZPorts
import DZCodec
import DZJSON
import DZLayouts

/// One reader the checks can name and compare: the program's rules, the port of one SDK, or a published
/// release of one SDK run as it is. `rawValue` is how a person names it (`program`, `go`, `py@0.0.3`).
public struct ReaderID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Origin: Hashable, Sendable {
        /// The program's decoding rules (DZCodec).
        case program
        /// A Swift port of the SDK's reader at the upstream commit the ports follow.
        case port(SDK)
        /// A published release of the SDK, run in-process: `version` is the package version.
        case release(SDK, version: String)
    }

    public let origin: Origin

    public init(_ origin: Origin) { self.origin = origin }

    public static let program = ReaderID(.program)
    public static let go = ReaderID(.port(.go))
    public static let ts = ReaderID(.port(.ts))
    public static let py = ReaderID(.port(.py))

    /// The modelled readers: the program and the three ports, in report order. Releases are added by
    /// whoever has them installed (`ReaderSet`).
    public static let allCases: [ReaderID] = [.program, .go, .ts, .py]

    public var rawValue: String {
        switch origin {
        case .program: "program"
        case .port(let sdk): sdk.rawValue
        case .release(let sdk, let version): "\(sdk.rawValue)@\(version)"
        }
    }

    /// `program`, `go`, `py@0.0.3`, …; nil for any other text.
    public init?(rawValue: String) {
        if rawValue == "program" { self = .program; return }
        let parts = rawValue.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard let sdk = SDK(rawValue: String(parts[0])) else { return nil }
        if parts.count == 1 { self.init(.port(sdk)); return }
        guard !parts[1].isEmpty else { return nil }
        self.init(.release(sdk, version: String(parts[1])))
    }

    public var displayName: String {
        switch origin {
        case .program: "program"
        case .port(let sdk): sdk.displayName
        case .release(let sdk, let version): "released \(sdk.displayName) SDK \(version)"
        }
    }

    public var description: String { rawValue }

    /// The SDK this reader is a port or a release of; nil for the program.
    public var sdk: SDK? {
        switch origin {
        case .program: nil
        case .port(let sdk), .release(let sdk, _): sdk
        }
    }

    /// A published release (`py@0.0.3`), not a model.
    public var isRelease: Bool { if case .release = origin { true } else { false } }

    /// Program, then ports in SDK order, then releases by SDK and version.
    public static func < (lhs: ReaderID, rhs: ReaderID) -> Bool {
        let (a, b) = (lhs.sortKey, rhs.sortKey)
        if (a.0, a.1) != (b.0, b.1) { return (a.0, a.1) < (b.0, b.1) }
        return a.2.lexicographicallyPrecedes(b.2)
    }

    /// (kind, SDK, version numbers).
    private var sortKey: (Int, Int, [Int]) {
        switch origin {
        case .program: (0, 0, [])
        case .port(let sdk): (1, SDK.allCases.firstIndex(of: sdk)!, [])
        case .release(let sdk, let version):
            (2, SDK.allCases.firstIndex(of: sdk)!, version.split(separator: ".").map { Int($0) ?? 0 })
        }
    }
}

/// One reader's answer for one input: the decoded-value form, and how far it read.
public struct ReaderAnswer: Sendable {
    /// `{"ok": …}`, `{"error": …}` or `{"fatal": …}` (docs/reader-contract.md §3).
    public var value: JSONValue
    /// Bytes read from the start of the input; for a failed read, where the reader stopped. Nil for a
    /// reader that cannot tell (a published release runs its own code).
    public var consumed: Int?
    /// The program only: top-level fields it read from bytes the input holds (not missing, not
    /// defaulted, not a vector read as empty from a count cut short). Empty for the SDKs.
    public var heldFields: Set<String> = []

    public init(value: JSONValue, consumed: Int?, heldFields: Set<String> = []) {
        self.value = value
        self.consumed = consumed
        self.heldFields = heldFields
    }
}

/// What every reader does: read bytes as a layout version and answer in the decoded-value form
/// (docs/reader-contract.md §3). Never traps, whatever the bytes.
public protocol Reader: Sendable {
    var id: ReaderID { get }
    func read(_ bytes: [UInt8], as version: LayoutVersion) -> JSONValue
    /// `read`'s answer, with how far the reader read.
    func readCounting(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderAnswer
    /// The versions of `account` this reader can be asked to read with. A model reads with any version;
    /// a published release with the one its code was written for.
    func versions(of account: AccountLayouts) -> [LayoutVersion]
}

extension Reader {
    public func versions(of account: AccountLayouts) -> [LayoutVersion] { account.versions }

    /// A reader that cannot say where it stopped.
    public func readCounting(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderAnswer {
        ReaderAnswer(value: read(bytes, as: version), consumed: nil)
    }
}

/// The program's decoding rules as a reader.
public struct ProgramReader: Reader {
    private let decoder: ProgramDecoder
    private let presentation: ProgramPresentation

    public init(registry: Registry) {
        decoder = ProgramDecoder(registry: registry)
        presentation = ProgramPresentation(registry: registry)
    }

    public var id: ReaderID { .program }

    public func read(_ bytes: [UInt8], as version: LayoutVersion) -> JSONValue { readCounting(bytes, as: version).value }

    public func readCounting(_ bytes: [UInt8], as version: LayoutVersion) -> ReaderAnswer {
        do {
            let decoding = try decoder.decode(bytes, as: version)
            var held = Set<String>()
            let outcomes = decoding.outcomes
            for index in outcomes.indices where outcomes[index].outcome == .read {
                // Fields lie end to end: one ends where the next starts, the last where the decode stopped.
                let end = index + 1 < outcomes.count ? outcomes[index + 1].offset : decoding.consumed
                if end > outcomes[index].offset { held.insert(outcomes[index].field) }
            }
            return ReaderAnswer(value: CanonicalJSON(presentation).ok(decoding.record, fields: version.fields),
                                consumed: decoding.consumed, heldFields: held)
        } catch {
            return ReaderAnswer(value: CanonicalJSON<ProgramPresentation>.error(class: error.className, message: error.description),
                                consumed: 0)
        }
    }
}
