import ArgumentParser
import DZCodec
import DZFileIO
import DZJSON
import DZLayouts
import DZPorts

struct Decode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decode an account or instruction file with one layout version.",
        discussion: """
            Prints the decoded-value form (README, "Decoded values"): {"ok": {...}}, {"error": {...}} or \
            {"fatal": ...}. With --sdk program (the default) the bytes are read with the program's rules: \
            missing fields zero-filled, invalid values defaulted, the account type checked last. With go, ts \
            or py, the Swift port of that SDK's reader reads them, bugs included. Exit 1 when the reader \
            gives no value.
            """
    )

    @OptionGroup var reader: ReaderArgument

    @Option(help: "The layout version, e.g. user@v7, device@D13, global_state.")
    var layout: String

    @Flag(help: "One line of JSON instead of indented output.")
    var compact = false

    @Argument(help: "The .bin file (raw account data, or instruction data starting with the tag); a named pipe is read as a stream, for at most 5 s without data.")
    var file: String

    func run() throws {
        let registry = Registry.standard
        let version: LayoutVersion
        do {
            version = try registry.resolve(layout)
        } catch {
            throw ValidationError(error.description)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(file, streamTimeout: 5)
        } catch {
            throw ValidationError(error.description)
        }
        let style: JSONWriter.Style = compact ? .compact : .pretty
        let isValue: Bool
        if reader.sdk == .program {
            // Written as read, element by element: the output never exists whole in memory.
            var writer = JSONStreamWriter(style: style) { try OutputStream.standardOutput.write($0) }
            do {
                isValue = try bytes.withUnsafeBytes { raw in
                    try ProgramDecoder(registry: registry).plan(for: version)
                        .writeDecoded(raw, presentation: ProgramPresentation(registry: registry), to: &writer)
                }
                try writer.finish()
                try OutputStream.standardOutput.write("\n")
            } catch let error as FileError {
                throw ValidationError(error.description)
            }
        } else {
            let result = try ReaderLookup.reader(reader.sdk, registry: registry).read(bytes, as: version)
            print(JSONWriter.render(result, style: style))
            isValue = result["ok"] != nil
        }
        if !isValue {
            throw finding("\(file): \(version.reference) read by \(reader.sdk.rawValue) gives no value")
        }
    }
}
