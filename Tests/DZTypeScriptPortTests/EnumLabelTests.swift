import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import DZTestSupport
import DZTypeScriptPort
import XCTest

/// docs/readers.md §4: TS keeps the raw number and labels it with its `xxxString()` helper, "unknown" where the
/// table has no entry, bugs included.
final class EnumLabelTests: XCTestCase {
    private let presentation = TypeScriptPresentation()

    private func label(_ id: EnumID, _ raw: UInt8) -> String? {
        presentation.enumeration(raw, of: id, field: "f")["label"]?.stringValue
    }

    func testDeviceStatusIsShiftedByOneFromTwoOn() {
        let labels = (0...7).map { label("DeviceStatus", $0) }
        XCTAssertEqual(labels, ["pending (deprecated)", "activated", "deleting", "rejected (deprecated)", "drained",
                                "device-provisioning", "link-provisioning", "unknown"])
    }

    func testUserStatusHasNoLabelForSuspended() {
        XCTAssertEqual(label("UserStatus", 2), "unknown")
        XCTAssertEqual(label("UserStatus", 3), "deleting")
        XCTAssertEqual(label("UserStatus", 8), "out_of_credits")
        XCTAssertEqual(label("UserStatus", 9), "unknown")
    }

    func testUnmappedValuesReadUnknown() {
        XCTAssertEqual(label("UserCYOA", 0), "none")
        XCTAssertEqual(label("UserCYOA", 9), "unknown")
        XCTAssertEqual(label("UserType", 9), "unknown")
        XCTAssertEqual(label("BGPStatus", 7), "unknown")
        XCTAssertEqual(label("DeviceType", 3), "unknown")
        XCTAssertEqual(label("DeviceHealth", 9), "unknown")
        XCTAssertEqual(label("DeviceDesiredStatus", 6), "drained")
        XCTAssertEqual(label("DeviceDesiredStatus", 3), "unknown")
        XCTAssertEqual(label("InterfaceStatus", 9), "unknown")
        XCTAssertEqual(label("LoopbackType", 4), "reserved")  // in the SDK table, not in Rust
        XCTAssertEqual(label("LoopbackType", 7), "unknown")
        XCTAssertEqual(presentation.enumeration(9, of: "InterfaceStatus", field: "f")["value"], .integer(9))
    }

    func testTheAccountTypeIsABareNumber() {
        XCTAssertEqual(presentation.enumeration(7, of: "AccountType", field: "account_type"), .integer(7))
        XCTAssertEqual(presentation.enumeration(1, of: "InterfaceVersion", field: "version"), .integer(1))
    }

    // §8 row 18: an on-chain Drained device (5) is reported as "device-provisioning".
    func testADrainedDeviceRendersAsDeviceProvisioning() throws {
        var bytes = try fixture("device")
        bytes[119] = 5
        XCTAssertEqual(rendered(bytes, "device@v15")?["status"],
                       .object(["value": .integer(5), "label": .string("device-provisioning")]))
    }

    // The SDK's enum test checks every key of enum_strings.json for the enums it maps; so do we.
    func testTheTablesMatchEnumStringsJSON() throws {
        let directory = try referenceDirectory()
        let document = try JSONReader.parse(try FileIO.read("\(directory)/enum_strings.json"), source: "enum_strings.json")
        let names: [String: EnumID] = [
            "UserUserType": "UserType", "CyoaType": "UserCYOA", "UserStatus": "UserStatus",
            "DeviceDeviceType": "DeviceType", "DeviceStatus": "DeviceStatus", "DeviceHealth": "DeviceHealth",
            "DeviceDesiredStatus": "DeviceDesiredStatus", "InterfaceStatus": "InterfaceStatus",
            "InterfaceType": "InterfaceType", "LoopbackType": "LoopbackType",
        ]
        for (sdkName, id) in names {
            let table = try XCTUnwrap(document[sdkName]?.objectValue, sdkName)
            for (key, expected) in table.members {
                XCTAssertEqual(label(id, try XCTUnwrap(UInt8(key))), expected.stringValue, "\(sdkName) \(key)")
            }
        }
    }
}
