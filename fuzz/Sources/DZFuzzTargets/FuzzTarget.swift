import DZCodec
import DZComparison
import DZFixtures
import DZGoPort
import DZLayouts
import DZPorts
import DZPythonPort
import DZTypeScriptPort

/// What one decoder does with one input. The libFuzzer executables (fuzz/Package.swift) and the
/// regression replay (Tests/DZFuzzTargetsTests) both call `run`, so a regression input replays
/// exactly what the fuzzer ran.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case canonical = "FuzzCanonical"
    case goPort = "FuzzGoPort"
    case typeScriptPort = "FuzzTypeScriptPort"
    case pythonPort = "FuzzPythonPort"
    case fixtureJSON = "FuzzFixtureJSON"
    case layoutsJSON = "FuzzLayoutsJSON"
    case policy = "FuzzPolicy"

    /// How the decoder answered. Reaching any answer is the point: a trap never returns.
    public enum Outcome: Equatable, Sendable {
        case decoded
        /// The input was refused (or, for a port, the SDK would fail), with this message.
        case rejected(String)
    }

    /// The file name error messages carry for JSON inputs.
    public static let source = "fuzz-input.json"

    /// Every layout version, in registry order: byte 0 of a byte-decoder input picks one, modulo the
    /// count, so that every mutation of it selects some version.
    public static let versions = Registry.standard.allVersions

    /// The version byte 0 selects, and the account data after it; nil for an empty input.
    public static func split(_ data: [UInt8]) -> (version: LayoutVersion, bytes: [UInt8])? {
        guard let first = data.first else { return nil }
        return (versions[Int(first) % versions.count], Array(data.dropFirst()))
    }

    public func run(_ data: [UInt8]) -> Outcome {
        switch self {
        case .canonical: return Self.program(data)
        case .goPort: return Self.port(Self.go, data)
        case .typeScriptPort: return Self.port(Self.typeScript, data)
        case .pythonPort: return Self.port(Self.python, data)
        case .fixtureJSON:
            do {
                _ = try FixtureJSONReader.read(data, file: Self.source)
                return .decoded
            } catch {
                return .rejected(error.description)
            }
        case .layoutsJSON:
            do {
                _ = try LayoutsJSONDecoder().decode(data, file: Self.source)
                return .decoded
            } catch {
                return .rejected(error.description)
            }
        case .policy:
            do {
                _ = try DivergencePolicy(json: data, path: Self.source)
                return .decoded
            } catch {
                return .rejected(error.description)
            }
        }
    }

    // Built once: a port prepares every version up front (the Python port compiles a plan per version).
    private static let go = GoPort()
    private static let typeScript = TypeScriptPort()
    private static let python = PythonPort()

    private static let emptyInput = Outcome.rejected("empty input: no layout byte")

    private static func program(_ data: [UInt8]) -> Outcome {
        guard let (version, bytes) = split(data) else { return emptyInput }
        do {
            _ = try ProgramDecoder().decode(bytes, as: version)
            return .decoded
        } catch {
            return .rejected(error.description)
        }
    }

    private static func port<Port: SDKPort>(_ port: Port, _ data: [UInt8]) -> Outcome {
        guard let (version, bytes) = split(data) else { return emptyInput }
        switch port.decode(bytes, as: version) {
        case .ok: return .decoded
        case .error(_, let message), .fatal(let message, _): return .rejected(message)
        }
    }
}
