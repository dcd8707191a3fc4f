import DZCodec
import DZLayouts
import DZPorts

/// The Python SDK reader (docs/readers.md; `borsh_incremental/reader.py` and `serviceability/state.py`),
/// ported with its quirks and bugs. The oracle is the native spec reader in `sdk-py-spec/`.
public struct PythonPort: SDKPort {
    public let registry: Registry
    public let presentation: PythonPresentation
    public let walks: ReaderWalks
    public var sdk: SDK { .py }

    /// Every account version of the registry, compiled once; keyed by account, then version id.
    private let plans: [String: [String: (fields: [Field], plan: Result<AccountPlan, PythonRaise>)]]
    private let shared = SharedValues()

    public init(registry: Registry = .standard) {
        self.registry = registry
        presentation = PythonPresentation(registry.sdk(SDK.py.rawValue))
        walks = ReaderWalks(registry, sdk: .py)
        let compiler = PlanCompiler(enums: presentation.enums)
        var plans: [String: [String: (fields: [Field], plan: Result<AccountPlan, PythonRaise>)]] = [:]
        for account in registry.accounts {
            guard case .account = account.kind else { continue }
            for version in account.versions {
                guard case .success(let walked) = walks.walk(version) else { continue }
                plans[account.name, default: [:]][version.id] = (walked.fields, Self.compile(walked, compiler))
            }
        }
        self.plans = plans
    }

    public func decodeCounting(_ bytes: [UInt8], as requested: LayoutVersion) -> ReaderRead {
        reading(requested) { version in
            let plan: Result<AccountPlan, PythonRaise>
            // The same fields (normally the very same array) as the compiled version, or a version from
            // elsewhere, compiled now.
            if let compiled = plans[version.account]?[version.id], compiled.fields == version.fields {
                plan = compiled.plan
            } else {
                plan = Self.compile(version, PlanCompiler(enums: presentation.enums))
            }
            var consumed = 0
            let outcome = plan.flatMap { plan in
                bytes.withUnsafeBytes { data -> Result<Record, PythonRaise> in
                    var walker = AccountWalker(data, shared: shared)
                    defer { consumed = walker.reader.offset }
                    do throws(PythonRaise) {
                        return .success(try walker.account(plan))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            switch outcome {
            case .success(let record): return ReaderRead(.ok(record), consumed: consumed)
            case .failure(let raise): return ReaderRead(raise.result, consumed: consumed)
            }
        }
    }

    private static func compile(_ version: LayoutVersion, _ compiler: PlanCompiler) -> Result<AccountPlan, PythonRaise> {
        do throws(PythonRaise) {
            return .success(try compiler.compile(version))
        } catch {
            return .failure(error)
        }
    }
}
