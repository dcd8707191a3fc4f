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
import operator
import os
import struct
import sys

# The package names every release brings; imported afresh for each release.
_RELEASE_PACKAGES = ("serviceability", "borsh_incremental")
# The result of a layout, or of an account type, the release has no reader for.
_UNSUPPORTED = '{"unsupported":%s}'


class _Runaway(Exception):
    """The release built more elements in one account than the runner lets it (max_expanded_copies)."""


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
        """`config`: {"attributes": {account: {release attribute: [layout field]}}, "reads": {account: version id}}.
        An attribute may be a dotted path (`version.major`), and a field `name.member` a member of the tagged
        field `name` that the release holds flat (`name.version` is its tag)."""
        layouts = json.loads(layouts_json_text)
        config = json.loads(config_json_text)
        self.name = name
        self.element_limit = layouts["limits"]["max_expanded_copies"]
        self.state = _import_state(directory)
        # Account classes: dataclasses with a `from_bytes`, named like the registry's account titles.
        readers = {
            name: cls for name, cls in vars(self.state).items()
            if isinstance(cls, type) and dataclasses.is_dataclass(cls) and callable(getattr(cls, "from_bytes", None))
        }
        self.classes = sorted(readers)
        titles = {account["name"]: account["title"] for account in layouts["accounts"]}
        for account in config["reads"]:
            if titles.get(account) not in readers:
                raise ValueError(f"releases.json: {name} reads {account}, but the release has no class for it")
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
                # releases.json names the version of every class the release has; a class it does not name
                # is an error of the catalogue, not a guess.
                wanted = config["reads"].get(account["name"])
                version = next((v for v in account["versions"] if v["id"] == wanted), None)
                if version is None:
                    raise ValueError(f"releases.json: {name} has a {account['title']} class but reads names no "
                                     f"version of {account['name']} for it (it names {wanted!r})")
                renamed = {field: attribute for attribute, fields in config["attributes"].get(account["name"], {}).items()
                           for field in fields}
                cls = readers[account["title"]]
                self.accounts[account["name"]] = (cls, _account_renderer(cls, version["fields"], renamed))

    def _bound_element_readers(self):
        """Every `from_reader` of the release (the elements of a list whose count the account gives) counts
        the elements of one decode, and past max_expanded_copies stops it: the release runs for real, and
        would take as much of the machine's memory as the count asks (docs/reader-contract.md §5)."""
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
            return _UNSUPPORTED % _dumps(
                f"{self.name} built more than {self.element_limit} elements; the runner does not run it further")
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
    `renamed`, a dotted path into a nested object), in layout order; a tagged field the release holds
    flat is gathered from its members' attributes."""
    present = {field.name for field in dataclasses.fields(cls)}
    parts = []
    for field in fields:
        attribute = renamed.get(field["name"], field["name"])
        if attribute.split(".")[0] in present:
            get, render_one = operator.attrgetter(attribute), _renderer(field["type"])
            parts.append((_dumps(field["name"]) + ":", lambda value, get=get, render_one=render_one: render_one(get(value))))
        elif field["type"]["kind"] == "tagged" and renamed.get(field["name"] + ".version") in present:
            parts.append((_dumps(field["name"]) + ":", _flat_tagged_renderer(field, renamed, present)))

    def render(value):
        return "{" + ",".join(key + render_one(value) for key, render_one in parts) + "}"

    return render


# What the program holds for a member of a tagged value that its tag's variant does not have.
_ZERO = {"pubkey": "11111111111111111111111111111111", "string": "", "ipv4": bytes(4), "networkv4": bytes(5),
         "bool": False, "f64": 0.0}


def _flat_tagged_renderer(field, renamed, present):
    """A tagged field the release holds as a tag attribute and one attribute per variant member (AccessPass's
    `access_pass_type_tag` and `associated_pubkey`): `version` is the tag, each member of the tag's variant
    the attribute mapped to it, every other member the program's zero."""
    typ, prefix = field["type"], field["name"] + "."
    tag_attribute = renamed[prefix + "version"]
    variants = {variant["tag"]: {member["name"] for member in variant["fields"]} for variant in typ["variants"]}
    members = []
    for member in typ["fields"]:
        attribute = renamed.get(prefix + member["name"])
        render_one = _renderer(member["type"])
        members.append((member["name"], _dumps(member["name"]) + ":", attribute if attribute in present else None,
                        render_one, render_one(_ZERO.get(member["type"]["kind"], 0))))

    def render(value):
        tag = int(getattr(value, tag_attribute))
        own = variants.get(tag, ())
        return "{" + ",".join(['"version":%d' % tag] + [
            key + (render_one(getattr(value, attribute)) if attribute and name in own else zero)
            for name, key, attribute, render_one, zero in members]) + "}"

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
