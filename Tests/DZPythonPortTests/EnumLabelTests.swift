import DZCodec
import DZFileIO
import DZFixtures
import DZJSON
import DZLayouts
import DZPythonPort
import DZTestSupport
import XCTest

/// docs/readers.md §4: every enum byte goes through the SDK's IntEnum at decode, so an unknown value raises
/// `N is not a valid <Class>`; labels are `str(member)`, bugs included.
final class EnumLabelTests: XCTestCase {
    private let presentation = PythonPresentation()

    private func label(_ raw: UInt8, _ id: EnumID) -> JSONValue {
        presentation.enumeration(raw, of: id, field: "f")
    }

    func testDeviceStatusLabelsAreShiftedByOneFromTwo() {
        let expected = ["pending (deprecated)", "activated", "deleting", "rejected (deprecated)", "drained",
                        "device-provisioning", "link-provisioning"]
        for (value, text) in expected.enumerated() {
            XCTAssertEqual(label(UInt8(value), "DeviceStatus"), enumValue(Int64(value), text))
        }
    }

    func testDrainedDeviceReadsAsDeviceProvisioningAndLinkProvisioningRaises() throws {
        let current = try fixture("device")
        XCTAssertEqual(ok(patched(current, at: 119, [5]), device)["status"], enumValue(5, "device-provisioning"))
        assertRaises(patched(current, at: 119, [7]), device, "ValueError", "7 is not a valid DeviceStatus")
    }

    func testUserStatusLacksSuspendedDeprecated() throws {
        let current = try fixture("user")
        assertRaises(patched(current, at: 131, [2]), user, "ValueError", "2 is not a valid UserStatus")
        XCTAssertEqual(ok(patched(current, at: 131, [3]), user)["status"], enumValue(3, "deleting"))
        XCTAssertEqual(ok(patched(current, at: 131, [8]), user)["status"], enumValue(8, "out_of_credits"))
        assertRaises(patched(current, at: 131, [9]), user, "ValueError", "9 is not a valid UserStatus")
    }

    func testUnknownValuesRaiseWithTheSDKClassName() throws {
        let userBytes = try fixture("user")
        for (offset, raw, className) in [(50, 4, "UserUserType"), (115, 6, "CyoaType"), (241, 3, "BGPStatus")] {
            assertRaises(patched(userBytes, at: offset, [UInt8(raw)]), user, "ValueError", "\(raw) is not a valid \(className)")
        }
        let deviceBytes = try fixture("device")
        for (offset, raw, className) in [(114, 3, "DeviceDeviceType"), (316, 5, "DeviceHealth"), (317, 2, "DeviceDesiredStatus")] {
            assertRaises(patched(deviceBytes, at: offset, [UInt8(raw)]), device, "ValueError",
                         "\(raw) is not a valid \(className)")
        }
        // The first interface's status, type, cyoa, dia, loopback and routing mode (V2 body from 213).
        for (offset, raw, className) in [(213, 7, "InterfaceStatus"), (227, 3, "InterfaceType"), (228, 6, "InterfaceCYOA"),
                                         (229, 2, "InterfaceDIA"), (230, 5, "LoopbackType"), (249, 2, "RoutingMode")] {
            assertRaises(patched(deviceBytes, at: offset, [UInt8(raw)]), device, "ValueError",
                         "\(raw) is not a valid \(className)")
        }
    }

    func testLabelsOfTheOtherClasses() {
        XCTAssertEqual(label(0, "UserCYOA"), enumValue(0, "none"))
        XCTAssertEqual(label(5, "InterfaceCYOA"), enumValue(5, "gre_over_cable"))
        XCTAssertEqual(label(4, "LoopbackType"), enumValue(4, "reserved"), "the SDK's own member, absent in Rust")
        XCTAssertEqual(label(6, "DeviceDesiredStatus"), enumValue(6, "drained"))
        XCTAssertEqual(label(1, "UserType"), enumValue(1, "ibrl_with_allocated_ip"))
        XCTAssertEqual(label(2, "DeviceHealth"), enumValue(2, "ready_for_links"))
        XCTAssertEqual(label(5, "InterfaceStatus"), enumValue(5, "rejecting"))
        XCTAssertEqual(label(1, "RoutingMode"), enumValue(1, "bgp"))
    }

    func testAccountTypeIsABareUncheckedInt() throws {
        XCTAssertEqual(label(200, "AccountType"), .integer(200))
        XCTAssertEqual(ok(patched(try fixture("user"), at: 0, [0]), user)["account_type"], .integer(0))
        XCTAssertEqual(ok(patched(try fixture("device"), at: 0, [7]), device)["account_type"], .integer(7))
        XCTAssertEqual(ok(Array(try fixture("device")[..<1]), user)["account_type"], .integer(5))
    }

    func testLabelsMatchEnumStringsJSON() throws {
        // The SDK's enum test: every member's str() equals enum_strings.json (values it cannot build are skipped).
        let text = try JSONReader.parse(try FileIO.read("\(try referenceDirectory())/enum_strings.json"), source: "enum_strings.json")
        let classes: [(String, EnumID)] = [
            ("DeviceDeviceType", "DeviceType"), ("DeviceStatus", "DeviceStatus"), ("DeviceHealth", "DeviceHealth"),
            ("DeviceDesiredStatus", "DeviceDesiredStatus"), ("InterfaceStatus", "InterfaceStatus"),
            ("InterfaceType", "InterfaceType"), ("LoopbackType", "LoopbackType"), ("UserUserType", "UserType"),
            ("CyoaType", "UserCYOA"), ("UserStatus", "UserStatus"),
        ]
        var compared = 0
        for (className, id) in classes {
            let table = try XCTUnwrap(text[className]?.objectValue, className)
            for member in table.members {
                guard let raw = UInt8(member.key), case .object(let rendered) = label(raw, id),
                      rendered["label"] != JSONValue.null else { continue }
                XCTAssertEqual(rendered["label"], member.value, "\(className) \(raw)")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 45)
    }
}
