"""Batch mode (reader-contract.md §2): `layout<TAB>hex` lines in, one JSON line out per line.

Input is read in whatever chunks the pipe delivers and the answers to each chunk are written and
flushed together: cheap per line in bulk, and a caller that waits for each answer never deadlocks.
"""

import argparse
import os
import sys
from pathlib import Path

from . import decode_line, load, render

# ../fixtures/layouts.json relative to the reader folder, i.e. the repository's fixtures.
DEFAULT_LAYOUTS = Path(__file__).resolve().parents[2] / "fixtures" / "layouts.json"


def answer(line):
    """The JSON line for one request line (bytes, without its newline)."""
    text = line.rstrip(b"\r").decode("utf-8", "replace")
    layout, tab, hex_text = text.partition("\t")
    if not tab:
        return render.fatal("bad request: expected <layout><TAB><hex>")
    try:
        data = bytes.fromhex(hex_text)
    except ValueError:
        data = None
    # fromhex skips whitespace, which the contract does not allow.
    if data is None or 2 * len(data) != len(hex_text):
        return render.fatal("bad request: the data is not an even run of hex digits")
    return decode_line(layout, data)


def serve(stdin_fd, stdout):
    pending = b""
    while True:
        chunk = os.read(stdin_fd, 1 << 16)
        if not chunk:
            break
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        if lines:
            stdout.write("".join(answer(line) + "\n" for line in lines).encode())
            stdout.flush()
    if pending:
        stdout.write((answer(pending) + "\n").encode())
        stdout.flush()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="sdk-py-spec", description=__doc__.splitlines()[0])
    parser.add_argument("--layouts", type=Path, default=DEFAULT_LAYOUTS, help="layouts.json to read")
    args = parser.parse_args(argv)
    load(args.layouts.read_text(encoding="utf-8"))
    serve(sys.stdin.fileno(), sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
