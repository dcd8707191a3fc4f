"""A published SDK release as a dzcompat reader: the release's own `from_bytes` for each account type it
has a class for, its result rendered in the decoded-value form (docs/reader-contract.md §3).

Each release is installed in its own directory (`make setup`), and every release imports the same package
names (`serviceability`, `borsh_incremental`). `load` imports one release with only its directory on the
path and then takes its modules out of `sys.modules`, so that the next release imports its own copy; the
modules keep working through the references their functions hold.
"""

import dataclasses
import enum
import importlib
import json
import os
import struct
import sys

# The package names every release brings; imported afresh for each release.
_RELEASE_PACKAGES = ("serviceability", "borsh_incremental")
# The result of a layout, or of an account type, the release has no reader for.
_UNSUPPORTED = '{"unsupported":%s}'


class _Runaway(Exception):
    """The release built more elements in one account than the contract's element limit."""


def _dumps(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _import_state(directory):
    """`serviceability.state` of the release in `directory`, isolated from every other release."""
    directory = os.path.abspath(directory)
    saved = {name: sys.modules.pop(name) for name in list(sys.modules) if name.split(".")[0] in _RELEASE_PACKAGES}
    sys.path.insert(0, directory)
    try:
        state = importlib.import_module("serviceability.state")
    finally:
        sys.path.remove(directory)
        for name in [name for name in sys.modules if name.split(".")[0] in _RELEASE_PACKAGES]:
            del sys.modules[name]
        sys.modules.update(saved)
    if not os.path.abspath(state.__file__).startswith(directory + os.sep):
        raise ImportError(f"serviceability.state came from {state.__file__}, not from {directory}")
    return state


class Release:
    """One installed release. `decode_line(layout, data)` never raises."""

    def __init__(self, directory, name, layouts_json_text, config_json_text):
        """`config`: {"attributes": {account: {release attribute: layout field}}, "reads": {account: version id}}."""
        layouts = json.loads(layouts_json_text)
        config = json.loads(config_json_text)
        self.name = name
        self.element_limit = layouts["limits"]["element_limit"]
        self.state = _import_state(directory)
        # Account classes: dataclasses with a `from_bytes`, named like the registry's account titles.
        readers = {
            name: cls for name, cls in vars(self.state).items()
            if isinstance(cls, type) and dataclasses.is_dataclass(cls) and callable(getattr(cls, "from_bytes", None))
        }
        self.classes = sorted(readers)
        self._elements = 0
        self._bound_element_readers()
        # Per account, whatever version a request names: the release reads with its own code, and its answer
        # is written with the layout it was written for (`reads`; the current one when not listed).
        self.accounts = {}
        for account in layouts["accounts"]:
            if account["kind"] != "account":
                self.accounts[account["name"]] = _UNSUPPORTED % _dumps(f"{name} does not read instructions ({account['title']})")
            elif account["title"] not in readers:
                self.accounts[account["name"]] = _UNSUPPORTED % _dumps(f"{name} has no reader for {account['title']} accounts")
            else:
                wanted = config["reads"].get(account["name"])
                version = next((v for v in account["versions"] if v["id"] == wanted), account["versions"][-1])
                renamed = {field: attribute for attribute, field in config["attributes"].get(account["name"], {}).items()}
                cls = readers[account["title"]]
                self.accounts[account["name"]] = (cls, _account_renderer(cls, version["fields"], renamed))

    def _bound_element_readers(self):
        """Every `from_reader` of the release (the elements of a list whose count the account gives) counts
        the elements of one decode, and past the element limit stops it: the real release would build
        them until it hangs or runs out of memory (docs/reader-contract.md §3, limits)."""
        release = self
        for cls in vars(self.state).values():
            original = isinstance(cls, type) and cls.__dict__.get("from_reader")
            if not isinstance(original, classmethod):
                continue
            function = original.__func__

            def bounded(cls, reader, _function=function):
                release._elements += 1
                if release._elements > release.element_limit:
                    raise _Runaway()
                return _function(cls, reader)

            cls.from_reader = classmethod(bounded)

    def decode_line(self, layout, data):
        entry = self.accounts.get(layout.partition("@")[0])
        if entry is None:
            return _UNSUPPORTED % _dumps(f"{self.name} has no reader for {layout.partition('@')[0]}")
        if isinstance(entry, str):
            return entry
        cls, render = entry
        self._elements = 0
        try:
            value = cls.from_bytes(data)
        except _Runaway:
            return '{"fatal":"hang"}'
        except MemoryError:
            return '{"fatal":"out of memory"}'
        except Exception as error:  # every exception the release raises is its answer
            return '{"error":{"class":%s,"message":%s}}' % (_dumps(type(error).__name__), _dumps(str(error)))
        return '{"ok":' + render(value) + "}"


def load(directory, name, layouts_json_text, config_json_text):
    return Release(directory, name, layouts_json_text, config_json_text)


# --- Rendering, compiled once per layout field: the layout type says how a number or bytes are written (a
# u64 is a decimal string, 4 bytes an IPv4 address); the release's own Python value says the rest (an
# IntEnum member or a bare int, which object fields it has).

_DECIMAL = frozenset(("u64", "i64", "u128"))


def _f64(value):
    return '"%016x"' % struct.unpack("<Q", struct.pack("<d", value))[0]


def _bytes(kind):
    if kind == "ipv4":
        return lambda value: '"%d.%d.%d.%d"' % tuple(value) if len(value) == 4 else f'"{value.hex()}"'
    if kind == "networkv4":
        return lambda value: '"%d.%d.%d.%d/%d"' % tuple(value) if len(value) == 5 else f'"{value.hex()}"'
    return lambda value: f'"{value.hex()}"'


def _renderer(typ):
    """A function from what the release holds for a value of layout type `typ` to its JSON text."""
    kind = typ["kind"]
    leaf = {
        "u64": lambda value: f'"{value}"', "i64": lambda value: f'"{value}"', "u128": lambda value: f'"{value}"',
        "f64": _f64, "bool": lambda value: "true" if value else "false",
        "string": lambda value: f'"{value.encode("utf-8").hex()}"',
        "ipv4": _bytes("ipv4"), "networkv4": _bytes("networkv4"),
    }.get(kind)
    if kind == "vec":
        element = _renderer(typ["element"])
        render = lambda items: "[" + ",".join(map(element, items)) + "]"
    elif kind in ("struct", "tagged", "sized"):
        render = _element_renderer(_element_fields(typ))
    else:
        render = leaf
    labels = {}

    def any_value(value):
        if value is None:
            return "null"
        if isinstance(value, enum.IntEnum):
            text = labels.get(value)
            if text is None:
                text = labels[value] = _dumps({"value": int(value), "label": str(value)})
            return text
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return f'"{value}"' if kind in _DECIMAL else str(value)
        if render is not None:
            return render(value)
        if isinstance(value, bytes):
            return f'"{value.hex()}"'
        return _dumps(str(value))  # solders' Pubkey: str() is base58

    # The common cases first, without the generic dispatch.
    if kind == "pubkey":
        return lambda value: f'"{value}"' if value is not None else "null"
    if kind in ("u8", "u16", "u32") or kind in _DECIMAL or kind == "enum":
        def number(value):
            if value.__class__ is int:
                return f'"{value}"' if kind in _DECIMAL else str(value)
            return any_value(value)
        return number
    return any_value


def _element_fields(typ):
    fields = list(typ.get("fields", []))
    if typ["kind"] == "tagged":
        return [{"name": "version", "type": {"kind": "u8"}}] + fields
    if typ["kind"] == "sized":
        return [{"name": "size", "type": {"kind": "u16"}}, {"name": "version", "type": {"kind": "u8"}}] + fields
    return fields


def _object_renderer(cls, fields, renamed):
    """The layout's fields that objects of the release's `cls` have (by name, or by their own name in
    `renamed`), in layout order."""
    present = {field.name for field in dataclasses.fields(cls)}
    parts = []
    for field in fields:
        attribute = renamed.get(field["name"], field["name"])
        if attribute in present:
            parts.append((_dumps(field["name"]) + ":", attribute, _renderer(field["type"])))

    def render(value):
        return "{" + ",".join(key + render_one(getattr(value, attribute)) for key, attribute, render_one in parts) + "}"

    return render


def _element_renderer(fields):
    """List elements: the release's class is known only from its values."""
    by_class = {}

    def render(value):
        render_one = by_class.get(value.__class__)
        if render_one is None:
            render_one = by_class[value.__class__] = _object_renderer(value.__class__, fields, {})
        return render_one(value)

    return render


def _account_renderer(cls, fields, renamed):
    return _object_renderer(cls, fields, renamed)
