import DZJSON
import DZLayouts
@testable import DZRustSource
import XCTest

/// One small Rust-like source per construct, and the layout it imports as.
final class ImportTests: XCTestCase {
    private func widget(_ fields: [(name: String, type: String)], extra: String = "") throws -> (LayoutVersion, Registry) {
        let imported = try importSources(["state/accounttype.rs": accountTypeSource, "state/widget.rs": widgetSource(fields, extra: extra)])
        let account = try XCTUnwrap(imported.registry.account("widget"))
        XCTAssertEqual(account.kind, .account(type: 3))
        XCTAssertEqual(account.title, "Widget")
        return (account.current, imported.registry)
    }

    func testStructFieldsInOrderWithTheirPrimitiveAndProgramTypes() throws {
        let (version, _) = try widget([
            ("account_type", "AccountType"), ("owner", "Pubkey"), ("index", "u128"), ("count", "u16"), ("flag", "bool"),
            ("ip", "std::net::Ipv4Addr"), ("net", "NetworkV4"), ("nets", "NetworkV4List"), ("code", "String"),
            ("keys", "Vec<Pubkey>"), ("maybe", "Option<u64>"), ("slot", "usize"),
        ])
        XCTAssertEqual(version.fields, [
            Field("account_type", .enumeration("AccountType")), Field("owner", .pubkey), Field("index", .u128),
            Field("count", .u16), Field("flag", .bool), Field("ip", .ipv4), Field("net", .networkV4),
            Field("nets", .vec(.networkV4)), Field("code", .string), Field("keys", .vec(.pubkey)),
            Field("maybe", .option(.u64)), Field("slot", .u64),
        ])
    }

    func testReprU8EnumWithExplicitDiscriminantsAndDefault() throws {
        let (version, registry) = try widget([("account_type", "AccountType"), ("status", "WidgetStatus")], extra: """
            #[repr(u8)]
            #[derive(BorshSerialize, BorshDeserialize, Default)]
            #[borsh(use_discriminant = true)]
            pub enum WidgetStatus {
                Pending = 0,
                #[default]
                Active = 1,
                Deleting = 3,
                Gone, // 4: after an explicit one
            }
            """)
        XCTAssertEqual(version.fields[1], Field("status", .enumeration("WidgetStatus")))
        XCTAssertEqual(registry.enumDefinition("WidgetStatus"),
                       EnumDefinition("WidgetStatus", default: 1, [(0, "Pending"), (1, "Active"), (3, "Deleting"), (4, "Gone")]))
        XCTAssertEqual(registry.enumDefinition("AccountType"),
                       EnumDefinition("AccountType", default: 0, [(0, "None"), (1, "Config"), (3, "Widget")]))
    }

    func testWithoutUseDiscriminantBorshWritesTheIndex() throws {
        let (_, registry) = try widget([("account_type", "AccountType"), ("mode", "Mode")], extra: """
            #[derive(BorshSerialize, BorshDeserialize)]
            pub enum Mode { Off = 5, On = 9 }
            impl Default for Mode {
                fn default() -> Self {
                    Mode::On
                }
            }
            """)
        XCTAssertEqual(registry.enumDefinition("Mode"), EnumDefinition("Mode", default: 1, [(0, "Off"), (1, "On")]))
    }

    func testTypeAliasesResolve() throws {
        let (version, _) = try widget([("account_type", "AccountType"), ("peers", "PeerList")], extra: "pub type PeerList = Vec<Peer>;\npub type Peer = Pubkey;")
        XCTAssertEqual(version.fields[1], Field("peers", .vec(.pubkey)))
    }

    /// Borsh writes a tuple as a struct of its elements: the ID allocator's `range: (u16, u16)`.
    func testATupleIsAStructureOfItsElements() throws {
        let (version, _) = try widget([("account_type", "AccountType"), ("range", "(u16, u16)")])
        XCTAssertEqual(version.fields[1], Field("range", .structure([Field("0", .u16), Field("1", .u16)])))
    }

    func testNestedDerivedStructIsAStructure() throws {
        let (version, _) = try widget([("account_type", "AccountType"), ("seats", "Vec<Seat>")], extra: """
            #[derive(BorshSerialize, BorshDeserialize, Default)]
            pub struct Seat {
                pub feed: Pubkey,
                pub max_users: u8,
                pub ends_at: i64,
            }
            """)
        XCTAssertEqual(version.fields[1], Field("seats", .vec(.structure([Field("feed", .pubkey), Field("max_users", .u8), Field("ends_at", .i64)]))))
    }

    func testTaggedEnumWithPayloads() throws {
        let (version, _) = try widget([("account_type", "AccountType"), ("kind", "PassKind")], extra: """
            #[derive(BorshSerialize, BorshDeserialize, Default)]
            pub enum PassKind {
                #[default]
                Prepaid,
                Validator(Pubkey),
                Other(String, String),
                Window { start: u64, end: u64 },
                Flat(FlatConfig),
            }
            #[derive(BorshSerialize, BorshDeserialize, Default)]
            pub struct FlatConfig { pub rate: u64 }
            """)
        guard case .tagged(let element) = version.fields[1].type else { return XCTFail("\(version.fields[1].type)") }
        XCTAssertEqual(element.variants.map(\.tag), [0, 1, 2, 3, 4])
        XCTAssertEqual(element.variants.map(\.name), ["Prepaid", "Validator", "Other", "Window", "Flat"])
        XCTAssertEqual(element.variants[2].fields, [Field("other_0", .string), Field("other_1", .string)])
        XCTAssertEqual(element.variants[3].fields, [Field("start", .u64), Field("end", .u64)])
        XCTAssertEqual(element.variants[4].fields, [Field("rate", .u64)], "a payload that is one struct is its fields")
        XCTAssertEqual(element.fields.map(\.name), ["validator_0", "other_0", "other_1", "start", "end", "rate"])
        XCTAssertEqual(element.unknownTag, .fail)
        XCTAssertEqual(element.minSize, 1, "Prepaid is the tag alone")
    }

    func testReaderErrorHandlingAndDefaults() throws {
        let source = """
            pub const FIRST_ID: u16 = 64512;
            #[derive(BorshSerialize)]
            pub struct Widget {
                pub account_type: AccountType,
                pub admins: Vec<Pubkey>,
                pub limit: u16,
                pub next_id: u16,
                pub ip: Ipv4Addr,
                pub on: bool,
            }
            impl TryFrom<&[u8]> for Widget {
                type Error = ProgramError;
                fn try_from(mut data: &[u8]) -> Result<Self, Self::Error> {
                    let account_type: AccountType = BorshDeserialize::deserialize(&mut data).unwrap_or_default();
                    let admins = deserialize_vec_with_capacity(&mut data)?;
                    let out = Self {
                        account_type,
                        admins,
                        limit: BorshDeserialize::deserialize(&mut data).unwrap_or(1),
                        next_id: BorshDeserialize::deserialize(&mut data).unwrap_or(FIRST_ID),
                        ip: BorshDeserialize::deserialize(&mut data).unwrap_or([0, 0, 0, 0].into()),
                        on: {
                            let raw: u8 = BorshDeserialize::deserialize(&mut data).unwrap_or_default();
                            raw != 0
                        },
                    };
                    if out.account_type != AccountType::Widget { return Err(ProgramError::InvalidAccountData); }
                    Ok(out)
                }
            }
            fn unrelated() -> u8 { 1 }
            """
        let imported = try importSources(["state/accounttype.rs": accountTypeSource, "state/widget.rs": source])
        XCTAssertEqual(imported.registry.account("widget")?.current.fields, [
            Field("account_type", .enumeration("AccountType")), Field("admins", .vec(.pubkey), onError: .propagate, shortCountIsEmpty: true),
            Field("limit", .u16, default: 1), Field("next_id", .u16, default: 64512), Field("ip", .ipv4), Field("on", .bool),
        ])
        XCTAssertTrue(imported.borrowed.isEmpty)
    }

    func testNestedLiteralReadFieldByFieldIsInOrder() throws {
        let source = """
            #[derive(BorshSerialize, Default)]
            pub struct Version { pub major: u32, pub minor: u32 }
            pub struct Widget { pub account_type: AccountType, pub version: Version }
            impl TryFrom<&[u8]> for Widget {
                type Error = ProgramError;
                fn try_from(mut data: &[u8]) -> Result<Self, Self::Error> {
                    let out = Self {
                        account_type: BorshDeserialize::deserialize(&mut data).unwrap_or_default(),
                        version: Version {
                            major: BorshDeserialize::deserialize(&mut data).unwrap_or_default(),
                            minor: BorshDeserialize::deserialize(&mut data).unwrap_or_default(),
                        },
                    };
                    if out.account_type != AccountType::Widget { return Err(ProgramError::InvalidAccountData); }
                    Ok(out)
                }
            }
            """
        let imported = try importSources(["state/accounttype.rs": accountTypeSource, "state/widget.rs": source])
        XCTAssertEqual(imported.registry.account("widget")?.current.fields.dropFirst(), [Field("version_major", .u32), Field("version_minor", .u32)],
                       "Version derives no reader: the account's reader reads it one member at a time, each its own field")
    }

    func testInstructionArgumentsWithIncrementalDefaults() throws {
        let instructions = """
            #[derive(BorshSerialize)]
            pub enum ProgramInstruction {
                Migrate(),
                SetWidgetLimit(SetWidgetLimitArgs), // variant 1
                Retired(),
                StrictArgs(StrictArgs),
            }
            """
        let arguments = """
            #[derive(BorshSerialize, BorshDeserializeIncremental, Clone)]
            pub struct SetWidgetLimitArgs {
                pub limit: u16,
                #[incremental(default = 1)]
                pub seats: u16,
                #[incremental(default = Ipv4Addr::UNSPECIFIED)]
                pub ip: Ipv4Addr,
                #[incremental(default = None)]
                pub note: Option<String>,
            }
            #[derive(BorshSerialize, BorshDeserialize)]
            pub struct StrictArgs { pub value: u64 }
            #[cfg(test)]
            mod tests {
                pub struct Broken { pub x: NotAType }
                #[derive(BorshSerialize, BorshDeserialize)]
                pub struct StrictArgs { pub other: u8 }
            }
            """
        let registry = try importSources(["instructions.rs": instructions, "processors/widget/limit.rs": arguments]).registry
        XCTAssertEqual(registry.accounts.map(\.name), ["migrate", "set_widget_limit", "retired", "strict_args"])
        XCTAssertEqual(registry.accounts.map(\.kind), (0...3).map { .instruction(variant: UInt8($0)) })
        XCTAssertEqual(registry.account("set_widget_limit")?.title, "SetWidgetLimit")
        XCTAssertEqual(registry.account("set_widget_limit")?.current.fields, [
            Field("limit", .u16), Field("seats", .u16, default: 1), Field("ip", .ipv4), Field("note", .option(.string)),
        ])
        XCTAssertEqual(registry.account("migrate")?.current.fields, [])
        XCTAssertEqual(registry.account("strict_args")?.current.fields, [Field("value", .u64, onError: .propagate)],
                       "a derived reader fails the instruction on a missing field; the #[cfg(test)] copy is not read")
    }

    func testSnakeCaseKeepsAcronymsTogether() {
        XCTAssertEqual(snakeCase("SetUserBGPStatus"), "set_user_bgp_status")
        XCTAssertEqual(snakeCase("GlobalState"), "global_state")
        XCTAssertEqual(snakeCase("Deprecated95"), "deprecated95")
    }

    func testTheImportIsValidLayoutsJSONAndDeterministic() throws {
        let files = ["state/accounttype.rs": accountTypeSource,
                     "state/widget.rs": widgetSource([("account_type", "AccountType"), ("keys", "Vec<Pubkey>"), ("maybe", "Option<u8>")])]
        let first = JSONWriter.render(try importSources(files).registry.exportJSON(), style: .pretty)
        XCTAssertEqual(first, JSONWriter.render(try importSources(files).registry.exportJSON(), style: .pretty))
        let decoded = try LayoutsJSONDecoder().decode(Array(first.utf8), file: "import")
        XCTAssertEqual(decoded.accounts, try importSources(files).registry.accounts)
    }

    func testAccountSelection() throws {
        let files = ["state/accounttype.rs": accountTypeSource, "state/widget.rs": widgetSource([("account_type", "AccountType")]),
                     "instructions.rs": "pub enum ProgramInstruction { Noop(), Broken(Unknown) }"]
        XCTAssertEqual(try importSources(files, accounts: ["widget"]).registry.accounts.map(\.name), ["widget"],
                       "an instruction that does not map does not stop another account's import")
        XCTAssertThrowsError(try importSources(files, accounts: ["gadget"])) { error in
            guard case RustImportError.unknownAccount("gadget", let known)? = error as? RustImportError else { return XCTFail("\(error)") }
            XCTAssertEqual(known, ["widget", "noop", "broken"])
        }
    }
}
