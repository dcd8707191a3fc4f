@testable import DZLayouts
import XCTest

/// The SDK facts of the registry (docs/reader-contract.md §1 `sdks`): complete where a reader needs them,
/// and `readerFields` applies each kind of fact.
final class SDKKnowledgeTests: XCTestCase {
    private let registry = Registry.standard

    private func enums(in type: FieldType) -> [EnumID] {
        switch type {
        case .enumeration(let id): [id]
        case .vec(let element), .option(let element): enums(in: element)
        case .structure(let fields): fields.flatMap { enums(in: $0.type) }
        case .tagged(let element): element.fields.flatMap { enums(in: $0.type) }
        case .sized(let element): element.fields.flatMap { enums(in: $0.type) }
        default: []
        }
    }

    /// Every enum of every account an SDK reads has that SDK's form; every reader names an account and
    /// fields of it.
    func testEverySDKCoversWhatItReads() {
        XCTAssertEqual(registry.sdks.map(\.id), ["go", "ts", "py"])
        for sdk in registry.sdks {
            for (name, reader) in sdk.readers {
                guard let account = registry.account(name) else { XCTFail("\(sdk.id): no account \(name)"); continue }
                let names = Set(account.versions.flatMap { $0.fields.map(\.name) })
                let named = Array(reader.defaults.keys) + Array(reader.retyped.keys) + reader.lacks + [reader.stopsBefore].compactMap { $0 }
                for field in named { XCTAssertTrue(names.contains(field), "\(sdk.id) \(name): no field \(field)") }
                for version in account.versions {
                    for id in version.fields.flatMap({ enums(in: $0.type) }) {
                        XCTAssertNotNil(sdk.enums[id], "\(sdk.id): no form for \(id) (\(version.reference))")
                    }
                }
            }
        }
    }

    /// No SDK reads an instruction: every instruction has no reader in every SDK.
    func testNoSDKReadsAnInstruction() {
        for sdk in registry.sdks {
            for account in registry.accounts {
                guard case .instruction = account.kind else { continue }
                for version in account.versions { XCTAssertNil(sdk.readerFields(for: version, in: registry), version.reference) }
            }
        }
    }

    func testReaderFieldsApplyEachFact() {
        let fields = [Field("x", .u8), Field("gone", .u16), Field("flags", .u32), Field("cap", .u16), Field("tail", .u8)]
        let versions = [
            LayoutVersion(account: "a", id: "v0", label: "A0", commit: "", date: "", summary: "", fields: Array(fields.prefix(1)), rules: []),
            LayoutVersion(account: "a", id: "v1", label: "A1", commit: "", date: "", summary: "", fields: fields, rules: []),
        ]
        let reader = AccountReader(firstVersion: "v1", defaults: ["cap": 1], retyped: ["flags": .u8],
                                   stopsBefore: "tail", lacks: ["gone"])
        let sdk = SDKKnowledge(id: "go", name: "Go", enums: [:], readers: ["a": reader])
        let custom = Registry(accounts: [AccountLayouts(name: "a", title: "A", kind: .account(type: 1), versions: versions)],
                              enums: [], sdks: [sdk])
        XCTAssertNil(sdk.readerFields(for: versions[0], in: custom), "before first_version")
        let walked = sdk.readerFields(for: versions[1], in: custom)
        XCTAssertEqual(walked?.map(\.name), ["x", "flags", "cap"])
        XCTAssertEqual(walked?[1].type, .u8)
        XCTAssertEqual(reader.defaultValue(of: "cap"), 1)
        XCTAssertNil(reader.defaultValue(of: "x"))
        XCTAssertEqual(sdk.noReaderMessage("A"), "the Go SDK has no reader for A")
        // A reader without deviations walks the very same fields.
        XCTAssertEqual(AccountReader.asProgram.apply(to: fields), fields)
    }

    /// Facts carried across a layout change follow renamed fields, drop removed ones, and a reader that
    /// stopped after a field stops right after it, even with a field inserted behind it.
    func testFactsFollowTheFieldsAcrossAChange() {
        let reader = AccountReader(defaults: ["b": 7, "gone": 1], retyped: ["c": .u8], stopsBefore: "c", lacks: ["gone"])
        let old = ["a", "b", "gone", "c", "d"]
        let counterpart = ["a": "a", "b": "b2", "c": "c", "d": "d"]
        let carried = reader.carried(by: counterpart, from: old, to: ["a", "b2", "inserted", "c", "d"])
        XCTAssertEqual(carried.defaults, ["b2": 7])
        XCTAssertEqual(carried.retyped, ["c": .u8])
        XCTAssertEqual(carried.lacks, [])
        XCTAssertEqual(carried.stopsBefore, "inserted")
        // Everything after the last field read went: it reads to the end.
        XCTAssertNil(reader.carried(by: ["a": "a", "b": "b"], from: old, to: ["a", "b"]).stopsBefore)
        // The last field it read went too: it stops after the one before that.
        XCTAssertEqual(reader.carried(by: ["a": "a", "c": "c"], from: old, to: ["a", "c"]).stopsBefore, "c")
    }
}
