import DZLayouts
import DZRustSource
import XCTest

/// What the importer will not map: named with file and line, never guessed.
final class RefusalTests: XCTestCase {
    private func widgetRefusals(_ fields: [(name: String, type: String)], extra: String = "") -> [String] {
        refusals(["state/accounttype.rs": accountTypeSource, "state/widget.rs": widgetSource(fields, extra: extra)]).map(\.description)
    }

    func testAnUnknownTypeIsNamedWithFileAndLine() {
        // Line 6 of widgetSource is the first field.
        XCTAssertEqual(widgetRefusals([("account_type", "AccountType"), ("gauge", "Gauge")]), [
            "state/widget.rs:6: widget.gauge: unknown type Gauge: not declared in the source and not a type the importer knows",
        ])
    }

    func testTypesWithoutARegistryFieldTypeAreRefused() {
        let refused = widgetRefusals([
            ("account_type", "AccountType"), ("hash", "[u8; 32]"), ("pair", "(u16, i32)"), ("small", "i32"), ("map", "HashMap<u8, u8>"),
        ])
        XCTAssertEqual(refused.count, 4)
        XCTAssertTrue(refused[0].hasPrefix("state/widget.rs:6: widget.hash: fixed array [u8; 32] has no registry field type"), refused[0])
        XCTAssertTrue(refused[1].hasPrefix("state/widget.rs:7: widget.pair.1: unknown type i32"), refused[1])
        XCTAssertTrue(refused[2].hasPrefix("state/widget.rs:8: widget.small: unknown type i32"), refused[2])
        XCTAssertTrue(refused[3].hasPrefix("state/widget.rs:9: widget.map: generic type HashMap<u8, u8>"), refused[3])
    }

    func testAnEnumWithoutADefaultOrANestedStructWithoutAReaderIsRefused() {
        let refused = widgetRefusals([("account_type", "AccountType"), ("mode", "Mode"), ("inner", "Inner")], extra: """
            #[derive(BorshSerialize, BorshDeserialize)]
            pub enum Mode { Off, On }
            #[derive(Clone)]
            pub struct Inner { pub a: u8 }
            """)
        XCTAssertEqual(refused, [
            "state/widget.rs:26: widget.mode: enum Mode has no #[default] variant or `impl Default` naming one",
            "state/widget.rs:28: widget.inner: Inner has no Borsh reader the importer knows (derive(BorshDeserialize), derive(BorshDeserializeIncremental) or TryFrom<&[u8]>)",
        ])
    }

    func testADefaultTheImporterCannotReadIsRefused() {
        let source = widgetSource([("account_type", "AccountType"), ("limit", "u16")])
            .replacingOccurrences(of: "limit: BorshDeserialize::deserialize(&mut data).unwrap_or_default()",
                                  with: "limit: BorshDeserialize::deserialize(&mut data).unwrap_or(compute_limit())")
        XCTAssertEqual(refusals(["state/accounttype.rs": accountTypeSource, "state/widget.rs": source]).map(\.description),
                       ["state/widget.rs:15: widget.limit: default `compute_limit()` is not a literal the importer reads"])
    }

    func testASyntaxErrorIsAParseErrorWithFileAndLine() {
        XCTAssertThrowsError(try importSources(["state/bad.rs": "pub struct Broken {\n    pub a u8,\n}"])) { error in
            XCTAssertEqual("\(error)", "cannot parse state/bad.rs:2: expected ':', found 'u8'")
        }
    }

    // MARK: Hand-written readers

    /// A reader that computes `interfaces` instead of reading it, and an element type with its own
    /// BorshDeserialize: Device's shape.
    private let handWritten = """
        pub struct Port { pub mtu: u16 }
        impl borsh::BorshDeserialize for Port {
            fn deserialize_reader<R: borsh::io::Read>(reader: &mut R) -> borsh::io::Result<Self> { todo!() }
        }
        pub struct Widget {
            pub account_type: AccountType,
            pub legacy_ports: Vec<Port>,
            pub count: u16,
            pub ports: Vec<u8>,
        }
        impl TryFrom<&[u8]> for Widget {
            type Error = ProgramError;
            fn try_from(mut data: &[u8]) -> Result<Self, Self::Error> {
                let account_type: AccountType = BorshDeserialize::deserialize(&mut data).unwrap_or_default();
                let legacy_ports: Vec<Port> = BorshDeserialize::deserialize(&mut data).unwrap_or_default();
                let count: u16 = BorshDeserialize::deserialize(&mut data).unwrap_or_default();
                let trailing: Vec<u8> = BorshDeserialize::deserialize(&mut data).unwrap_or_default();
                let ports = if trailing.is_empty() { rebuild(&legacy_ports) } else { trailing };
                let out = Self { account_type, legacy_ports, count, ports };
                if out.account_type != AccountType::Widget { return Err(ProgramError::InvalidAccountData); }
                Ok(out)
            }
        }
        """

    func testAHandWrittenReaderTakesTheRegistryDefinitionAndSaysSo() throws {
        let version = LayoutVersion(
            account: "widget", id: "v0", label: "W0", commit: "", date: "", summary: "",
            fields: [Field("account_type", .enumeration("AccountType")), Field("legacy_ports", .vec(.u16), json: "Ports"),
                     Field("count", .u16), Field("ports", .vec(.structure([Field("mtu", .u16)])))],
            rules: [.rebuildInterfaces(legacy: "legacy_ports", trailing: "ports")])
        let registry = Registry(accounts: [AccountLayouts(name: "widget", title: "Widget", kind: .account(type: 3), versions: [version])],
                                enums: [EnumDefinition("AccountType", default: 0, [(0, "None")])])
        let imported = try importSources(["state/accounttype.rs": accountTypeSource, "state/widget.rs": handWritten], registry: registry)
        let account = try XCTUnwrap(imported.registry.account("widget"))
        XCTAssertEqual(account.current.fields, [Field("account_type", .enumeration("AccountType"))] + version.fields[1...3],
                       "count is read in order and imported; the other two are the registry's")
        XCTAssertEqual(account.current.rules, version.rules)
        XCTAssertEqual(imported.borrowed.map(\.description), [
            "state/widget.rs:2: widget.legacy_ports: Port has a hand-written BorshDeserialize (state/widget.rs:2): the registry's widget@v0 definition is used",
            "state/widget.rs:18: widget.ports: computed, not read from the account data: the registry's widget@v0 definition is used",
        ])
    }

    func testAHandWrittenReaderWithoutARegistryDefinitionIsRefused() {
        XCTAssertEqual(refusals(["state/accounttype.rs": accountTypeSource, "state/widget.rs": handWritten]).map(\.description), [
            "state/widget.rs:2: widget.legacy_ports: Port has a hand-written BorshDeserialize (state/widget.rs:2); it needs the registry's own definition, and the registry has no widget.legacy_ports",
            "state/widget.rs:18: widget.ports: computed, not read from the account data; it needs the registry's own definition, and the registry has no widget.ports",
        ])
    }

    func testAReaderOutOfTheStructOrderIsHandWritten() {
        let source = widgetSource([("account_type", "AccountType"), ("a", "u8"), ("b", "u16")])
            .replacingOccurrences(of: "            a: BorshDeserialize::deserialize(&mut data).unwrap_or_default(),\n            b:",
                                  with: "            b: BorshDeserialize::deserialize(&mut data).unwrap_or_default(),\n            a:")
        XCTAssertEqual(refusals(["state/accounttype.rs": accountTypeSource, "state/widget.rs": source]).map(\.description), [
            "state/widget.rs:16: widget.b: b is read out of the struct's field order; it needs the registry's own definition, and the registry has no widget.b",
        ])
    }
}
