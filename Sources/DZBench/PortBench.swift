import DZComparison
import DZLayouts
import DZPorts

/// Each Swift port decoding each current account's fixture, to its full result (values or error).
struct PortBench {
    let sampler: Sampler
    let registry: Registry

    /// Per second, per account: 2 M, but 0.5 M Devices (a Device is the largest account).
    static func target(_ account: String) -> Double { account == "device" ? 0.5e6 : 2e6 }

    func run() throws -> [BenchRow] {
        var rows: [BenchRow] = []
        let accounts = try CurrentAccount.all(registry, only: sampler.options.accounts)
        for sdk in SDK.allCases {
            let port = sdk.port(registry: registry)
            let samples = sampler.measure(accounts.map { account in { Self.decode(port, account, $0) } })
            for (account, samples) in zip(accounts, samples) {
                rows.append(BenchRow(section: .ports, name: "\(sdk.rawValue) port \(account.version.reference)", measured: samples,
                                     bytesPerOperation: account.bytes.count, baseline: CodecBench.decodeName(account.version),
                                     target: .rate(Self.target(account.version.account))))
            }
        }
        return rows
    }

    /// Generic, so the existential is opened once, not on every call.
    private static func decode<Port: SDKPort>(_ port: Port, _ account: CurrentAccount, _ iterations: Int) {
        var check = 0
        for _ in 0..<iterations {
            if case .ok = port.decode(account.bytes, as: account.version) { check &+= 1 }
        }
        blackHole(check)
    }
}
