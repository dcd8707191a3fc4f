import ArgumentParser
import DZJSON
import DZRustSource

/// `dzcompat import-rust DIR`: the program's Rust source as layouts JSON.
struct ImportRust: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-rust",
        abstract: "Read a program's Rust source (state/, instructions.rs, processors/) and print its layouts as layouts JSON.",
        discussion: """
            Accounts are the structs whose TryFrom<&[u8]> reader checks an AccountType; instructions are the \
            variants of the `…Instruction` enum of instructions.rs with their argument structs. A field whose \
            reader is hand-written and does not follow the field order takes the registry's definition (named \
            on stderr). A type the importer cannot map is named with its file and line, and nothing is printed.

            Exit codes: 0 success, 2 a type it cannot map, a parse error, or an unknown --account.
            """
    )

    @Argument(help: "The program's src directory (holding state/ and instructions.rs).")
    var directory: String

    @OptionGroup var accounts: RustAccountsArgument

    func run() throws {
        var options = RustImportOptions()
        options.accounts = accounts.accounts
        let imported = try RustSourceInput(directory: directory).load(options)
        print(JSONWriter.render(imported.registry.exportJSON(), style: .pretty))
    }
}

/// The source of `import-rust` and `gate --rust`: read, imported, with the borrowed fields reported.
struct RustSourceInput {
    var directory: String

    /// The files in the directory, imported.
    func load(_ options: RustImportOptions) throws -> RustImport {
        do { return try imported(try RustSourceFile.load(directory: directory), options) } catch { throw ValidationError("\(error)") }
    }

    /// `files` imported, each field taken from the registry named on stderr.
    func imported(_ files: [RustSourceFile], _ options: RustImportOptions) throws(RustImportError) -> RustImport {
        let imported = try RustImporter(options: options).importProgram(files)
        for note in imported.borrowed {
            writeStandardError("dzcompat: \(options.label): hand-written reader, registry definition used: \(note)\n")
        }
        return imported
    }
}
