/// One Rust file of the program: its path relative to the directory imported, and its text.
public struct RustSourceFile: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Every item of every file, indexed by name.
struct RustProgram {
    var structs: [String: [RustStruct]] = [:]
    var enums: [String: [RustEnum]] = [:]
    var aliases: [String: (type: RustType, location: SourceLocation)] = [:]
    var constants: [String: String] = [:]
    var readers: [String: RustReaderImpl] = [:]
    var handWrittenDeserializers: [String: SourceLocation] = [:]
    var defaultImpls: [String: (variant: String?, location: SourceLocation)] = [:]
    /// `enum …Instruction` of `instructions.rs`: the variant index is the instruction's tag.
    var instructionEnums: [RustEnum] = []

    init(_ files: [RustSourceFile]) throws(RustParseError) {
        for file in files.sorted(by: { $0.path < $1.path }) {
            let items = try RustParser.parse(file.text, file: file.path)
            for item in items.structs { structs[item.name, default: []].append(item) }
            for item in items.enums { enums[item.name, default: []].append(item) }
            for alias in items.aliases where aliases[alias.name] == nil { aliases[alias.name] = (alias.type, alias.location) }
            for constant in items.constants where constants[constant.name] == nil { constants[constant.name] = constant.value }
            for reader in items.readers where readers[reader.type] == nil { readers[reader.type] = reader }
            for item in items.handWrittenDeserializers where handWrittenDeserializers[item.type] == nil {
                handWrittenDeserializers[item.type] = item.location
            }
            for item in items.defaultImpls where defaultImpls[item.type] == nil { defaultImpls[item.type] = (item.variant, item.location) }
            if file.path == "instructions.rs" || file.path.hasSuffix("/instructions.rs") {
                instructionEnums += items.enums.filter { $0.name.hasSuffix("Instruction") }
            }
        }
    }
}

/// `SetUserBGPStatus` → `set_user_bgp_status`, `GlobalState` → `global_state`: the registry's names.
func snakeCase(_ name: String) -> String {
    let characters = Array(name)
    var result = ""
    for (index, character) in characters.enumerated() {
        if character.isUppercase, index > 0 {
            let previous = characters[index - 1]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                result.append("_")
            }
        }
        result.append(contentsOf: character.lowercased())
    }
    return result
}
