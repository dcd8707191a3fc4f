"""The reference fixtures decode to the values in their .json (docs/readers.md §9), field by field."""

import json
import unittest

import support

FIXTURES = {
    "user": support.USER,
    "global_state": support.GLOBAL_STATE,
    "device": support.DEVICE,
    "device_legacy": support.DEVICE,
    "device_future_version": support.DEVICE,
}

# Where the SDK legitimately differs from the fixture JSON, which states the Rust program's view.
SDK_DIFFERENCES = {
    # The SDK rebuilds by copying the V1 element (mtu 0); Rust widens V1 with mtu 9000 (docs/readers.md §3.3).
    ("device_legacy", "NewInterface0Mtu"): "0",
}

_U8 = {"kind": "u8"}
_U16 = {"kind": "u16"}


def element_fields(typ):
    """The fields of a vec element, with the header fields the decoded object carries first."""
    header = {
        "tagged": [("version", "Version", _U8)],
        "sized": [("size", "Size", _U16), ("version", "Version", _U8)],
    }.get(typ["kind"], [])
    return [{"name": name, "json": key, "type": kind} for name, key, kind in header] + typ["fields"]


def text(typ, value):
    """A decoded JSON value in the fixture's string form."""
    kind = typ["kind"]
    if kind == "enum":
        return str(value["value"] if isinstance(value, dict) else value)
    if kind == "string":
        return bytes.fromhex(value).decode("utf-8")
    if kind == "bool":
        return "true" if value else "false"
    return str(value)


def flatten(fields, value, prefix, out):
    """Fixture names (`Interface0Name`, `FeedPksLen`) for every decoded value."""
    for field in fields:
        typ, item = field["type"], value[field["name"]]
        if typ["kind"] != "vec":
            out[prefix + field["json"]] = text(typ, item)
            continue
        out[prefix + field["json"] + "Len"] = str(len(item))
        element = typ["element"]
        element_prefix = prefix + field.get("json_element", field["json"])
        for index, entry in enumerate(item):
            if element["kind"] in ("struct", "tagged", "sized"):
                flatten(element_fields(element), entry, f"{element_prefix}{index}", out)
            else:
                out[f"{element_prefix}{index}"] = text(element, entry)
    return out


class ReferenceFixtures(support.DecodeCase):
    def test_every_fixture_value(self):
        directory = support.reference_dir()
        for name, layout in FIXTURES.items():
            expected = json.loads((directory / f"{name}.json").read_text())
            decoded = flatten(support.version(layout)["fields"], self.ok(layout, support.fixture(name)), "", {})
            for entry in expected["fields"]:
                with self.subTest(fixture=name, field=entry["name"]):
                    self.assertIn(entry["name"], decoded)
                    want = SDK_DIFFERENCES.get((name, entry["name"]), entry["value"])
                    self.assertEqual(decoded[entry["name"]], want)

    def test_the_listed_differences_are_real(self):
        for (name, field), value in SDK_DIFFERENCES.items():
            expected = json.loads((support.reference_dir() / f"{name}.json").read_text())
            self.assertNotEqual({entry["name"]: entry["value"] for entry in expected["fields"]}[field], value)


if __name__ == "__main__":
    unittest.main()
