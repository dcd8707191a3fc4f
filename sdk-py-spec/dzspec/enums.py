"""The Python SDK's IntEnum classes, built from the "py" entry of layouts.json's `sdks`
(docs/reader-contract.md §1) as real IntEnums, so that an unknown value raises Python's own
`ValueError("N is not a valid <Class>")`, and `str(member)` gives the SDK's label through an
overridden `__str__`.

`install(sdk)` fills `SDK_ENUMS` (Rust enum name -> (SDK class name, {value: str(member)}), or None
where the SDK keeps the byte as a bare int) and `SDK_CLASSES` in place, once per `dzspec.load`.
"""

import re
from enum import IntEnum

SDK_ENUMS = {}
SDK_CLASSES = {}


def _member_name(label):
    return re.sub(r"[^A-Z0-9]+", "_", label.upper()).strip("_")


def _build(class_name, labels):
    cls = IntEnum(class_name, [(_member_name(label) + f"_{value}", value) for value, label in labels.items()])
    cls.__str__ = lambda member: labels[member._value_]
    return cls


def install(sdk):
    """Replace the tables with the enums of one `sdks` entry of layouts.json."""
    entries = {}
    for rust, form in sdk["enums"].items():
        if form["form"] == "number":
            entries[rust] = None
        elif form["form"] == "labelled" and form["unlisted"]["kind"] == "raise":
            entries[rust] = (form["type"], {value: label for value, label in form["labels"]})
        else:
            raise ValueError(f"enum {rust}: the Python SDK has only bare ints and raising IntEnums")
    SDK_ENUMS.clear()
    SDK_ENUMS.update(entries)
    SDK_CLASSES.clear()
    SDK_CLASSES.update((rust, _build(*entry)) for rust, entry in entries.items() if entry is not None)
