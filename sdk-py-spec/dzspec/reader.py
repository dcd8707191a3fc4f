"""The Python SDK's two readers (docs/readers.md §2): a strict borsh reader that raises on any shortfall,
and the DefensiveReader wrapped around it that the serviceability decoders use.

The strict reader mirrors `borsh_incremental/reader.py`; the defensive one checks only "is the fixed
width left?" for scalars and "are 4 bytes left?" for strings and vectors, then hands over to the strict
code, which can still raise (docs/readers.md §2.3).
"""

import struct

_U16 = struct.Struct("<H").unpack_from
_U32 = struct.Struct("<I").unpack_from
_U64 = struct.Struct("<Q").unpack_from
_QQ = struct.Struct("<QQ").unpack_from
_F64 = struct.Struct("<d").unpack_from


class OutOfMemory(Exception):
    """The SDK's process runs out of memory, having needed `needed` bytes (reader-contract.md §3)."""

    def __init__(self, needed):
        super().__init__("out of memory")
        self.needed = needed


class StrictReader:
    """borsh_incremental's strict reader: every read raises ValueError when the data runs out."""

    __slots__ = ("data", "offset", "size")

    def __init__(self, data):
        self.data = data
        self.offset = 0
        self.size = len(data)

    def remaining(self):
        return self.size - self.offset

    def _take(self, n):
        start = self.offset
        if self.size - start < n:
            raise ValueError(f"borsh: not enough data for {n} bytes at offset {start}")
        self.offset = start + n
        return start

    def read_u8(self):
        return self.data[self._take(1)]

    def read_bool(self):
        return self.data[self._take(1)] != 0

    def read_u16(self):
        return _U16(self.data, self._take(2))[0]

    def read_u32(self):
        return _U32(self.data, self._take(4))[0]

    def read_u64(self):
        return _U64(self.data, self._take(8))[0]

    def read_i64(self):
        value = _U64(self.data, self._take(8))[0]
        return value - (1 << 64) if value >= 1 << 63 else value

    def read_u128(self):
        low, high = _QQ(self.data, self._take(16))
        return low | high << 64

    def read_f64(self):
        return _F64(self.data, self._take(8))[0]

    def read_bytes(self, n):
        start = self._take(n)
        return self.data[start:start + n]

    def read_string(self):
        length = self.read_u32()
        start = self.offset
        if self.size - start < length:
            raise ValueError(f"borsh: not enough data for string of length {length} at offset {start}")
        self.offset = start + length
        # Python's own strict decoder, so a bad byte raises the real UnicodeDecodeError text.
        return self.data[start:start + length].decode("utf-8")

    def read_vec(self, read_element, width):
        """u32 count, then `count` strict element reads of `width` bytes each.

        Whole elements are read while they fit, then the next read raises. The outcome is computed
        up front so that a count like 0xFFFFFFFF costs nothing.
        """
        count = self.read_u32()
        fitting = min(count, (self.size - self.offset) // width)
        items = [read_element(self) for _ in range(fitting)]
        if fitting < count:
            self._take(width)  # raises with the offset of the first missing element
        return items


class DefensiveReader:
    """The SDK's DefensiveReader: zero on a short fixed-width read, without moving the cursor."""

    __slots__ = ("strict", "live")

    def __init__(self, data):
        self.strict = StrictReader(data)
        self.live = 0  # bytes the decode's unguarded lists take in the SDK's process

    @property
    def offset(self):
        return self.strict.offset

    def remaining(self):
        return self.strict.remaining()

    def _has(self, n):
        strict = self.strict
        return strict.size - strict.offset >= n

    def read_u8(self):
        return self.strict.read_u8() if self._has(1) else 0

    def read_bool(self):
        return self.strict.read_bool() if self._has(1) else False

    def read_u16(self):
        return self.strict.read_u16() if self._has(2) else 0

    def read_u32(self):
        return self.strict.read_u32() if self._has(4) else 0

    def read_u64(self):
        return self.strict.read_u64() if self._has(8) else 0

    def read_i64(self):
        return self.strict.read_i64() if self._has(8) else 0

    def read_u128(self):
        return self.strict.read_u128() if self._has(16) else 0

    def read_f64(self):
        return self.strict.read_f64() if self._has(8) else 0.0

    def read_bytes(self, n):
        """pubkey (32), ipv4 (4), networkv4 (5), and the sized interface's skip: n zero bytes, no move."""
        return self.strict.read_bytes(n) if self._has(n) else bytes(n)

    def read_string(self):
        return self.strict.read_string() if self._has(4) else ""

    def read_vec(self, read_element, width):
        return self.strict.read_vec(read_element, width) if self._has(4) else []
