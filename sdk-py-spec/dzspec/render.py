"""The decoded-value JSON form of reader-contract.md §3, for values the Python SDK model produces.

Renderers are compiled once per type and produce JSON text directly, so one decode costs one pass.
"""

import json
import struct

from .accounts import LayoutError, Run, sdk_enum

_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# Two base58 digits per division halves the big-int work.
_PAIRS = [a + b for a in _ALPHABET for b in _ALPHABET]
_PAIR_BASE = len(_PAIRS)
# Sweeps and fixtures repeat the same keys over and over; bounded so memory stays flat.
_BASE58_CACHE = {}
_BASE58_CACHE_SIZE = 1 << 16


def base58(key):
    text = _BASE58_CACHE.get(key)
    if text is None:
        number = int.from_bytes(key, "big")
        pairs = []
        while number:
            number, digit = divmod(number, _PAIR_BASE)
            pairs.append(_PAIRS[digit])
        zeros = len(key) - len(key.lstrip(b"\0"))
        text = "1" * zeros + "".join(reversed(pairs)).lstrip("1")
        if len(_BASE58_CACHE) >= _BASE58_CACHE_SIZE:
            _BASE58_CACHE.clear()
        _BASE58_CACHE[key] = text
    return text


def _pubkey(key):
    return f'"{base58(key)}"'


def _ipv4(ip):
    return f'"{ip[0]}.{ip[1]}.{ip[2]}.{ip[3]}"'


def _networkv4(net):
    # Address and prefix exactly as stored: the SDK keeps the raw 5 bytes.
    return f'"{net[0]}.{net[1]}.{net[2]}.{net[3]}/{net[4]}"'


def _decimal(number):
    return f'"{number}"'


def _f64(number):
    return '"%016x"' % struct.unpack("<Q", struct.pack("<d", number))[0]


def _bool(flag):
    return "true" if flag else "false"


def _string(text):
    return f'"{text.encode("utf-8").hex()}"'


_LEAVES = {
    "u8": str, "u16": str, "u32": str,
    "u64": _decimal, "i64": _decimal, "u128": _decimal,
    "f64": _f64, "bool": _bool, "pubkey": _pubkey, "ipv4": _ipv4, "networkv4": _networkv4,
    "string": _string,
}


def _enum(name):
    cls = sdk_enum(name)
    if cls is None:
        return str
    fragments = {
        member.value: json.dumps({"value": member.value, "label": str(member)}, separators=(",", ":"))
        for member in cls
    }
    return fragments.__getitem__


def _object(members):
    """An object with `members` ((name, type) pairs) in order."""
    parts = [(json.dumps(name) + ":", name, renderer(typ)) for name, typ in members]

    def render(value):
        return "{" + ",".join(prefix + render_member(value[name]) for prefix, name, render_member in parts) + "}"

    return render


def _fields(fields):
    return [(field["name"], field["type"]) for field in fields]


_U8 = {"kind": "u8"}
_U16 = {"kind": "u16"}


def renderer(typ):
    """A function from a value of `typ` to its JSON text."""
    kind = typ["kind"]
    if kind in _LEAVES:
        return _LEAVES[kind]
    if kind == "enum":
        return _enum(typ["enum"])
    if kind == "vec":
        render_element = renderer(typ["element"])

        def render_item(item):
            if type(item) is Run:
                return '{"repeat":' + str(item.count) + ',"element":' + render_element(item.element) + "}"
            return render_element(item)

        return lambda items: "[" + ",".join(map(render_item, items)) + "]"
    if kind == "struct":
        return _object(_fields(typ["fields"]))
    if kind == "tagged":
        return _object([("version", _U8)] + _fields(typ["fields"]))
    if kind == "sized":
        return _object([("size", _U16), ("version", _U8)] + _fields(typ["fields"]))
    raise LayoutError(f"no rendering for a {kind}")


def error(cls, message):
    return json.dumps({"error": {"class": cls, "message": message}})


def fatal(kind):
    return json.dumps({"fatal": kind})


def out_of_memory(needed):
    return json.dumps({"fatal": "out of memory", "bytes": str(needed)})
