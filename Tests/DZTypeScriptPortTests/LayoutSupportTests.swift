import DZCodec
import DZLayouts
import DZPorts
import XCTest

/// What the native reader decodes at all: every layout the TS facts list a reader for; nothing else;
/// nothing it has no rule for.
final class LayoutSupportTests: XCTestCase {
    func testEveryLayoutWithAReaderDecodesAndNoOtherDoes() {
        let readers = Registry.standard.sdk("ts").readers
        for account in Registry.standard.accounts {
            for version in account.versions {
                let result = port.decode([], as: version)
                if readers[account.name] != nil {
                    XCTAssertTrue(result.isOK, "\(version.reference): \(result)")
                } else {
                    XCTAssertEqual(result, .error(className: "NoReader", message: "the TypeScript SDK has no reader for \(account.title)"))
                }
            }
        }
    }

    // A layout the native compiler has no rule for is refused for every input, naming the first problem.
    func testUnsupportedTypesAreRefused() throws {
        guard case .vec(.sized(var sized))? = layout("device@v15").field("interfaces")?.type else { return XCTFail("no sized vec") }
        sized.fields = [Field("s", .vec(.string))]
        let cases: [(Field, String)] = [
            (Field("extra", .option(.u8)), "type option is not supported as an account field"),
            (Field("extra", .vec(.vec(.u8))), "type vec is not supported inside a vector"),
            (Field("extra", .enumeration("Nope")), "no TS label table for enum Nope"),
            (Field("extra", .vec(.sized(sized))),
             "type vec is not supported as a segment list element"),
        ]
        for (field, message) in cases {
            var version = layout("user@v7")
            version.fields.append(field)
            XCTAssertEqual(port.decode(try fixture("user"), as: version),
                           .error(className: "Unsupported", message: "user@v7: \(message)"))
        }
    }
}

extension ReaderResult {
    var isOK: Bool { if case .ok = self { true } else { false } }
}
