"""The Python SDK's account decoders (docs/readers.md §3), driven by a layout version from layouts.json.

A layout version is compiled once into readers that walk its fields in order with the
DefensiveReader, as `User.from_bytes`, `Device.from_bytes`, `GlobalState.from_bytes` do; any version
is read the way a release of the SDK that knew it would. Values are the SDK's: ints, bytes for keys and
addresses, str, IntEnum members, lists, and dicts for elements.
"""

from .enums import SDK_CLASSES, SDK_ENUMS
from .reader import DefensiveReader, OutOfMemory, StrictReader


class LayoutError(Exception):
    """layouts.json holds something the Python SDK model has no rule for."""


def _bytes_reader(width):
    return lambda reader: reader.read_bytes(width)


# kind -> (width, DefensiveReader read, StrictReader read, zero value)
_LEAVES = {
    "u8": (1, DefensiveReader.read_u8, StrictReader.read_u8, 0),
    "bool": (1, DefensiveReader.read_bool, StrictReader.read_bool, False),
    "u16": (2, DefensiveReader.read_u16, StrictReader.read_u16, 0),
    "u32": (4, DefensiveReader.read_u32, StrictReader.read_u32, 0),
    "u64": (8, DefensiveReader.read_u64, StrictReader.read_u64, 0),
    "i64": (8, DefensiveReader.read_i64, StrictReader.read_i64, 0),
    "f64": (8, DefensiveReader.read_f64, StrictReader.read_f64, 0.0),
    "u128": (16, DefensiveReader.read_u128, StrictReader.read_u128, 0),
    "pubkey": (32, _bytes_reader(32), _bytes_reader(32), bytes(32)),
    "ipv4": (4, _bytes_reader(4), _bytes_reader(4), bytes(4)),
    "networkv4": (5, _bytes_reader(5), _bytes_reader(5), bytes(5)),
}

# Device trailing-vec mismatch: the SDK's own wording, whatever the fields are called (docs/readers.md §3.3).
MISMATCH = "Device interfaces length {} != deprecated_interfaces length {}"


def sdk_enum(name):
    """The SDK class for a Rust enum name, or None where the SDK keeps a bare int."""
    if name not in SDK_ENUMS:
        raise LayoutError(f"no Python SDK class is known for enum {name}")
    return SDK_CLASSES.get(name)


def default_value(typ):
    """The value a field keeps when the SDK does not read it (dataclass default)."""
    kind = typ["kind"]
    if kind in _LEAVES:
        return _LEAVES[kind][3]
    if kind == "enum":
        cls = sdk_enum(typ["enum"])
        return 0 if cls is None else cls(0)
    if kind == "string":
        return ""
    if kind == "vec":
        return []
    header = {"tagged": ("version",), "sized": ("size", "version")}.get(kind, ())
    element = dict.fromkeys(header, 0)
    element.update((field["name"], default_value(field["type"])) for field in typ["fields"])
    return element


def walked_fields(reader, fields):
    """The fields the SDK's reader walks: it stops before one, lacks others, reads some as another type."""
    walked = []
    for field in fields:
        if field["name"] == reader.get("stops_before"):
            break
        if field["name"] in reader.get("lacks", ()):
            continue
        retyped = reader.get("retyped", {}).get(field["name"])
        walked.append(field if retyped is None else dict(field, type=retyped))
    return walked


def _defaulted(typ, value):
    """`r.read_u16() if r.remaining >= 2 else 1`: the SDK's own default when the bytes are missing."""
    if typ["kind"] not in _LEAVES:
        raise LayoutError(f"a default on a {typ['kind']} field")
    width, read = _LEAVES[typ["kind"]][:2]
    return lambda reader: read(reader) if reader.remaining() >= width else value


def _halves(typ):
    """`lo = r.read_u64(); hi = r.read_u64()`: a u128 in two halves, the low one read where the high
    one is not."""
    if typ["kind"] != "u128":
        raise LayoutError(f"halves on a {typ['kind']} field")

    def read(reader):
        low = reader.read_u64()
        return low | (reader.read_u64() << 64)

    return read


class Run:
    """`count` copies of one element inside a list: a fast-forwarded run of defaults longer than
    max_expanded_copies, rendered as {"repeat": count, "element": …} (reader-contract.md §3)."""

    __slots__ = ("element", "count")

    def __init__(self, element, count):
        self.element = element
        self.count = count


def element_count(items):
    return sum(item.count if type(item) is Run else 1 for item in items)


def unguarded(reader, count, read_one):
    """`count` rounds of `read_one` with no guard, as the SDK runs them.

    Once a round consumes nothing, every later round gives the same result, so they are not run (a
    long loop, not a hang): returns the results of the rounds run and how many more copies of the last
    one the SDK would make.
    """
    results = []
    for index in range(count):
        start = reader.offset
        results.append(read_one(reader))
        if reader.offset == start:
            return results, count - index - 1
    return results, 0


def appended_capacity(count):
    """CPython 3.11 list.append's growth: (n + n // 8 + 6) rounded down to a multiple of 4."""
    capacity = 0
    while capacity < count:
        capacity = (capacity + 1 + (capacity + 1) // 8 + 6) & ~3
    return capacity


def charge(reader, model, size):
    """Charges a list to the process: past the budget it dies, having needed the total."""
    reader.live += size
    if reader.live > model["memory_budget_bytes"]:
        raise OutOfMemory(reader.live)


class Layout:
    """One `account@version` compiled into its reading steps."""

    __slots__ = ("type", "steps")

    def __init__(self, fields, steps):
        self.type = {"kind": "struct", "fields": fields}
        self.steps = steps

    def decode(self, data):
        """`X.from_bytes(data)`: the record, or the SDK's ValueError, or Fatal."""
        reader = DefensiveReader(data)
        record = {}
        for name, read, coupled in self.steps:
            record[name] = read(reader, record) if coupled else read(reader)
        return record


class Compiler:
    """Builds the reading steps of layout versions under the contract's limits."""

    def __init__(self, limits):
        self.max_copies = limits["max_expanded_copies"]
        self.memory = limits["py"]
        if self.memory.get("growth") != "python_append":
            raise LayoutError("limits.py.growth must be python_append")

    def layout(self, version, reader):
        """`version` as the SDK's `reader` of its account walks it (layouts.json `sdks`)."""
        rules = {rule["rule"]: rule for rule in version.get("rules", [])}
        coupling = rules.get("rebuild_interfaces")
        fields = walked_fields(reader, version["fields"])
        defaults = reader.get("defaults", {})
        steps = []
        for field in fields:
            if coupling is not None and field["name"] == coupling["trailing"]:
                read = self._trailing(field["type"], coupling["legacy"])
                steps.append((field["name"], read, True))
            elif field["name"] in defaults:
                steps.append((field["name"], _defaulted(field["type"], defaults[field["name"]]), False))
            elif field["name"] in reader.get("halves", ()):
                steps.append((field["name"], _halves(field["type"]), False))
            elif field["type"]["kind"] == "tagged":
                # An enum with payloads as an account field: its bodies are read like account fields.
                unknown = reader.get("unknown_tags", {}).get(field["name"])
                steps.append((field["name"], self._tagged(field["type"], "field", unknown), False))
            else:
                steps.append((field["name"], self.reader(field["type"], "field"), False))
        return Layout(fields, steps)

    def reader(self, typ, context):
        """A defensive reader for `typ`. `context` is where it sits: "field" (account or struct
        field), "sized" (trailing interface body) or "tagged" (legacy interface body); vectors of
        elements follow different loops in each (docs/readers.md §3.3)."""
        kind = typ["kind"]
        if kind in _LEAVES:
            return _LEAVES[kind][1]
        if kind == "string":
            return DefensiveReader.read_string
        if kind == "enum":
            return self._enum(typ["enum"])
        if kind == "vec":
            return self._vec(typ["element"], context)
        if kind == "struct" and context == "field":
            return self._struct(typ["fields"], context)
        raise LayoutError(f"the Python SDK has no reader for a {kind} in this position")

    def _enum(self, name):
        cls = sdk_enum(name)
        if cls is None:
            return DefensiveReader.read_u8
        members = cls._value2member_map_

        def read(reader):
            value = reader.read_u8()
            member = members.get(value)
            # The SDK wraps the byte in its IntEnum at decode: an unknown value raises right here.
            return member if member is not None else cls(value)

        return read

    def _struct(self, fields, context):
        reads = [(field["name"], self.reader(field["type"], context)) for field in fields]
        return lambda reader: {name: read(reader) for name, read in reads}

    def _vec(self, element, context):
        kind = element["kind"]
        if context == "field":
            if kind in _LEAVES:
                width, _, strict_read, _ = _LEAVES[kind]
                return lambda reader: reader.read_vec(strict_read, width)
            if kind == "tagged":
                return self._interface_list(self._tagged(element, "tagged"))
            if kind == "struct":
                return self._interface_list(self._struct(element["fields"], context))
        if kind == "struct" and context == "sized":
            return self._guarded_segments(element)
        if kind == "struct" and context == "tagged":
            return self._discarded_segments(element)
        raise LayoutError(f"the Python SDK has no reader for a vec of {kind} in a {context}")

    def _interface_list(self, read_element):
        """Device (legacy) interfaces: a defensive u32 count, then that many elements read
        defensively, with no guard on the count (docs/readers.md §3.3 step A). A huge count makes the SDK
        build default elements until the list is done or the process has no memory left."""
        max_copies, model = self.max_copies, self.memory

        def read(reader):
            count = reader.read_u32()
            items, repeats = unguarded(reader, count, read_element)
            if repeats + 1 > max_copies:
                items[-1] = Run(items[-1], repeats + 1)
            else:
                items.extend(dict(items[-1]) for _ in range(repeats))
            charge(reader, model, count * model["element_bytes"] + appended_capacity(count) * model["slot_bytes"])
            return items

        return read

    def _tagged(self, typ, context, unknown=None):
        """One tagged element whose bodies sit in `context` (a legacy interface: "tagged"; an account
        field: "field"): the tag, then that variant's body; an unknown tag reads nothing more and is
        reported as `unknown` when that is given (AccessPassTypeTag's PREPAID fallback)."""
        defaults = default_value(typ)
        variants = {
            variant["tag"]: [(field["name"], self.reader(field["type"], context)) for field in variant["fields"]]
            for variant in typ["variants"]
        }

        def read(reader):
            item = dict(defaults)
            tag = reader.read_u8()
            body = variants.get(tag)
            item["version"] = tag if body is not None or unknown is None else unknown
            for name, read_field in body or ():
                item[name] = read_field(reader)
            return item

        return read

    def _discarded_segments(self, element):
        """Legacy V3 segments: an unguarded loop of defensive reads whose results are thrown away;
        up to 2^32 rounds, long but finite."""
        read_segment = self._struct(element["fields"], "tagged")

        def read(reader):
            unguarded(reader, reader.read_u32(), read_segment)
            return []

        return read

    def _guarded_segments(self, element):
        """Sized-element segments: stop as soon as a whole segment no longer fits."""
        read_segment = self._struct(element["fields"], "sized")
        kinds = [field["type"]["kind"] for field in element["fields"]]
        if not all(kind in _LEAVES for kind in kinds):
            raise LayoutError("sized-element segments must be made of fixed-width fields")
        width = sum(_LEAVES[kind][0] for kind in kinds)

        def read(reader):
            count = reader.read_u32()
            items = []
            while len(items) < count and reader.remaining() >= width:
                items.append(read_segment(reader))
            return items

        return read

    def _sized(self, typ):
        """One trailing element: u16 size, u8 version, the version-4 body whatever the version says,
        then a skip to start+size that does not happen when that is past the end (read_bytes)."""
        body = [(field["name"], self.reader(field["type"], "sized")) for field in typ["fields"]]

        def read(reader):
            start = reader.offset
            item = {"size": reader.read_u16(), "version": reader.read_u8()}
            for name, read_field in body:
                item[name] = read_field(reader)
            gap = start + item["size"] - reader.offset
            if gap > 0:
                reader.read_bytes(gap)
            return item

        return read

    def _trailing(self, typ, legacy_name):
        """Device step C: rebuild from the legacy list when no bytes are left, else a count that must
        match the legacy count, then that many sized elements."""
        if typ["kind"] != "vec" or typ["element"]["kind"] != "sized":
            raise LayoutError("rebuild_interfaces needs a vec of sized elements as its trailing field")
        element = typ["element"]
        read_element = self._sized(element)
        template = default_value(element)
        rebuilt_version = element["version"]

        def rebuild(legacy):
            item = {name: legacy.get(name, value) for name, value in template.items()}
            item["size"] = 0
            item["version"] = rebuilt_version
            return item

        model = self.memory

        def read(reader, record):
            legacy = record[legacy_name]
            legacy_count = element_count(legacy)
            if reader.remaining() == 0:
                # The SDK appends one rebuilt Interface per legacy one.
                charge(reader, model, legacy_count * model["rebuilt_element_bytes"]
                       + appended_capacity(legacy_count) * model["slot_bytes"])
                return [Run(rebuild(item.element), item.count) if type(item) is Run else rebuild(item)
                        for item in legacy]
            count = reader.read_u32()
            if count != legacy_count:
                raise ValueError(MISMATCH.format(count, legacy_count))
            return [read_element(reader) for _ in range(count)]

        return read
