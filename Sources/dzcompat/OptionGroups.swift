import ArgumentParser
import DZComparison
import DZCorpus
import DZFileIO
import DZPorts

/// `--seed`: the corpus of `diff` and `crosscheck`.
struct CorpusArguments: ParsableArguments {
    @Option(help: "Seed of the corpus's random mutations.")
    var seed: UInt64 = CorpusOptions().seed

    /// The standard corpus with this seed.
    func inputs() throws -> [CorpusInput] {
        var options = CorpusOptions()
        options.seed = seed
        return try Corpus(options: options).inputs()
    }
}

/// `--root`: the checkout `crosscheck`, `bench` and `readers` run the native readers and releases of.
struct RootArgument: ParsableArguments {
    @Option(help: "The repository root (fixtures/, sdk-*-spec/, policy/, releases/, .venv/). Default: the working directory if it holds releases/, else the checkout dzcompat was built in.")
    var root = ReaderLookup.repositoryRoot
}

/// `--sdk`: the one reader of `decode` and `batch`.
struct ReaderArgument: ParsableArguments {
    @Option(help: "The reader: program (the on-chain rules), the port of the go, ts or py SDK, or a release (py@0.0.3; `dzcompat readers`).")
    var sdk: ReaderID = .program
}

/// `--readers`: the readers `diff` and `matrix` compare.
struct ReadersArgument: ParsableArguments {
    @Option(help: "Comma-separated readers (`dzcompat readers`), or all (the releases too; they need `make setup`). Default: program,go,ts,py for diff, all for matrix.")
    var readers: String?

    /// The named readers, or those of `fallback` (a list as --readers takes it) when none are named.
    func set(fallback: String) throws -> ReaderSet { try ReaderLookup.set(readers ?? fallback) }
}

/// `--account`: the accounts `import-rust` and `gate --rust` import.
struct RustAccountsArgument: ParsableArguments {
    @Option(help: "Import only this account or instruction (registry name, e.g. user, set_user_bgp_status); repeatable.")
    var account: [String] = []

    /// Nil for every account.
    var accounts: [String]? { account.isEmpty ? nil : account }
}

/// `-o`: where `matrix` and `lint` write their report.
struct OutputArgument: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file instead of stdout: a regular file is replaced atomically, a device or pipe written as a stream, a link followed.")
    var output: String?

    var isStandardOutput: Bool { output == nil }

    /// Writes `text` to the file, or prints it with `terminator`.
    func emit(_ text: String, terminator: String = "\n") throws {
        guard let output else { return print(text, terminator: terminator) }
        do { try OutputFile.write(Array(text.utf8), to: output) } catch { throw ValidationError(error.description) }
    }
}
