import ArgumentParser
import DZCodec
import DZFixtures
import DZJSON
import DZLayouts

struct Decode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decode an account or instruction file with one layout version.",
        discussion: """
            Prints the decoded-value form (README, "Decoded values"): {"ok": {...}} or {"error": {...}}. \
            With --sdk program (the default) the bytes are read with the program's rules: missing fields \
            zero-filled, invalid values defaulted, the account type checked last. Exit 1 when the reader \
            rejects the input.
            """
    )

    @Option(help: "The reader: program.")
    var sdk = "program"

    @Option(help: "The layout version, e.g. user@v7, device@D13, global_state.")
    var layout: String

    @Flag(help: "One line of JSON instead of indented output.")
    var compact = false

    @Argument(help: "The .bin file (raw account data, or instruction data starting with the tag).")
    var file: String

    func validate() throws {
        guard sdk == "program" else { throw ValidationError("unknown --sdk '\(sdk)': expected program") }
    }

    func run() throws {
        let registry = Registry.standard
        let version: LayoutVersion
        do {
            version = try registry.resolve(layout)
        } catch {
            throw CLIFailure.input(error.description)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(file)
        } catch {
            throw CLIFailure.input(error.description)
        }
        let rendering = CanonicalJSON(ProgramPresentation(registry: registry))
        let style: JSONWriter.Style = compact ? .compact : .pretty
        do {
            let decoding = try ProgramDecoder(registry: registry).decode(bytes, as: version)
            print(JSONWriter.render(rendering.ok(decoding.record, fields: version.fields), style: style))
        } catch {
            print(JSONWriter.render(CanonicalJSON<ProgramPresentation>.error(class: error.className, message: error.description), style: style))
            throw CLIFailure.finding("\(file): \(error.description)")
        }
    }
}
