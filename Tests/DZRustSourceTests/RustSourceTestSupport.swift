import DZLayouts
import DZRustSource
import XCTest

/// The AccountType enum every test program declares: `Widget` is type 3.
let accountTypeSource = """
    #[repr(u8)]
    #[derive(BorshSerialize, BorshDeserialize, Default, Clone)]
    #[borsh(use_discriminant = true)]
    pub enum AccountType {
        #[default]
        None = 0,
        Config = 1,
        Widget = 3,
    }
    """

/// A `Widget` account: the struct, and a reader that reads each field in order with `unwrap_or_default`.
func widgetSource(_ fields: [(name: String, type: String)], extra: String = "") -> String {
    let declared = fields.map { "    pub \($0.name): \($0.type)," }.joined(separator: "\n")
    let reads = fields.map { "            \($0.name): BorshDeserialize::deserialize(&mut data).unwrap_or_default()," }.joined(separator: "\n")
    return """
        use borsh::{BorshDeserialize, BorshSerialize};

        #[derive(BorshSerialize, Debug, Clone)]
        pub struct Widget {
        \(declared)
        }

        impl TryFrom<&[u8]> for Widget {
            type Error = ProgramError;

            fn try_from(mut data: &[u8]) -> Result<Self, Self::Error> {
                let out = Self {
        \(reads)
                };
                if out.account_type != AccountType::Widget {
                    return Err(ProgramError::InvalidAccountData);
                }
                Ok(out)
            }
        }
        \(extra)
        """
}

/// Imports `files` (path → text) with an empty fallback registry unless one is given.
func importSources(_ files: [String: String], registry: Registry = Registry(accounts: [], enums: []),
                   accounts: [String]? = nil) throws -> RustImport {
    var options = RustImportOptions()
    options.registry = registry
    options.accounts = accounts
    return try RustImporter(options: options).importProgram(files.map { RustSourceFile(path: $0.key, text: $0.value) })
}

/// The refusals of an import that must fail.
func refusals(_ files: [String: String], registry: Registry = Registry(accounts: [], enums: []),
              file: StaticString = #filePath, line: UInt = #line) -> [RustRefusal] {
    do {
        _ = try importSources(files, registry: registry)
        XCTFail("the import succeeded", file: file, line: line)
    } catch RustImportError.refused(let refusals) {
        return refusals
    } catch {
        XCTFail("not a refusal: \(error)", file: file, line: line)
    }
    return []
}
