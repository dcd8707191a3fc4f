import DZFileIO
import DZFixtures
import DZGoPort
import DZJSON
import DZLayouts
import DZTestSupport
import XCTest

/// docs/readers.md §4: the Go SDK's String() per value, its panics, and the fields it keeps as bare uint8.
final class GoEnumLabelTests: XCTestCase {
    private let presentation = GoPresentation()

    private func label(_ enumName: EnumID, _ raw: UInt8) -> String? {
        presentation.enumeration(raw, of: enumName, field: "")["label"]?.stringValue
    }

    func testGoSpecificLabels() {
        XCTAssertEqual(label("UserCYOA", 0), "unknown", "TS and Python say none")
        XCTAssertEqual(label("UserStatus", 2), "suspended (deprecated)")
        XCTAssertEqual(label("UserStatus", 3), "deleted", "TS and Python say deleting")
        XCTAssertEqual(label("UserStatus", 9), "unknown")
        XCTAssertEqual(label("DeviceHealth", 5), "DeviceHealth(5)")
        XCTAssertEqual(label("DeviceDesiredStatus", 3), "unknown")
        XCTAssertEqual(label("DeviceDesiredStatus", 6), "drained")
    }

    /// Go follows Rust for DeviceStatus; TS and Python shift every label from 2 on.
    func testDeviceStatusIsNotShifted() {
        let expected = ["pending (deprecated)", "activated", "unknown", "deleting", "rejected (deprecated)", "drained",
                        "device-provisioning", "link-provisioning", "unknown"]
        XCTAssertEqual((0...8).map { label("DeviceStatus", $0) }, expected)
    }

    /// Array-indexed String() methods panic past their table.
    func testArrayBackedTypesPanicPastTheirTable() {
        let firstPanic: [(EnumID, UInt8)] = [
            ("UserType", 4), ("UserCYOA", 6), ("DeviceType", 3), ("InterfaceStatus", 7), ("InterfaceType", 3),
            ("LoopbackType", 5), ("InterfaceCYOA", 6), ("InterfaceDIA", 2), ("RoutingMode", 2),
        ]
        for (id, raw) in firstPanic {
            XCTAssertNotEqual(label(id, raw - 1), "<panic>", "\(id) \(raw - 1)")
            XCTAssertEqual(label(id, raw), "<panic>", "\(id) \(raw)")
            XCTAssertEqual(label(id, 255), "<panic>", "\(id) 255")
        }
    }

    func testBareUint8FieldsPrintAsNumbers() {
        for id: EnumID in ["AccountType", "BGPStatus", "InterfaceVersion"] {
            XCTAssertEqual(presentation.enumeration(7, of: id, field: ""), .integer(7), "\(id)")
        }
        let user = decoded(fixture("user"), "user@v7")
        XCTAssertEqual(user["bgp_status"], json("1"))
        XCTAssertEqual(user["account_type"], json("7"))
        XCTAssertEqual(user["status"], json(#"{"value": 1, "label": "activated"}"#))
    }

    /// Against upstream enum_strings.json, Go differs exactly where docs/readers.md §4.2 says it does.
    func testDifferencesFromEnumStringsJSON() throws {
        let document = try JSONReader.parse(try FileIO.read("\(try referenceDirectory())/enum_strings.json"), source: "enum_strings")
        let goTypes: [String: EnumID] = [
            "DeviceDeviceType": "DeviceType", "DeviceStatus": "DeviceStatus", "DeviceHealth": "DeviceHealth",
            "DeviceDesiredStatus": "DeviceDesiredStatus", "InterfaceStatus": "InterfaceStatus",
            "InterfaceType": "InterfaceType", "LoopbackType": "LoopbackType", "UserUserType": "UserType",
            "CyoaType": "UserCYOA", "UserStatus": "UserStatus",
        ]
        var differences: Set<String> = []
        for (goType, id) in goTypes {
            for member in try XCTUnwrap(document[goType]?.objectValue).members {
                let raw = try XCTUnwrap(UInt8(member.key))
                if label(id, raw) != member.value.stringValue { differences.insert("\(goType) \(raw) \(label(id, raw) ?? "-")") }
            }
        }
        XCTAssertEqual(differences, [
            "CyoaType 0 unknown",
            "DeviceStatus 2 unknown", "DeviceStatus 3 deleting", "DeviceStatus 4 rejected (deprecated)",
            "DeviceStatus 5 drained", "DeviceStatus 6 device-provisioning",
            "UserStatus 3 deleted",
            "DeviceHealth 99 DeviceHealth(99)",
            "CyoaType 99 <panic>", "DeviceDeviceType 99 <panic>", "InterfaceStatus 99 <panic>",
            "InterfaceType 99 <panic>", "LoopbackType 99 <panic>", "UserUserType 99 <panic>",
        ])
    }
}
