// docs/readers.md §8: the TypeScript column of the divergence matrix and the truncation sweep, on the
// reference fixtures.

import assert from "node:assert/strict";
import {
  DEVICE,
  Obj,
  GLOBAL_STATE,
  USER,
  bytes,
  decode,
  fixture,
  fixtureTest,
  hex,
  list,
  ok,
  patched,
  thrown,
  u32,
} from "./helpers";

const DEPRECATED_MISMATCH = (n: number, m: number) => `Device interfaces length ${n} != deprecatedInterfaces length ${m}`;

function cut(data: Uint8Array, n: number): Uint8Array {
  return data.subarray(0, n);
}

fixtureTest("row 1: an empty buffer gives all defaults and empty arrays", () => {
  for (const layout of [USER, DEVICE, GLOBAL_STATE]) {
    const v = ok(layout, new Uint8Array(0));
    for (const [name, value] of Object.entries(v)) {
      if (Array.isArray(value)) assert.deepEqual(value, [], `${layout} ${name}`);
    }
  }
  const u = ok(USER, new Uint8Array(0));
  assert.deepEqual([u.index, u.client_ip, u.tunnel_net, u.last_bgp_up_at], ["0", "0.0.0.0", "0.0.0.0/0", "0"]);
});

// Field offsets in user.bin and global_state.bin (docs/readers.md §1.1, §1.2).
const BOUNDARIES: [string, string, number[]][] = [
  ["user", USER, [0, 1, 33, 49, 50, 51, 83, 115, 116, 120, 124, 126, 131, 132, 168, 204, 236, 240, 241, 242, 250, 258, 266]],
  ["global_state", GLOBAL_STATE, [0, 1, 2, 18, 54, 58, 62, 94, 126, 134, 142, 174, 210, 226]],
];

fixtureTest("row 2: a cut at a field boundary keeps the earlier fields and defaults the later ones", (dir) => {
  for (const [name, layout, offsets] of BOUNDARIES) {
    const data = fixture(dir, name);
    const full = Object.entries(ok(layout, data));
    const empty = Object.entries(ok(layout, new Uint8Array(0)));
    offsets.forEach((offset, k) => {
      const v = ok(layout, cut(data, offset));
      full.forEach(([field, value], i) => assert.deepEqual(v[field], i < k ? value : empty[i][1], `${name}@${offset} ${field}`));
    });
  }
});

fixtureTest("row 2b: device cut right after the legacy count: 2 default version-0 interfaces, rebuilt as version 4", (dir) => {
  const d = ok(DEVICE, cut(fixture(dir, "device"), 212));
  assert.deepEqual(list(d, "deprecated_interfaces").map((e) => [e.version, e.name]), [
    [0, ""],
    [0, ""],
  ]);
  assert.deepEqual(list(d, "interfaces").map((e) => [e.size, e.version]), [
    [0, 4],
    [0, 4],
  ]);
  assert.equal(d.reference_count, 0);
});

fixtureTest("row 3: a cut inside a vector throws after the whole elements", (dir) => {
  const user = fixture(dir, "user");
  assert.equal(thrown(USER, cut(user, 136)), "borsh: not enough data for 32 bytes at offset 136");
  assert.equal(thrown(USER, cut(user, 310)), "borsh: not enough data for 32 bytes at offset 302");
  // Stray bytes of a cut u64 land on feed_pks' count.
  assert.match(thrown(USER, cut(user, 246)), /^borsh: not enough data for 32 bytes at offset \d+$/);
  assert.equal(thrown(GLOBAL_STATE, cut(fixture(dir, "global_state"), 22)), "borsh: not enough data for 32 bytes at offset 22");
});

fixtureTest("row 4: a cut wide field defaults without moving; its stray bytes land in narrower fields", (dir) => {
  const user = fixture(dir, "user");
  const a = ok(USER, cut(user, 125));
  assert.deepEqual([a.tunnel_id, a.tunnel_net, a.status], [0, "0.0.0.0/0", { value: 100, label: "unknown" }]);
  const b = ok(USER, cut(user, 134));
  assert.deepEqual([b.publishers, b.subscribers, b.validator_pubkey, b.tunnel_endpoint], [[], [], "1".repeat(32), "0.0.0.0"]);
  assert.deepEqual([b.tunnel_flags, b.bgp_status], [1, { value: 0, label: "unknown" }]);
});

fixtureTest("row 5: a cut inside string content gives '' without moving; the prefix is read again", (dir) => {
  const device = fixture(dir, "device");
  for (const n of [124, 125, 126]) {
    assert.equal(thrown(DEVICE, cut(device, n)), "borsh: not enough data for 5 bytes at offset 124");
  }
});

fixtureTest("row 6: a cut inside the legacy interfaces decodes partial elements and rebuilds", (dir) => {
  const device = fixture(dir, "device");
  for (const n of [213, 220, 247, 259]) {
    const d = ok(DEVICE, cut(device, n));
    assert.equal(list(d, "deprecated_interfaces").length, 2);
    assert.deepEqual(list(d, "interfaces").map((e) => e.version), [4, 4]);
  }
  assert.equal(list(ok(DEVICE, cut(device, 220)), "deprecated_interfaces")[0].name, "", "string cut: '' and no move");
});

fixtureTest("row 7: 1..3 stray bytes after the tail scalars: the length mismatch", (dir) => {
  const device = fixture(dir, "device");
  for (const n of [319, 321, 331, 333, 334, 335]) assert.equal(thrown(DEVICE, cut(device, n)), DEPRECATED_MISMATCH(0, 2));
});

fixtureTest("row 8: a cut inside a sized element: readBytes does not move, later elements read leftovers", (dir) => {
  const device = fixture(dir, "device");
  const at390 = list(ok(DEVICE, cut(device, 390)), "interfaces");
  assert.deepEqual(at390[0].flex_algo_node_segments, []);
  assert.deepEqual([at390[1].size, at390[1].version, at390[1].name], [0, 0, ""]);
  const data = cut(device, 400);
  const at400 = list(ok(DEVICE, data), "interfaces");
  assert.equal(at400[0].size, 88);
  assert.deepEqual([at400[1].size, at400[1].version], [data[390] | (data[391] << 8), data[392]]);
});

fixtureTest("row 9: vector count 0xFFFFFFFF throws after using whole elements", (dir) => {
  const user = fixture(dir, "user");
  assert.equal(thrown(USER, patched(user, 132, u32(0xffffffff))), "borsh: not enough data for 32 bytes at offset 328");
  const device = fixture(dir, "device");
  assert.equal(thrown(DEVICE, patched(device, 127, u32(0xffffffff))), "borsh: not enough data for 5 bytes at offset 476");
  const gs = fixture(dir, "global_state");
  assert.equal(thrown(GLOBAL_STATE, patched(gs, 18, u32(0xffffffff))), "borsh: not enough data for 32 bytes at offset 246");
});

fixtureTest("row 10: vector count 0 is [] for pubkey and networkv4 vectors alike", (dir) => {
  const gs = ok(GLOBAL_STATE, fixture(dir, "global_state"));
  assert.deepEqual([gs.device_allowlist, gs.user_allowlist], [[], []]);
  const d = ok(DEVICE, bytes(cut(fixture(dir, "device"), 127), u32(0)));
  assert.deepEqual(d.dz_prefixes, []);
});

fixtureTest("row 11: legacy count far too large: the loop runs count times, 2^32-1 exhausts the heap", (dir) => {
  const device = fixture(dir, "device");
  const d = ok(DEVICE, patched(device, 208, u32(1000)));
  assert.equal(list(d, "deprecated_interfaces").length, 1000);
  assert.equal(list(d, "interfaces").length, 1000);
  assert.equal((decode(DEVICE, patched(device, 208, u32(0xffffffff))) as { fatal: string }).fatal, "out of memory");
});

fixtureTest("row 12: garbage seg_count in a sized element stops when fewer than 34 bytes are left", (dir) => {
  const d = ok(DEVICE, patched(fixture(dir, "device"), 386, u32(0xffffffff)));
  assert.equal((list(d, "interfaces")[0].flex_algo_node_segments as Obj[]).length, 2);
});

fixtureTest("rows 14-16: invalid UTF-8, a leading BOM, a length past the data", (dir) => {
  const device = fixture(dir, "device");
  assert.equal(ok(DEVICE, patched(device, 124, [0xff, 0xfe, 0x41])).code, "efbfbdefbfbd41");
  assert.equal(ok(DEVICE, patched(device, 124, [0xe2, 0x82, 0x41])).code, "efbfbd41");
  assert.equal(ok(DEVICE, patched(device, 204, [0xef, 0xbb, 0xbf, 0x41])).mgmt_vrf, hex("A"));
  // The unread length 1000 is then read as dz_prefixes' count.
  assert.equal(thrown(DEVICE, patched(device, 120, u32(1000))), "borsh: not enough data for 5 bytes at offset 474");
});

fixtureTest("rows 20-22: trailing bytes are ignored, except after a legacy device", (dir) => {
  for (const [name, layout] of [
    ["user", USER],
    ["global_state", GLOBAL_STATE],
    ["device", DEVICE],
  ]) {
    const data = fixture(dir, name);
    assert.deepEqual(decode(layout, bytes(data, 1, 2, 3, 4, 5)), decode(layout, data), name);
  }
  const legacy = fixture(dir, "device_legacy");
  assert.equal(thrown(DEVICE, bytes(legacy, 5, 0, 0, 0)), DEPRECATED_MISMATCH(5, 2));
  assert.equal(thrown(DEVICE, bytes(legacy, 9)), DEPRECATED_MISMATCH(0, 2));
});

fixtureTest("row 23: trailing count different from the legacy count throws", (dir) => {
  assert.equal(thrown(DEVICE, patched(fixture(dir, "device"), 332, u32(3))), DEPRECATED_MISMATCH(3, 2));
});

fixtureTest("rows 26-27: u128 with the high half set, u64 max", (dir) => {
  const user = fixture(dir, "user");
  const index = [5, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0];
  assert.equal(ok(USER, patched(user, 33, index)).index, "18446744073709551621");
  assert.equal(ok(USER, patched(user, 242, new Array(8).fill(0xff))).last_bgp_up_at, "18446744073709551615");
});

fixtureTest("rows 28-29: the old User layouts", (dir) => {
  const user = fixture(dir, "user");
  const zeroSlot = bytes(cut(user, user.length - 68), new Array(32).fill(0));
  assert.deepEqual(ok(USER, zeroSlot).feed_pks, []);
  const old = ok(USER, cut(user, 241));
  assert.deepEqual(old.bgp_status, { value: 0, label: "unknown" });
  assert.deepEqual([old.last_bgp_up_at, old.last_bgp_reported_at, old.bgp_rtt_ns, old.feed_pks], ["0", "0", "0", []]);
  assert.equal(old.tunnel_flags, 0);
});

// docs/readers.md §8 sweep: the truncation lengths where TS throws; every other length decodes.
const SWEEP: [string, string, [number, number][], string][] = [
  ["user", USER, [[136, 167], [172, 203], [246, 249], [254, 257], [262, 265], [270, 333]], "borsh: not enough data"],
  ["global_state", GLOBAL_STATE, [[6, 17], [22, 53], [66, 69], [98, 101], [130, 133], [138, 141], [146, 173], [178, 209]], "borsh: not enough data"],
  ["device", DEVICE, [[124, 126], [131, 135]], "borsh: not enough data"],
  ["device", DEVICE, [[319, 319], [321, 321], [323, 323], [325, 325], [327, 327], [329, 329], [331, 331], [333, 335]], DEPRECATED_MISMATCH(0, 2)],
];

fixtureTest("sweep: every truncation length of user, device and global_state", (dir) => {
  for (const name of ["user", "device", "global_state"]) {
    const data = fixture(dir, name);
    const rows = SWEEP.filter((s) => s[0] === name);
    for (let n = 0; n <= data.length; n++) {
      const row = rows.find((s) => s[2].some(([lo, hi]) => n >= lo && n <= hi));
      const r = decode(rows[0][1], cut(data, n));
      if (row === undefined) assert.ok("ok" in r, `${name}@${n}: ${JSON.stringify(r)}`);
      else assert.ok("error" in r && r.error.message.startsWith(row[3]), `${name}@${n}: ${JSON.stringify(r).slice(0, 200)}`);
    }
  }
});
