import ArgumentParser
import DZCrossCheck
import DZJSON
import DZPorts
import Foundation

struct CrossCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Check that each Swift port reads the corpus exactly as its native spec reader does.",
        discussion: """
            Runs the standard corpus through the Go, TypeScript and Python ports and through sdk-go-spec, \
            sdk-ts-spec (batch processes) and sdk-py-spec (embedded CPython). Every disagreement is printed \
            with its input in hex; the exit code is 1 if there is any. Build the native readers first with \
            `make native-readers`.

            Then port fidelity: each published release (releases/releases.json, installed by `make setup`) \
            against the port of its SDK on every input read with a layout version the release was written \
            for. Where releases.json says the code is the same, a disagreement fails the run; elsewhere the \
            counts are printed with the differences in code.
            """
    )

    @Option(help: "Only this SDK: go, ts or py. Default: all three.")
    var sdk: SDK?

    @OptionGroup var checkout: RootArgument

    @OptionGroup var corpus: CorpusArguments

    @Option(help: "Print at most this many mismatches per SDK.")
    var show = 20

    @Flag(inversion: .prefixedNo, help: "Check the published releases against the ports (they need `make setup`).")
    var releases = true

    func run() throws {
        let sdks = sdk.map { [$0] } ?? SDK.allCases
        let inputs = try corpus.inputs()
        let check = CrossCheck(root: checkout.root)
        var failed = false
        for sdk in sdks {
            let started = Date()
            let mismatches: [CrossCheckMismatch]
            do {
                mismatches = try check.run(sdk, inputs: inputs)
            } catch {
                throw ValidationError("\(error)")
            }
            let seconds = Date().timeIntervalSince(started)
            print("\(sdk.displayName): \(inputs.count) inputs, \(mismatches.count) mismatches, \(String(format: "%.1f", seconds)) s")
            for mismatch in mismatches.prefix(show) { print(mismatch) }
            failed = failed || !mismatches.isEmpty
        }
        if releases {
            for release in try ReaderLookup.releases(root: checkout.root) where sdk.map({ $0 == release.id.sdk }) ?? true {
                for result in ReleaseFidelity.run(release, inputs: inputs, keep: show) {
                    let note = result.entry.sameCode ? "same code" : "code differs: " + result.entry.differences.joined(separator: "; ")
                    print("\(release.id.rawValue) vs \(release.id.sdk!.rawValue) port on \(result.entry.layout): "
                          + "\(result.agreeing) of \(result.inputs) inputs agree (\(note))")
                    guard result.fails else { continue }
                    failed = true
                    for mismatch in result.mismatches.prefix(show) {
                        print("  \(mismatch.input.situation): \(mismatch.input.hex)\n    port:    \(JSONWriter.render(mismatch.port, style: .compact))\n    release: \(JSONWriter.render(mismatch.release, style: .compact))")
                    }
                }
            }
        }
        if failed { throw ExitCode.failure }
    }
}
