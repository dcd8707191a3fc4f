import DZLayouts
import XCTest

/// docs/layouts.md is generated from the registry: every account, version and enum must be in it.
final class LayoutsMarkdownTests: XCTestCase {
    let registry = Registry.standard

    func testEveryVersionIsListedWithItsCommit() {
        let text = registry.markdown()
        for version in registry.allVersions {
            XCTAssertTrue(text.contains("| `\(version.reference)` | \(version.label) | \(version.commit) |"),
                          "\(version.reference) missing from the history tables")
        }
    }

    func testEveryAccountHasOneAnchorAndEveryCurrentFieldARow() {
        let text = registry.markdown()
        for account in registry.accounts {
            let anchor = "<a id=\"\(account.name.replacingOccurrences(of: "_", with: "-"))\"></a>"
            XCTAssertEqual(text.components(separatedBy: anchor).count, 2, "\(account.name): one anchor")
            for field in account.current.fields {
                XCTAssertTrue(text.contains("| `\(field.name)` |"), "\(account.name).\(field.name) has no row")
            }
        }
    }

    func testEveryEnumValueIsListed() {
        let text = registry.markdown()
        for definition in registry.enumDefinitions {
            XCTAssertTrue(text.contains("### \(definition.id.name)\n"), "\(definition.id.name) has no section")
            for entry in definition.cases {
                XCTAssertTrue(text.contains("| \(entry.value) | \(entry.name) |"), "\(definition.id.name).\(entry.name)")
            }
        }
    }

    func testFixedOffsetsStopAtTheFirstVariableWidthField() {
        // User: publishers (a vec) starts at 132; subscribers after it has no fixed offset.
        let text = registry.markdown()
        XCTAssertTrue(text.contains("| 132 | `publishers` |"))
        XCTAssertTrue(text.contains("|  | `subscribers` |"))
    }

    func testTheMinimumSizeColumnComesFromTheCaller() {
        let text = registry.markdown { $0.reference == "user@v0" ? 140 : nil }
        XCTAssertTrue(text.contains("| `user@v0` | U0 | 9b0f071c7 | 2025-06-11 | 140 B |"))
        XCTAssertTrue(text.contains("| `user@v1` | U1 | 6609600a5 | 2025-07-14 |  |"))
    }
}
