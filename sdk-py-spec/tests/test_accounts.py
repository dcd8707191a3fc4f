"""docs/readers.md §3 and the Python column of the divergence matrix (§8): whole-account decodes."""

import struct
import unittest

import support
from support import DEVICE, GLOBAL_STATE, USER, decode, fixture
from dzspec.accounts import walked_fields
from dzspec.enums import SDK_ENUMS

from dzspec.accounts import Compiler
from dzspec.reader import OutOfMemory

ZERO_KEY = "1" * 32


def u32(value):
    return struct.pack("<I", value)


def patched(data, offset, raw):
    data = bytearray(data)
    data[offset:offset + len(raw)] = raw
    return bytes(data)


class Device:
    """device.bin cut into its parts: head (up to the legacy count), the two V2 legacy elements, the
    tail scalars and the trailing vec. device_legacy.bin has a V1 and a V2 element instead."""

    def __init__(self):
        current, legacy = fixture("device"), fixture("device_legacy")
        self.head = current[:208]
        self.v2_loopback, self.v2_ethernet = current[212:260], current[260:308]
        self.tail = current[308:332]
        self.trailing = current[332:]
        self.v1_loopback = legacy[212:239]

    def build(self, elements, tail=None, trailing=b""):
        return self.head + u32(len(elements)) + b"".join(elements) + (self.tail if tail is None else tail) + trailing


class EmptyAndBoundaries(support.DecodeCase):
    """Rows 1, 2, 19, 20, 21."""

    def test_every_account_version_reads_the_empty_buffer_as_defaults(self):
        readers = next(sdk for sdk in support.LAYOUTS["sdks"] if sdk["id"] == "py")["readers"]
        for account in support.LAYOUTS["accounts"]:
            for entry in account["versions"]:
                layout = f"{account['name']}@{entry['id']}"
                with self.subTest(layout=layout):
                    result = decode(layout, b"")
                    if account["name"] not in readers:
                        self.assertEqual(result["error"], {
                            "class": "NoReader", "message": f"the Python SDK has no reader for {account['title']}"})
                        continue
                    walked = walked_fields(readers[account["name"]], entry["fields"])
                    # An empty account reads every byte as 0; an IntEnum without a member 0 raises on it.
                    lacking_zero = [SDK_ENUMS[f["type"]["enum"]][0] for f in walked
                                    if f["type"]["kind"] == "enum" and SDK_ENUMS[f["type"]["enum"]] is not None
                                    and 0 not in SDK_ENUMS[f["type"]["enum"]][1]]
                    if lacking_zero:
                        self.assertEqual(result["error"], {
                            "class": "ValueError", "message": f"0 is not a valid {lacking_zero[0]}"})
                    else:
                        self.assertEqual(list(result["ok"]), [field["name"] for field in walked])

    def test_link_without_link_type_raises(self):
        """LinkLinkType has no member 0 (state.py:222-228): a Link cut before link_type raises."""
        link = next(account for account in support.LAYOUTS["accounts"] if account["name"] == "link")
        layout = f"link@{link['versions'][-1]['id']}"
        self.assertEqual(decode(layout, bytes(114)), {
            "error": {"class": "ValueError", "message": "0 is not a valid LinkLinkType"}})

    def test_reader_facts_of_today(self):
        """Python reads Link's link_flags as one byte, stops Topology before reference_count, turns an
        unknown pass type into PREPAID (state.py:1090-1094), reads Permission's u128 in two halves
        (state.py:1193-1194), and has no Index reader."""
        readers = next(sdk for sdk in support.LAYOUTS["sdks"] if sdk["id"] == "py")["readers"]
        self.assertEqual(readers["link"], {"retyped": {"link_flags": {"kind": "u8"}}})
        self.assertEqual(readers["topology"], {"stops_before": "reference_count"})
        self.assertEqual(readers["access_pass"]["unknown_tags"], {"accesspass_type": 0})
        self.assertEqual(readers["permission"], {"halves": ["permissions"]})
        self.assertNotIn("index", readers)

    def test_access_pass_unknown_tag_and_unguarded_seats(self):
        """Tag 9 reads no body and reports 0; EdgeSeat's count is not checked against the bytes left:
        two seats are read from 52 bytes, the second all defaults (state.py:1105-1117)."""
        access_pass = next(account for account in support.LAYOUTS["accounts"] if account["name"] == "access_pass")
        layout = f"access_pass@{access_pass['versions'][-1]['id']}"
        head = bytes([11]) + bytes(32) + bytes([1])
        self.assertEqual(self.ok(layout, head + bytes([9]) + bytes([10, 0, 0, 1]))["accesspass_type"]["version"], 0)
        seat = bytes([7]) * 32 + bytes([1, 2, 3, 4]) + bytes(16)
        value = self.ok(layout, head + bytes([4]) + (2).to_bytes(4, "little") + seat)
        self.assertEqual([s["max_users"] for s in value["accesspass_type"]["feed_seats"]], [1, 0])
        self.assertEqual(value["max_unicast_users"], 1)

    def test_permission_halves(self):
        """With 8 to 15 bytes left the low half is read and the high one is 0."""
        value = self.ok("permission@v0", bytes([15]) + bytes(32) + bytes([1, 1]) + bytes(32) + bytes([5]) + bytes(11))
        self.assertEqual(value["permissions"], "5")

    def test_empty_user_values(self):
        value = self.ok(USER, b"")
        self.assertEqual(value["owner"], ZERO_KEY)
        self.assertEqual(value["index"], "0")
        self.assertEqual(value["tunnel_net"], "0.0.0.0/0")
        self.assertEqual(value["status"], {"value": 0, "label": "pending (deprecated)"})
        self.assertEqual(value["bgp_status"], {"value": 0, "label": "unknown"})
        self.assertEqual((value["publishers"], value["feed_pks"]), ([], []))

    def test_empty_device_has_empty_lists(self):
        value = self.ok(DEVICE, b"")
        self.assertEqual((value["deprecated_interfaces"], value["interfaces"]), ([], []))
        self.assertEqual(value["device_health"], {"value": 0, "label": "unknown"})

    def test_cut_at_a_field_boundary_defaults_the_rest(self):
        cuts = {
            USER: ("user", [0, 1, 33, 49, 50, 51, 83, 115, 116, 120, 124, 126, 131, 132, 168, 204, 236, 240, 241,
                            242, 250, 258, 266]),
            GLOBAL_STATE: ("global_state", [0, 1, 2, 18, 54, 58, 62, 94, 126, 134, 142, 174, 210, 226]),
            DEVICE: ("device", [1, 33, 49, 50, 82, 114, 115, 119, 120, 127, 136, 168, 200, 208, 260, 308, 312, 314,
                                316, 317, 318, 320, 322, 324, 326, 328, 330, 332, 336, 424]),
        }
        for layout, (name, lengths) in cuts.items():
            for length in lengths:
                with self.subTest(layout=layout, length=length):
                    self.ok(layout, fixture(name)[:length])

    def test_account_type_is_not_checked(self):
        self.assertEqual(self.ok(USER, patched(fixture("user"), 0, b"\x00"))["account_type"], 0)
        self.assertEqual(self.ok(USER, fixture("device")[:1])["account_type"], 5)
        self.assertEqual(self.ok(DEVICE, patched(fixture("device"), 0, b"\x07"))["account_type"], 7)

    def test_extra_trailing_bytes_are_ignored(self):
        for layout, name in ((USER, "user"), (GLOBAL_STATE, "global_state"), (DEVICE, "device")):
            with self.subTest(layout=layout):
                self.assertEqual(
                    self.ok(layout, fixture(name) + b"\xab" * 9), self.ok(layout, fixture(name)))


class UserCursor(support.DecodeCase):
    """Rows 3, 4, 9, 10, 26..29 on User."""

    def test_stray_tunnel_id_byte_lands_in_status(self):
        self.raises(USER, fixture("user")[:125], "ValueError", "100 is not a valid UserStatus")

    def test_stray_vector_prefix_bytes_land_in_later_fields(self):
        value = self.ok(USER, fixture("user")[:134])
        self.assertEqual((value["publishers"], value["subscribers"]), ([], []))
        self.assertEqual((value["validator_pubkey"], value["tunnel_endpoint"]), (ZERO_KEY, "0.0.0.0"))
        self.assertEqual(value["tunnel_flags"], 1)
        self.assertEqual(value["bgp_status"], {"value": 0, "label": "unknown"})

    def test_cut_inside_a_vector_raises_at_the_missing_element(self):
        self.raises(USER, fixture("user")[:136], "ValueError", "borsh: not enough data for 32 bytes at offset 136")
        self.raises(USER, fixture("user")[:300], "ValueError", "borsh: not enough data for 32 bytes at offset 270")

    def test_stray_u64_bytes_become_the_feed_count(self):
        self.raises(USER, fixture("user")[:246], "ValueError", "borsh: not enough data for 32 bytes at offset 246")

    def test_huge_counts_raise_after_the_whole_elements(self):
        # publishers: six whole keys fit after 136; feed_pks: its own two keys fit after 270.
        for offset, failing_at in ((132, 328), (266, 334)):
            with self.subTest(offset=offset):
                self.raises(USER, patched(fixture("user"), offset, u32(0xFFFFFFFF)), "ValueError",
                            f"borsh: not enough data for 32 bytes at offset {failing_at}")

    def test_count_zero_is_an_empty_list(self):
        value = self.ok(USER, fixture("user")[:266] + u32(0))
        self.assertEqual(value["feed_pks"], [])

    def test_u128_with_the_high_half_set(self):
        data = patched(fixture("user"), 33, struct.pack("<QQ", 5, 1))
        self.assertEqual(self.ok(USER, data)["index"], str(2**64 + 5))

    def test_u64_max_is_exact(self):
        data = patched(fixture("user"), 242, struct.pack("<Q", 2**64 - 1))
        self.assertEqual(self.ok(USER, data)["last_bgp_up_at"], "18446744073709551615")

    def test_old_layout_zero_feed_slot_reads_as_empty(self):
        self.assertEqual(self.ok(USER, fixture("user")[:-68] + bytes(32))["feed_pks"], [])

    def test_old_layout_without_bgp_fields(self):
        value = self.ok(USER, fixture("user")[:-93])
        self.assertEqual(value["bgp_status"], {"value": 0, "label": "unknown"})
        self.assertEqual([value[name] for name in ("last_bgp_up_at", "last_bgp_reported_at", "bgp_rtt_ns")],
                         ["0", "0", "0"])
        self.assertEqual(value["feed_pks"], [])


class GlobalStateVectors(support.DecodeCase):
    def test_bad_deprecated_allowlist_raises(self):
        # Six whole keys fit in the 200 bytes left, then the seventh raises.
        self.raises(GLOBAL_STATE, patched(fixture("global_state"), 54, u32(100)), "ValueError",
                    "borsh: not enough data for 32 bytes at offset 250")

    def test_huge_foundation_count(self):
        data = patched(fixture("global_state"), 18, u32(0xFFFFFFFF))
        self.raises(GLOBAL_STATE, data, "ValueError", "borsh: not enough data for 32 bytes at offset 246")


class DeviceStrings(support.DecodeCase):
    """Rows 5, 14, 15, 16 on Device.code."""

    def with_code(self, raw, length=None):
        current = fixture("device")
        return current[:120] + u32(len(raw) if length is None else length) + raw + current[127:]

    def test_cut_inside_string_content_raises(self):
        self.raises(DEVICE, fixture("device")[:125], "ValueError",
                    "borsh: not enough data for string of length 3 at offset 124")

    def test_length_past_the_end_raises(self):
        for length in (1000, 0xFFFFFFFF):
            self.raises(DEVICE, self.with_code(b"dz1", length), "ValueError",
                        f"borsh: not enough data for string of length {length} at offset 124")

    def test_invalid_utf8_raises_unicode_decode_error(self):
        self.raises(DEVICE, self.with_code(b"\xff\xfeA"), "UnicodeDecodeError",
                    "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
        self.raises(DEVICE, self.with_code(b"\xed\xa0\x80"), "UnicodeDecodeError",
                    "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte")
        self.raises(DEVICE, self.with_code(b"\xc0\x80"), "UnicodeDecodeError",
                    "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte")

    def test_bom_is_kept(self):
        self.assertEqual(self.ok(DEVICE, self.with_code(b"\xef\xbb\xbfA"))["code"], "efbbbf41")

    def test_empty_string(self):
        self.assertEqual(self.ok(DEVICE, self.with_code(b""))["code"], "")

    def test_dz_prefixes_huge_count_names_five_bytes(self):
        data = patched(fixture("device"), 127, u32(0xFFFFFFFF))
        self.raises(DEVICE, data, "ValueError", "borsh: not enough data for 5 bytes at offset 476")


class LegacyInterfaces(support.DecodeCase):
    """Step A (docs/readers.md §3.3, §1.4) and rows 2b, 6, 11, 13, 24."""

    def setUp(self):
        self.device = Device()

    def test_v1_body_has_loopback_after_type_and_no_v2_fields(self):
        value = self.ok(DEVICE, self.device.build([self.device.v1_loopback]))
        element = value["deprecated_interfaces"][0]
        self.assertEqual(element["version"], 0)
        self.assertEqual(element["loopback_type"], {"value": 1, "label": "vpnv4"})
        self.assertEqual((element["mtu"], element["bandwidth"], element["interface_cyoa"]["value"]), (0, "0", 0))
        self.assertEqual((element["ip_net"], element["node_segment_idx"]), ("10.0.0.1/32", 100))

    def test_tags_one_and_two_read_the_v2_body(self):
        base = self.ok(DEVICE, self.device.build([self.device.v2_ethernet]))["deprecated_interfaces"][0]
        tag_two = b"\x02" + self.device.v2_ethernet[1:]
        element = self.ok(DEVICE, self.device.build([tag_two]))["deprecated_interfaces"][0]
        self.assertEqual(element, dict(base, version=2))
        self.assertEqual((base["mtu"], base["cir"]), (9000, "5000000000"))

    def test_tag_three_reads_and_drops_segments(self):
        segments = u32(2) + b"\x01" * 34 + b"\x02" * 34
        element = self.ok(DEVICE, self.device.build([b"\x03" + self.device.v2_ethernet[1:] + segments]))
        self.assertEqual(element["deprecated_interfaces"][0]["flex_algo_node_segments"], [])
        self.assertEqual(element["reference_count"], 12)
        self.assertEqual(element["interfaces"][0]["flex_algo_node_segments"], [])

    def test_unknown_tags_read_nothing_more_and_rebuild_as_version_four(self):
        for tag in range(4, 256):
            with self.subTest(tag=tag):
                value = self.ok(DEVICE, self.device.build([bytes([tag])]))
                self.assertEqual(value["deprecated_interfaces"][0]["version"], tag)
                self.assertEqual(value["deprecated_interfaces"][0]["name"], "")
                self.assertEqual((value["interfaces"][0]["version"], value["interfaces"][0]["size"]), (4, 0))
                self.assertEqual(value["reference_count"], 12)

    def test_cut_after_the_count_gives_default_elements(self):
        value = self.ok(DEVICE, fixture("device")[:212])
        self.assertEqual([element["version"] for element in value["deprecated_interfaces"]], [0, 0])
        self.assertEqual([(element["version"], element["size"]) for element in value["interfaces"]], [(4, 0), (4, 0)])

    def test_cut_inside_the_list_reads_partial_elements(self):
        value = self.ok(DEVICE, fixture("device")[:230])
        first = value["deprecated_interfaces"][0]
        self.assertEqual((first["name"], first["interface_type"]["value"]), ("4c6f6f706261636b30", 1))
        self.assertEqual(first["interface_cyoa"], {"value": 0, "label": "none"})

    def test_cut_string_in_the_list_raises(self):
        self.raises(DEVICE, fixture("device")[:220], "ValueError",
                    "borsh: not enough data for string of length 9 at offset 218")

    def test_count_1000_raises_on_garbage(self):
        self.raises(DEVICE, patched(fixture("device"), 208, u32(1000)), "ValueError",
                    "borsh: not enough data for string of length 1677722880 at offset 315")

    @staticmethod
    def memory_needed(count, model):
        """The legacy list and its rebuild, appended one by one (CPython's list growth), re-derived here
        from limits.py so that the reader's sums are checked against reader-contract §3."""
        capacity = 0
        while capacity < count:
            capacity = (capacity + 1 + (capacity + 1) // 8 + 6) & ~3
        legacy = count * model["element_bytes"] + capacity * model["slot_bytes"]
        return legacy, legacy + count * model["rebuilt_element_bytes"] + capacity * model["slot_bytes"]

    def test_count_dies_where_the_machines_memory_ends(self):
        limits = support.LAYOUTS["limits"]
        copies = limits["max_expanded_copies"]
        at_limit = self.ok(DEVICE, self.device.head + u32(copies))
        self.assertEqual(len(at_limit["deprecated_interfaces"]), copies)
        model = limits["py"]
        for count in (65537, 262144, 1000000, 6000000, 0x1000000):
            value = self.ok(DEVICE, self.device.head + u32(count))
            for name in ("deprecated_interfaces", "interfaces"):
                self.assertEqual([item["repeat"] for item in value[name]], [count])
        legacy, total = self.memory_needed(0xFFFFFFFF, model)
        self.out_of_memory(DEVICE, self.device.head + u32(0xFFFFFFFF), legacy if legacy > model["memory_budget_bytes"] else total)
        # The boundary, with a budget of exactly 100 elements (a model compiled apart, so the rest stay real).
        small = dict(limits, py=dict(model, memory_budget_bytes=self.memory_needed(100, model)[1]))
        layout = Compiler(small).layout(support.version(DEVICE), support.reader(DEVICE))
        self.assertEqual(len(layout.decode(self.device.head + u32(100))["interfaces"]), 100)
        with self.assertRaises(OutOfMemory) as caught:
            layout.decode(self.device.head + u32(101))
        self.assertEqual(caught.exception.needed, self.memory_needed(101, model)[1])

    def test_v3_segment_count_eats_the_tail(self):
        # 3 at 212 turns element 0 into V3: its seg_count is element 1's first four bytes (590593).
        value = self.ok(DEVICE, patched(fixture("device"), 212, b"\x03"))
        self.assertEqual(value["deprecated_interfaces"][1]["name"], "")
        self.assertEqual(value["reference_count"], 0)

    def test_a_huge_v3_segment_count_is_a_long_loop_not_a_hang(self):
        element = b"\x03" + self.device.v2_ethernet[1:]
        for count in (65537, 0x1000000, 0xFFFFFFFF):
            self.assertEqual(self.ok(DEVICE, self.device.build([element + u32(count)]))["reference_count"], 0)
        self.ok(DEVICE, patched(patched(fixture("device"), 212, b"\x03"), 260, u32(0xFFFFFFFF)))


class TrailingInterfaces(support.DecodeCase):
    """Step C and the sized element (docs/readers.md §3.3, §1.5) and rows 7, 8, 12, 21..25."""

    def setUp(self):
        self.device = Device()

    def test_rebuild_copies_legacy_elements_as_version_four_size_zero(self):
        value = self.ok(DEVICE, fixture("device_legacy"))
        legacy, rebuilt = value["deprecated_interfaces"], value["interfaces"]
        for old, new in zip(legacy, rebuilt):
            self.assertEqual((new["size"], new["version"]), (0, 4))
            self.assertEqual({key: new[key] for key in old if key != "version"},
                             {key: old[key] for key in old if key != "version"})
        self.assertEqual(rebuilt[0]["mtu"], 0)  # the SDK copies the V1 element; Rust would say 9000

    def test_stray_tail_bytes_are_a_mismatch(self):
        for length in [319, 321, 323, 325, 327, 329, 331, 333, 334, 335]:
            with self.subTest(length=length):
                self.raises(DEVICE, fixture("device")[:length], "ValueError",
                            "Device interfaces length 0 != deprecated_interfaces length 2")

    def test_junk_after_a_legacy_device_is_a_mismatch(self):
        self.raises(DEVICE, fixture("device_legacy") + u32(7), "ValueError",
                    "Device interfaces length 7 != deprecated_interfaces length 2")

    def test_empty_legacy_list_tolerates_a_few_junk_bytes(self):
        for junk in range(1, 4):
            with self.subTest(junk=junk):
                self.assertEqual(self.ok(DEVICE, self.device.build([], trailing=b"\xab" * junk))["interfaces"], [])

    def test_count_differs_from_legacy(self):
        self.raises(DEVICE, patched(fixture("device"), 332, u32(3)), "ValueError",
                    "Device interfaces length 3 != deprecated_interfaces length 2")

    def test_future_version_skips_its_extra_bytes(self):
        value = self.ok(DEVICE, fixture("device_future_version"))
        last = value["interfaces"][1]
        self.assertEqual((last["size"], last["version"], last["mtu"]), (62, 5, 9000))

    def test_version_never_changes_the_body(self):
        base = self.ok(DEVICE, fixture("device"))["interfaces"][0]
        for version in (0, 9):
            with self.subTest(version=version):
                element = self.ok(DEVICE, patched(fixture("device"), 338, bytes([version])))["interfaces"][0]
                self.assertEqual(element, dict(base, version=version))

    def test_size_smaller_than_the_body_does_not_move_back(self):
        value = self.ok(DEVICE, patched(fixture("device"), 336, struct.pack("<H", 3)))
        self.assertEqual(value["interfaces"][0]["size"], 3)
        self.assertEqual(value["interfaces"][1]["name"], "45746865726e657431")

    def test_size_past_the_end_does_not_move(self):
        value = self.ok(DEVICE, patched(fixture("device"), 336, struct.pack("<H", 1000)))
        self.assertEqual(value["interfaces"][0]["size"], 1000)
        self.assertEqual(value["interfaces"][1]["name"], "45746865726e657431")

    def test_cut_inside_a_sized_element_reads_leftovers(self):
        value = self.ok(DEVICE, fixture("device")[:400])
        self.assertEqual(value["interfaces"][0]["flex_algo_node_segments"], [])
        self.assertEqual((value["interfaces"][1]["size"], value["interfaces"][1]["version"]), (69, 0))

    def test_garbage_segment_count_stops_when_a_segment_no_longer_fits(self):
        value = self.ok(DEVICE, patched(fixture("device"), 386, u32(0xFFFFFFFF)) + bytes(200))
        self.assertEqual(len(value["interfaces"][0]["flex_algo_node_segments"]), 8)
        self.raises(DEVICE, patched(fixture("device"), 386, u32(0xFFFFFFFF)), "ValueError",
                    "40 is not a valid InterfaceStatus")


class HistoricVersions(support.DecodeCase):
    """Older layout versions, read as a release that knew them would."""

    def test_older_user_versions_read_the_same_prefix(self):
        current = self.ok(USER, fixture("user"))
        for number in range(6):
            layout = f"user@v{number}"
            with self.subTest(layout=layout):
                value = self.ok(layout, fixture("user"))
                self.assertEqual(value, {name: current[name] for name in value})

    def test_scalar_feed_slot_reads_the_vector_bytes(self):
        value = self.ok("user@v6", fixture("user"))
        self.assertEqual(value["feed_pk"], support.dzspec.render.base58(fixture("user")[266:298]))

    def test_vec_of_ipv4_is_strict_like_the_other_vectors(self):
        data = fixture("device")[:200] + u32(0) + u32(0) + u32(0) + u32(2) + b"\x0a\x00\x00\x01"
        self.raises("device@v3", data, "ValueError", "borsh: not enough data for 4 bytes at offset 220")

    def test_untagged_interface_struct(self):
        element = b"\x01" + u32(2) + b"lo" + b"\x01\x01" + struct.pack("<H", 5) + b"\x0a\x00\x00\x01\x20" + b"\x07\x00\x01"
        value = self.ok("device@v5", fixture("device")[:208] + u32(1) + element + u32(12))
        self.assertEqual(value["deprecated_interfaces"], [{
            "version": 1, "name": "6c6f", "interface_type": {"value": 1, "label": "loopback"},
            "loopback_type": {"value": 1, "label": "vpnv4"}, "vlan_id": 5, "ip_net": "10.0.0.1/32",
            "node_segment_idx": 7, "user_tunnel_endpoint": True}])
        self.assertEqual(value["reference_count"], 12)

    def test_reservation(self):
        data = b"\x0e" + b"\x01" * 32 + b"\xfd" + b"\x02" * 32 + b"\x0a\x00\x00\x02"
        value = self.ok("reservation@v0", data)
        self.assertEqual((value["bump_seed"], value["client_ip"]), (253, "10.0.0.2"))
        self.assertEqual(self.ok("reservation@v1", data)["reserved_count"], 10)


class Sweep(unittest.TestCase):
    """docs/readers.md §8 sweep table: every truncation length, Python's column."""

    def ranges(self, *spans):
        return {length for span in spans for length in (range(span[0], span[1] + 1) if isinstance(span, tuple) else [span])}

    def outcomes(self, layout, name):
        data = fixture(name)
        found = {}
        for length in range(len(data) + 1):
            result = decode(layout, data[:length])
            if "ok" in result:
                continue
            message = result["error"]["message"]
            kind = ("vector" if " bytes at offset " in message else
                    "mismatch" if message.startswith("Device interfaces length") else "enum or string")
            found.setdefault(kind, set()).add(length)
        return found

    def test_user(self):
        self.assertEqual(self.outcomes(USER, "user"), {
            "enum or string": self.ranges((52, 82), (84, 114), 117, 119, 121, 125, (127, 130)),
            "vector": self.ranges((136, 167), (172, 203), (246, 249), (254, 257), (262, 265), (270, 333)),
        })

    def test_device(self):
        self.assertEqual(self.outcomes(DEVICE, "device"), {
            "enum or string": self.ranges(
                (51, 81), (83, 113), (116, 118), 137, (140, 167), 169, (172, 199), (204, 207), (215, 226), 248,
                (263, 274), (282, 286), (290, 294), 296, 309, 313, 315, (341, 352), 374, (429, 440), (448, 452),
                (456, 460), 462,
                (124, 126)),  # a cut string, in the "TS throws too" column of the table
            "vector": self.ranges((131, 135)),
            "mismatch": self.ranges(319, 321, 323, 325, 327, 329, 331, (333, 335)),
        })

    def test_global_state(self):
        self.assertEqual(self.outcomes(GLOBAL_STATE, "global_state"), {
            "vector": self.ranges((6, 17), (22, 53), (66, 69), (98, 101), (130, 133), (138, 141), (146, 173),
                                  (178, 209)),
        })


if __name__ == "__main__":
    unittest.main()
