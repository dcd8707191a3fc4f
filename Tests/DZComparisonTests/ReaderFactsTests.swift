import DZComparison
import DZJSON
@testable import DZLayouts
import DZPorts
import XCTest

/// Each port applies the registry's reader facts (docs/reader-contract.md §1 `sdks`), as its native spec
/// reader does with the same facts from layouts.json (TestReaderFacts in sdk-go-spec, facts.test.ts,
/// test_reader_facts.py use the same account and bytes).
final class ReaderFactsTests: XCTestCase {
    private let fields = [Field("x", .u8), Field("gone", .u16), Field("flags", .u32), Field("cap", .u16), Field("tail", .u8)]

    private func registry() -> Registry {
        let versions = [
            LayoutVersion(account: "a", id: "v0", label: "A0", commit: "", date: "", summary: "", fields: Array(fields.prefix(1)), rules: []),
            LayoutVersion(account: "a", id: "v1", label: "A1", commit: "", date: "", summary: "", fields: fields, rules: []),
        ]
        var bVersion = versions[0]
        bVersion.account = "b"
        let reader = AccountReader(firstVersion: "v1", defaults: ["cap": 1], retyped: ["flags": .u8],
                                   stopsBefore: "tail", lacks: ["gone"])
        return Registry(
            accounts: [
                AccountLayouts(name: "a", title: "A", kind: .account(type: 1), versions: versions),
                AccountLayouts(name: "b", title: "B", kind: .account(type: 2), versions: [bVersion]),
            ],
            enums: [],
            sdks: SDKKnowledge.standard.map { SDKKnowledge(id: $0.id, name: $0.name, enums: [:], readers: ["a": reader]) })
    }

    func testEveryPortAppliesTheFacts() throws {
        let registry = registry()
        let a = try XCTUnwrap(registry.account("a")), b = try XCTUnwrap(registry.account("b"))
        for sdk in SDK.allCases {
            let port = sdk.port(registry: registry)
            func answer(_ version: LayoutVersion, _ bytes: [UInt8]) -> String {
                JSONWriter.render(port.decodeToJSON(bytes, as: version), style: .compact)
            }
            let name = registry.sdk(sdk.rawValue).name
            XCTAssertEqual(answer(a.versions[0], [7]), #"{"error":{"class":"NoReader","message":"the \#(name) SDK has no reader for A"}}"#)
            XCTAssertEqual(answer(b.versions[0], [7]), #"{"error":{"class":"NoReader","message":"the \#(name) SDK has no reader for B"}}"#)
            // gone is not read, flags is one byte, cap reads its two bytes, tail is never reached.
            XCTAssertEqual(answer(a.versions[1], [1, 2, 3, 4, 5, 0xFF]), #"{"ok":{"x":1,"flags":2,"cap":1027}}"#, sdk.rawValue)
            // cap's bytes are missing: the SDK's default, not 0.
            XCTAssertEqual(answer(a.versions[1], [1, 2]), #"{"ok":{"x":1,"flags":2,"cap":1}}"#, sdk.rawValue)
            XCTAssertEqual(answer(a.versions[1], [1, 2, 3]), #"{"ok":{"x":1,"flags":2,"cap":1}}"#, sdk.rawValue)
        }
    }
}
