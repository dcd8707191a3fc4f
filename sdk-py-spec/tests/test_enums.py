"""docs/readers.md §4: IntEnum at decode, every value 0..255 of every enum field of User and Device."""

import json
import unittest

import support
from dzspec.enums import SDK_CLASSES, SDK_ENUMS

# (layout, fixture, byte offset, Rust enum name, field) for each enum byte of the fixtures.
ACCOUNT_ENUMS = [
    (support.USER, "user", 50, "UserType", "user_type"),
    (support.USER, "user", 115, "UserCYOA", "cyoa_type"),
    (support.USER, "user", 131, "UserStatus", "status"),
    (support.USER, "user", 241, "BGPStatus", "bgp_status"),
    (support.DEVICE, "device", 114, "DeviceType", "device_type"),
    (support.DEVICE, "device", 119, "DeviceStatus", "status"),
    (support.DEVICE, "device", 316, "DeviceHealth", "device_health"),
    (support.DEVICE, "device", 317, "DeviceDesiredStatus", "desired_status"),
]
# The same for the first legacy interface of device.bin (a V2 element at 212).
INTERFACE_ENUMS = [
    (213, "InterfaceStatus", "status"),
    (227, "InterfaceType", "interface_type"),
    (228, "InterfaceCYOA", "interface_cyoa"),
    (229, "InterfaceDIA", "interface_dia"),
    (230, "LoopbackType", "loopback_type"),
    (249, "RoutingMode", "routing_mode"),
]


def patched(name, offset, value):
    data = bytearray(support.fixture(name))
    data[offset] = value
    return bytes(data)


class EveryValue(support.DecodeCase):
    def check(self, layout, name, offset, rust, pick):
        class_name, labels = SDK_ENUMS[rust]
        for value in range(256):
            with self.subTest(enum=rust, value=value):
                result = support.decode(layout, patched(name, offset, value))
                if value in labels:
                    self.assertEqual(pick(result["ok"]), {"value": value, "label": labels[value]})
                else:
                    self.assertEqual(result, {"error": {
                        "class": "ValueError", "message": f"{value} is not a valid {class_name}"}})

    def test_account_enums(self):
        for layout, name, offset, rust, field in ACCOUNT_ENUMS:
            self.check(layout, name, offset, rust, lambda value, field=field: value[field])

    def test_interface_enums(self):
        for offset, rust, field in INTERFACE_ENUMS:
            self.check(support.DEVICE, "device", offset, rust,
                       lambda value, field=field: value["deprecated_interfaces"][0][field])

    def test_account_type_is_a_bare_int(self):
        for value in range(256):
            self.assertEqual(self.ok(support.USER, patched("user", 0, value))["account_type"], value)


class Tables(unittest.TestCase):
    def test_labels_agree_with_enum_strings_json(self):
        # enum_strings.json records the SDK's own (shifted) table; 99 is unknown, which Python raises on.
        recorded = json.loads((support.reference_dir() / "enum_strings.json").read_text())
        for entry in SDK_ENUMS.values():
            if entry is None or entry[0] not in recorded:
                continue
            class_name, labels = entry
            with self.subTest(enum=class_name):
                expected = {int(key): label for key, label in recorded[class_name].items() if key != "99"}
                self.assertEqual(labels, expected)

    def test_every_layouts_enum_has_a_python_mapping(self):
        self.assertEqual(set(support.LAYOUTS["enums"]), set(SDK_ENUMS))

    def test_device_status_is_shifted_from_two_on(self):
        status = SDK_CLASSES["DeviceStatus"]
        self.assertEqual([str(status(value)) for value in range(7)], [
            "pending (deprecated)", "activated", "deleting", "rejected (deprecated)", "drained",
            "device-provisioning", "link-provisioning"])
        with self.assertRaisesRegex(ValueError, "^7 is not a valid DeviceStatus$"):
            status(7)

    def test_user_status_two_is_missing(self):
        with self.assertRaisesRegex(ValueError, "^2 is not a valid UserStatus$"):
            SDK_CLASSES["UserStatus"](2)
        self.assertEqual(str(SDK_CLASSES["UserStatus"](3)), "deleting")

    def test_classes_are_real_int_enums(self):
        for cls in SDK_CLASSES.values():
            self.assertTrue(all(isinstance(member, int) for member in cls))


if __name__ == "__main__":
    unittest.main()
