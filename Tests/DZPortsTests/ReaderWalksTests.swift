import DZLayouts
import DZPorts
import XCTest

final class ReaderWalksTests: XCTestCase {
    /// Worked out once, a walk is what the SDK's facts say for every version of every SDK.
    func testEveryWalkIsTheSDKsReaderFields() {
        let registry = Registry.standard
        for sdk in SDK.allCases {
            let walks = ReaderWalks(registry, sdk: sdk)
            let knowledge = registry.sdk(sdk.rawValue)
            for account in registry.accounts {
                for version in account.versions {
                    let expected = knowledge.readerFields(for: version, in: registry)
                    switch walks.walk(version) {
                    case .success(let walked): XCTAssertEqual(walked.fields, expected, "\(sdk) \(version.reference)")
                    case .failure(let noReader):
                        XCTAssertNil(expected, "\(sdk) \(version.reference)")
                        XCTAssertTrue(noReader.message.contains(account.title), noReader.message)
                    }
                }
            }
        }
    }

    /// A version of the same name with other fields (a gate's edited layout) is walked afresh, not
    /// answered from the registry's.
    func testAnEditedVersionIsWalkedAfresh() throws {
        let walks = ReaderWalks(.standard, sdk: .go)
        var edited = try Registry.standard.resolve("user@v7")
        edited.fields.append(Field("appended", .u8))
        let walked = try walks.walk(edited).get()
        XCTAssertEqual(walked.fields.last?.name, "appended")
    }
}
