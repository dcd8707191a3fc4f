"""dzspec: the executable specification of the Python serviceability SDK's reader.

Two calls, used in-process by the Swift cross-check (embedded CPython) and by the batch CLI:
`load(layouts_json_text)` once, then `decode_line(layout, data)` per input.
"""

import json

from . import enums, render
from .accounts import Compiler
from .reader import OutOfMemory

SCHEMA = "dzcompat-layouts/1"

# layout name -> (decode, render) for accounts, or the finished JSON line for instructions.
_layouts = None


def load(layouts_json_text):
    """Parse layouts.json text and compile every layout version; replaces any earlier registry."""
    global _layouts
    document = json.loads(layouts_json_text)
    if document.get("schema") != SCHEMA:
        raise ValueError(f"layouts schema is {document.get('schema')!r}, expected {SCHEMA!r}")
    sdk = next((entry for entry in document.get("sdks", ()) if entry["id"] == "py"), None)
    if sdk is None:
        raise ValueError('layouts.json has no sdks entry with id "py"')
    enums.install(sdk)
    compiler = Compiler(document["limits"])
    table = {}
    for account in document["accounts"]:
        reader = sdk["readers"].get(account["name"])
        reads = reader is not None and "first_version" not in reader
        for version in account["versions"]:
            name = f"{account['name']}@{version['id']}"
            reads = reads or (reader is not None and version["id"] == reader.get("first_version"))
            if not reads:
                table[name] = render.error("NoReader", f"the {sdk['name']} SDK has no reader for {account['title']}")
            else:
                layout = compiler.layout(version, reader)
                table[name] = (layout.decode, render.renderer(layout.type))
    _layouts = table


def decode_line(layout, data):
    """The one JSON line of the contract for `data` read as `layout`. Never raises."""
    try:
        entry = _layouts.get(layout)
        if entry is None:
            return render.fatal(f"bad request: unknown layout {layout!r}")
        if type(entry) is str:
            return entry
        decode, render_value = entry
        try:
            value = decode(data if type(data) is bytes else bytes(data))
        except ValueError as exc:  # what the SDK raises, UnicodeDecodeError included
            return render.error(type(exc).__name__, str(exc))
        except OutOfMemory as exc:
            return render.out_of_memory(exc.needed)
        return '{"ok":' + render_value(value) + "}"
    except Exception as exc:  # a bug in this model, never an SDK outcome
        if _layouts is None:
            return render.error("InternalError", "dzspec.load() has not been called")
        return render.error("InternalError", f"{type(exc).__name__}: {exc}")
