"""docs/readers.md §2: the DefensiveReader over the strict reader, primitive by primitive."""

import struct
import unittest

import support  # noqa: F401  (puts dzspec on the path)
from dzspec.reader import DefensiveReader, StrictReader

FIXED = [
    ("read_u8", 1, 0), ("read_bool", 1, False), ("read_u16", 2, 0), ("read_u32", 4, 0),
    ("read_u64", 8, 0), ("read_i64", 8, 0), ("read_u128", 16, 0), ("read_f64", 8, 0.0),
]


def pubkey(reader):
    return reader.read_bytes(32)


class FixedWidth(unittest.TestCase):
    def test_short_read_gives_zero_without_moving(self):
        for method, width, zero in FIXED:
            for have in range(width):
                with self.subTest(method=method, have=have):
                    reader = DefensiveReader(b"\x07" * have)
                    self.assertEqual(getattr(reader, method)(), zero)
                    self.assertEqual(reader.offset, 0)

    def test_full_read_moves_by_width(self):
        for method, width, _ in FIXED:
            with self.subTest(method=method):
                reader = DefensiveReader(b"\x01" * (width + 1))
                getattr(reader, method)()
                self.assertEqual(reader.offset, width)

    def test_keys_and_addresses_short_read_is_zero_bytes(self):
        for width in (32, 4, 5):
            reader = DefensiveReader(b"\xaa" * (width - 1))
            self.assertEqual(reader.read_bytes(width), bytes(width))
            self.assertEqual(reader.offset, 0)

    def test_stray_bytes_feed_the_next_narrower_read(self):
        reader = DefensiveReader(b"\x64\x00\x00")
        self.assertEqual(reader.read_u32(), 0)
        self.assertEqual(reader.read_u16(), 100)
        self.assertEqual(reader.read_u8(), 0)

    def test_values(self):
        data = struct.pack("<BHIQ", 0xFE, 0xBEEF, 0xDEADBEEF, 2**64 - 1)
        reader = DefensiveReader(data)
        self.assertEqual(
            [reader.read_u8(), reader.read_u16(), reader.read_u32(), reader.read_u64()],
            [0xFE, 0xBEEF, 0xDEADBEEF, 2**64 - 1])

    def test_u128_is_low_plus_high_shifted(self):
        data = struct.pack("<QQ", 5, 1)
        self.assertEqual(DefensiveReader(data).read_u128(), 2**64 + 5)

    def test_i64_is_signed(self):
        self.assertEqual(DefensiveReader(struct.pack("<q", -5)).read_i64(), -5)

    def test_bool_is_any_non_zero(self):
        self.assertIs(DefensiveReader(b"\x02").read_bool(), True)
        self.assertIs(DefensiveReader(b"\x00").read_bool(), False)


class Strings(unittest.TestCase):
    def test_fewer_than_four_bytes_gives_empty_without_moving(self):
        for have in range(4):
            reader = DefensiveReader(b"\x01" * have)
            self.assertEqual(reader.read_string(), "")
            self.assertEqual(reader.offset, 0)

    def test_length_zero_uses_the_prefix(self):
        reader = DefensiveReader(b"\0\0\0\0rest")
        self.assertEqual(reader.read_string(), "")
        self.assertEqual(reader.offset, 4)

    def test_length_past_the_end_raises_with_offset_after_prefix(self):
        for length in (1000, 0xFFFFFFFF):
            data = b"\x09" + struct.pack("<I", length) + b"abc"
            reader = DefensiveReader(data)
            reader.read_u8()
            with self.assertRaises(ValueError) as caught:
                reader.read_string()
            self.assertEqual(
                str(caught.exception), f"borsh: not enough data for string of length {length} at offset 5")

    def test_invalid_utf8_raises_pythons_own_error(self):
        for raw in (b"\xff\xfeA", b"\xed\xa0\x80", b"\xc0\x80", b"\xe2\x82"):
            with self.subTest(raw=raw):
                with self.assertRaises(UnicodeDecodeError) as caught:
                    DefensiveReader(struct.pack("<I", len(raw)) + raw).read_string()
                with self.assertRaises(UnicodeDecodeError) as python:
                    raw.decode("utf-8")
                self.assertEqual(str(caught.exception), str(python.exception))

    def test_bom_is_kept(self):
        raw = b"\xef\xbb\xbfA"
        self.assertEqual(DefensiveReader(struct.pack("<I", 4) + raw).read_string(), "\ufeffA")


class Vectors(unittest.TestCase):
    def read(self, data):
        reader = DefensiveReader(data)
        return reader, reader.read_vec(pubkey, 32)

    def test_fewer_than_four_bytes_gives_empty_without_moving(self):
        for have in range(4):
            reader, items = self.read(b"\x01" * have)
            self.assertEqual(items, [])
            self.assertEqual(reader.offset, 0)

    def test_count_zero(self):
        reader, items = self.read(b"\0\0\0\0" + b"\x01" * 40)
        self.assertEqual(items, [])
        self.assertEqual(reader.offset, 4)

    def test_whole_elements(self):
        reader, items = self.read(struct.pack("<I", 2) + b"\x01" * 32 + b"\x02" * 32 + b"\x03")
        self.assertEqual(items, [b"\x01" * 32, b"\x02" * 32])
        self.assertEqual(reader.offset, 68)

    def test_count_past_the_end_raises_after_the_whole_elements(self):
        for count in (2, 0xFFFFFFFF):
            with self.subTest(count=count):
                with self.assertRaises(ValueError) as caught:
                    self.read(struct.pack("<I", count) + b"\x01" * 40)
                self.assertEqual(str(caught.exception), "borsh: not enough data for 32 bytes at offset 36")

    def test_error_names_the_element_width(self):
        reader = DefensiveReader(struct.pack("<I", 1) + b"\x01" * 4)
        with self.assertRaises(ValueError) as caught:
            reader.read_vec(lambda strict: strict.read_bytes(5), 5)
        self.assertEqual(str(caught.exception), "borsh: not enough data for 5 bytes at offset 4")

    def test_every_element_the_bytes_hold_is_read_however_many(self):
        count = 65537
        reader = DefensiveReader(struct.pack("<I", count) + bytes(count))
        self.assertEqual(len(reader.read_vec(StrictReader.read_u8, 1)), count)


class SizedSkip(unittest.TestCase):
    def test_read_bytes_past_the_end_does_not_move(self):
        reader = DefensiveReader(b"\x01\x02\x03")
        self.assertEqual(reader.read_bytes(4), bytes(4))
        self.assertEqual(reader.offset, 0)
        self.assertEqual(reader.read_bytes(3), b"\x01\x02\x03")


if __name__ == "__main__":
    unittest.main()
