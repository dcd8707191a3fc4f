"""The reader facts of layouts.json's `sdks` (docs/reader-contract.md §1): a reader that stops before a
field, lacks one, reads one as another width, defaults a missing one, or has no reader before a version."""

import json
import unittest

import support
import dzspec

FIELDS = [
    {"name": "x", "json": "X", "type": {"kind": "u8"}},
    {"name": "gone", "json": "Gone", "type": {"kind": "u16"}},
    {"name": "flags", "json": "Flags", "type": {"kind": "u32"}},
    {"name": "cap", "json": "Cap", "type": {"kind": "u16"}},
    {"name": "tail", "json": "Tail", "type": {"kind": "u8"}},
]
DOCUMENT = {
    "schema": "dzcompat-layouts/1",
    "limits": {"max_expanded_copies": 4, "py": {
        "memory_budget_bytes": 1000, "element_bytes": 280, "rebuilt_element_bytes": 280, "slot_bytes": 8,
        "growth": "python_append"}},
    "enums": {},
    "accounts": [
        {"name": "a", "title": "A", "kind": "account", "versions": [
            {"id": "v0", "fields": FIELDS[:1], "rules": []},
            {"id": "v1", "fields": FIELDS, "rules": []},
        ]},
        {"name": "b", "title": "B", "kind": "account", "versions": [{"id": "v0", "fields": FIELDS[:1], "rules": []}]},
    ],
    "sdks": [{"id": "py", "name": "Python", "enums": {}, "readers": {"a": {
        "first_version": "v1", "defaults": {"cap": 1}, "retyped": {"flags": {"kind": "u8"}},
        "stops_before": "tail", "lacks": ["gone"]}}}],
}


class ReaderFacts(unittest.TestCase):
    def setUp(self):
        dzspec.load(json.dumps(DOCUMENT))

    def tearDown(self):
        dzspec.load(support.LAYOUTS_PATH.read_text(encoding="utf-8"))

    def answer(self, layout, hex_data):
        return json.loads(dzspec.decode_line(layout, bytes.fromhex(hex_data)))

    def test_no_reader(self):
        self.assertEqual(self.answer("a@v0", "07"),
                         {"error": {"class": "NoReader", "message": "the Python SDK has no reader for A"}})
        self.assertEqual(self.answer("b@v0", "07"),
                         {"error": {"class": "NoReader", "message": "the Python SDK has no reader for B"}})

    def test_lacked_retyped_and_stopped_fields(self):
        # gone is not read, flags is one byte, cap reads its two bytes, tail is never reached.
        self.assertEqual(self.answer("a@v1", "0102030405ff"), {"ok": {"x": 1, "flags": 2, "cap": 1027}})

    def test_default_when_the_bytes_are_missing(self):
        self.assertEqual(self.answer("a@v1", "0102"), {"ok": {"x": 1, "flags": 2, "cap": 1}})
        self.assertEqual(self.answer("a@v1", "010203"), {"ok": {"x": 1, "flags": 2, "cap": 1}})


if __name__ == "__main__":
    unittest.main()
