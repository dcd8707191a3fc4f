"""Shared test setup: dzspec importable and loaded with the repository's layouts.json, the reference
fixtures, and a decode helper that returns the parsed JSON line."""

import functools
import json
import os
import sys
import unittest
from pathlib import Path

READER_DIR = Path(__file__).resolve().parents[1]
REPO_ROOT = READER_DIR.parent
sys.path.insert(0, str(READER_DIR))

import dzspec  # noqa: E402  (needs the path above)

LAYOUTS_PATH = REPO_ROOT / "fixtures" / "layouts.json"
LAYOUTS = json.loads(LAYOUTS_PATH.read_text(encoding="utf-8"))
dzspec.load(LAYOUTS_PATH.read_text(encoding="utf-8"))

USER = "user@v7"
GLOBAL_STATE = "global_state@v7"
# Today's Device is the highest version: the one with the trailing size-prefixed vec.
DEVICE = next(
    f"device@{account['versions'][-1]['id']}" for account in LAYOUTS["accounts"] if account["name"] == "device"
)


def decode(layout, data):
    """The parsed JSON line dzspec answers for `data` read as `layout`."""
    return json.loads(dzspec.decode_line(layout, bytes(data)))


def version(layout):
    """The layouts.json entry of `account@vN`."""
    account_name, version_id = layout.split("@")
    account = next(account for account in LAYOUTS["accounts"] if account["name"] == account_name)
    return next(entry for entry in account["versions"] if entry["id"] == version_id)


def reader(layout):
    """The Python SDK's reader of the account of `account@vN` (layouts.json `sdks`)."""
    sdk = next(entry for entry in LAYOUTS["sdks"] if entry["id"] == "py")
    return sdk["readers"][layout.split("@")[0]]


def reference_dir():
    """The upstream reference fixtures in the tree (Tests/ReferenceFixtures), or DZCOMPAT_REFERENCE_DIR.
    Missing: a failure, never a skip."""
    path = Path(os.environ.get("DZCOMPAT_REFERENCE_DIR", REPO_ROOT / "Tests" / "ReferenceFixtures"))
    if not path.is_dir():
        raise AssertionError(f"reference fixtures not found at {path}")
    return path


_FIXTURES = {}


def fixture(name):
    """The bytes of a reference fixture (`user`, `device`, …)."""
    if name not in _FIXTURES:
        _FIXTURES[name] = (reference_dir() / f"{name}.bin").read_bytes()
    return _FIXTURES[name]


class DecodeCase(unittest.TestCase):
    """Assertions on decode outcomes."""

    def ok(self, layout, data):
        result = decode(layout, data)
        self.assertIn("ok", result, result)
        return result["ok"]

    def raises(self, layout, data, cls, message):
        self.assertEqual(decode(layout, data), {"error": {"class": cls, "message": message}})

    def out_of_memory(self, layout, data, needed):
        self.assertEqual(decode(layout, data), {"fatal": "out of memory", "bytes": str(needed)})
