// docs/readers.md §1.4, §1.5, §3.3: the Device interface lists, on crafted accounts.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Decoder, compileLayouts } from "../src/reader";
import { DEVICE, Obj, bytes, decode, field, hex, layouts, list, ok, pushedListBytes, str, thrown, u16, u32, u64 } from "./helpers";

const ZERO_KEY = "1".repeat(32);

// Device fields up to mgmt_vrf (code "dz1", one dz_prefix, mgmt_vrf "mgmt"), then the legacy list.
const PREFIX = bytes(
  5,
  new Array(32).fill(1),
  u64(7n),
  u64(0n),
  250,
  new Array(32).fill(2),
  new Array(32).fill(3),
  2,
  [203, 0, 113, 1],
  1,
  str("dz1"),
  u32(1),
  [10, 10, 0, 0, 24],
  new Array(32).fill(4),
  new Array(32).fill(5),
  str("mgmt"),
);
// reference_count .. max_multicast_publishers: 24 bytes, each field distinct.
const TAIL = bytes(u32(12), u16(5), u16(100), 3, 1, u16(3), u16(2), u16(50), u16(50), u16(3), u16(1), u16(10));

function body(name: string, status = 3): number[] {
  return [
    status,
    ...str(name),
    2, // interface_type
    1, // cyoa
    1, // dia
    0, // loopback_type
    ...u64(10_000_000_000n),
    ...u64(5_000_000_000n),
    ...u16(9000),
    1, // routing_mode
    ...u16(100),
    172, 16, 0, 1, 30,
    ...u16(200),
    1, // user_tunnel_endpoint
  ];
}

function v1(name: string): number[] {
  return [0, 3, ...str(name), 1, 1, ...u16(0), 10, 0, 0, 1, 32, ...u16(100), 0];
}

function segment(fill: number, index: number): number[] {
  return [...new Array(32).fill(fill), ...u16(index)];
}

function v3(name: string, count: number, segments: number[]): number[] {
  return [3, ...body(name), ...u32(count), ...segments];
}

function sized(name: string, segments: number[][], opts: { size?: number; version?: number; extra?: number[] } = {}): number[] {
  const rest = [...body(name), ...u32(segments.length), ...segments.flat(), ...(opts.extra ?? [])];
  return [...u16(opts.size ?? rest.length + 3), opts.version ?? 4, ...rest];
}

function device(legacy: number[][], trailing?: number[][] | number[]): Uint8Array {
  const tail = trailing === undefined ? [] : Array.isArray(trailing[0]) ? [...u32(trailing.length), ...(trailing as number[][]).flat()] : (trailing as number[]);
  return bytes(PREFIX, u32(legacy.length), legacy.flat(), TAIL, tail);
}

const TAIL_VALUES = { reference_count: 12, users_count: 5, max_users: 100, max_multicast_publishers: 10 };

function assertTail(d: Obj): void {
  for (const [name, v] of Object.entries(TAIL_VALUES)) assert.equal(d[name], v, name);
}

test("legacy tag 0 reads the V1 body: loopback right after the type, no V2 fields", () => {
  const d = ok(DEVICE, device([v1("Loopback0")]));
  const [e] = list(d, "deprecated_interfaces");
  assert.equal(e.version, 0);
  assert.equal(e.name, hex("Loopback0"));
  assert.deepEqual(e.loopback_type, { value: 1, label: "vpnv4" });
  assert.deepEqual(e.interface_cyoa, { value: 0, label: "none" });
  assert.equal(e.mtu, 0, "V1 has no mtu: 0 (Rust would widen to 9000)");
  assert.equal(e.bandwidth, "0");
  assert.equal(e.ip_net, "10.0.0.1/32");
  assert.equal(e.node_segment_idx, 100);
  assert.deepEqual(e.flex_algo_node_segments, []);
  assertTail(d);
});

test("legacy tags 1 and 2 read the V2 body; tag 3 also reads and drops its segments", () => {
  const d = ok(DEVICE, device([[1, ...body("a")], [2, ...body("b")], v3("c", 2, [...segment(9, 1), ...segment(8, 2)])]));
  const elements = list(d, "deprecated_interfaces");
  assert.deepEqual(elements.map((e) => e.version), [1, 2, 3]);
  for (const e of elements) {
    assert.equal(e.mtu, 9000);
    assert.equal(e.bandwidth, "10000000000");
    assert.equal(e.cir, "5000000000");
    assert.deepEqual(e.routing_mode, { value: 1, label: "bgp" });
    assert.equal(e.user_tunnel_endpoint, true);
    assert.deepEqual(e.flex_algo_node_segments, [], "legacy elements carry no segments");
  }
  assertTail(d);
  // Rebuilt: version 4, size 0, the other fields copied.
  const rebuilt = list(d, "interfaces");
  assert.deepEqual(rebuilt.map((e) => [e.size, e.version, e.name]), [
    [0, 4, hex("a")],
    [0, 4, hex("b")],
    [0, 4, hex("c")],
  ]);
});

test("legacy tags 4..255 read nothing more; fields default, the tag is kept, the rebuilt copy is version 4", () => {
  for (const tag of [4, 7, 255]) {
    const d = ok(DEVICE, device([[tag]]));
    const [e] = list(d, "deprecated_interfaces");
    assert.equal(e.version, tag);
    assert.equal(e.name, "");
    assert.deepEqual(e.status, { value: 0, label: "invalid" });
    assert.equal(e.ip_net, "0.0.0.0/0");
    assertTail(d);
    const [r] = list(d, "interfaces");
    assert.equal(r.version, 4);
    assert.equal(r.size, 0);
  }
  // Nothing after an unknown tag is read: the next byte is the next element's tag.
  const d = ok(DEVICE, device([[9], [1, ...body("b")]]));
  assert.deepEqual(list(d, "deprecated_interfaces").map((e) => [e.version, e.name]), [
    [9, ""],
    [1, hex("b")],
  ]);
});

test("V3 segment loop stops once fewer than 34 bytes are left: a garbage count leaves the tail intact", () => {
  for (const count of [5, 0xffffffff]) {
    const d = ok(DEVICE, device([v3("c", count, segment(9, 1))]));
    assertTail(d);
    assert.equal(list(d, "interfaces").length, 1);
  }
});

test("V3 segment loop: stray bytes left by an over-long count end in the length mismatch", () => {
  // One segment declared, two present: the second is read as the tail and its leftovers as the
  // trailing count.
  const data = device([v3("c", 1, [...segment(9, 1), ...segment(1, 257)])]);
  assert.equal(thrown(DEVICE, data), "Device interfaces length 16843009 != deprecatedInterfaces length 1");
});

test("sized elements: the body, the segments, a future version with extra bytes skipped", () => {
  const seg = segment(7, 300);
  const d = ok(
    DEVICE,
    device([[1, ...body("a")], [1, ...body("b")]], [sized("a", [seg]), sized("b", [], { version: 5, extra: new Array(8).fill(0xab) })]),
  );
  const [a, b] = list(d, "interfaces");
  assert.equal(a.size, 45 + 1 + 34);
  assert.equal(a.version, 4);
  assert.deepEqual(a.flex_algo_node_segments, [{ topology: "US517G5965aydkZ46HS38QLi7UQiSojurfbQfKCELFx", node_segment_idx: 300 }]);
  assert.equal(b.size, 45 + 1 + 8);
  assert.equal(b.version, 5, "the version is kept but does not change how the body is read");
  assert.equal(b.name, hex("b"));
  assert.equal(b.mtu, 9000);
});

test("sized elements: versions 0 and 9 parse the same body", () => {
  for (const version of [0, 9]) {
    const d = ok(DEVICE, device([[1, ...body("a")]], [sized("a", [], { version })]));
    const [a] = list(d, "interfaces");
    assert.equal(a.version, version);
    assert.equal(a.name, hex("a"));
    assert.equal(a.node_segment_idx, 200);
  }
});

test("sized elements: a size smaller than the body never moves back", () => {
  const d = ok(DEVICE, device([[1, ...body("a")], [1, ...body("b")]], [sized("a", [], { size: 3 }), sized("b", [])]));
  assert.deepEqual(list(d, "interfaces").map((e) => [e.size, e.name]), [
    [3, hex("a")],
    [46, hex("b")],
  ]);
});

test("sized elements: a size past the end does not move, so the next element reads the leftovers", () => {
  const extra = [...u16(60), 6, 1]; // read as the next element's size, version and status
  const trailing = [...u32(2), ...sized("a", [], { size: 500, extra })];
  const d = ok(DEVICE, device([[1, ...body("a")], [1, ...body("b")]], trailing));
  const [a, b] = list(d, "interfaces");
  assert.equal(a.size, 500);
  assert.deepEqual([b.size, b.version, b.status], [60, 6, { value: 1, label: "unmanaged" }]);
  assert.equal(b.name, "");
});

test("sized elements: a garbage segment count stops when fewer than 34 bytes are left", () => {
  const el = sized("a", [segment(7, 1), segment(8, 2)]);
  const countAt = el.length - 4 - 68;
  el.splice(countAt, 4, ...u32(0xffffffff));
  const d = ok(DEVICE, device([[1, ...body("a")]], [...u32(1), ...el, ...new Array(33).fill(0)]));
  assert.equal((list(d, "interfaces")[0].flex_algo_node_segments as Obj[]).length, 2);
});

test("rebuild when no bytes follow the tail; an empty legacy list rebuilds to []", () => {
  assert.deepEqual(list(ok(DEVICE, device([])), "interfaces"), []);
  assert.deepEqual(list(ok(DEVICE, device([v1("L")])), "interfaces")[0].mtu, 0);
});

test("trailing count different from the legacy count throws", () => {
  const two = [[1, ...body("a")], [1, ...body("b")]];
  assert.equal(thrown(DEVICE, device(two, [sized("a", [])])), "Device interfaces length 1 != deprecatedInterfaces length 2");
  // An explicit count of 0 beside a non-empty legacy list: the SDK throws where Rust rebuilds.
  assert.equal(thrown(DEVICE, device(two, u32(0))), "Device interfaces length 0 != deprecatedInterfaces length 2");
  // 1..3 stray bytes read as count 0 without moving.
  for (const stray of [[7], [7, 7], [7, 7, 7]]) {
    assert.equal(thrown(DEVICE, device(two, stray)), "Device interfaces length 0 != deprecatedInterfaces length 2");
    assert.deepEqual(list(ok(DEVICE, device([], stray)), "interfaces"), [], "empty legacy list: harmless");
  }
});

// What the legacy list of `count` pushed elements and its rebuild (map) take in node's heap.
function heapNeeded(count: number): number {
  const m = layouts.limits.ts;
  return pushedListBytes(count) + count * (m.rebuilt_element_bytes + m.slot_bytes);
}

test("legacy count: no guard; every element is read, past node's heap the process dies", () => {
  // The boundary with a budget of exactly 100 elements, so that the accepted case stays small.
  const budget = heapNeeded(100);
  const small = compileLayouts({ ...layouts, limits: { ...layouts.limits, ts: { ...layouts.limits.ts, memory_budget_bytes: budget } } })
    .get(DEVICE) as Decoder;
  const d = (JSON.parse(small(bytes(PREFIX, u32(100)))) as { ok: Obj }).ok;
  assert.equal(list(d, "deprecated_interfaces").length, 100);
  assert.equal(list(d, "deprecated_interfaces")[99].version, 0);
  assert.equal(list(d, "interfaces").length, 100);
  const oom = (count: number) => JSON.stringify({ fatal: "out of memory", bytes: String(heapNeeded(count)) });
  assert.equal(small(bytes(PREFIX, u32(101))), oom(101));
  // Elements that each use a byte (unknown tag 9) cost the same.
  assert.equal(small(bytes(PREFIX, u32(101), new Array(101).fill(9))), oom(101));
  // layouts.json's own budget: millions of defaults are one run, past the heap the death.
  for (const count of [65537, 262144, 1000000, 6000000]) {
    const value = ok(DEVICE, bytes(PREFIX, u32(count)));
    for (const name of ["deprecated_interfaces", "interfaces"]) {
      const items = list(value, name);
      assert.equal(items.length, 1);
      assert.equal(items[0].repeat, count);
      assert.equal(items[0].element.version, name === "interfaces" ? 4 : 0);
    }
  }
  for (const count of [0x1000000, 0xffffffff]) {
    const m = layouts.limits.ts;
    const legacyOnly = heapNeeded(count) - count * (m.rebuilt_element_bytes + m.slot_bytes);
    const needed = legacyOnly > m.memory_budget_bytes ? legacyOnly : heapNeeded(count);
    assert.deepEqual(decode(DEVICE, bytes(PREFIX, u32(count))), { fatal: "out of memory", bytes: String(needed) });
  }
});

test("pre-tag interface lists (D3) use the same unguarded loop with defensive element reads", () => {
  const d3 = "device@v3";
  const head = bytes(PREFIX.subarray(0, PREFIX.length - 8), u32(65000), u32(65001), str("mgmt"), u32(0), u32(0));
  const element = [1, ...str("Loopback0"), 1, 1, ...u16(0), 10, 0, 0, 1, 32, ...u16(100), 1];
  const [e] = list(ok(d3, bytes(head, u32(1), element)), "deprecated_interfaces");
  assert.equal(e.version, 1, "InterfaceVersion is a bare number");
  assert.equal(e.name, hex("Loopback0"));
  assert.equal(e.user_tunnel_endpoint, true);
  // A count past the data: defaults, no throw.
  assert.equal(list(ok(d3, bytes(head, u32(3), element)), "deprecated_interfaces")[2].name, "");
  assert.equal((decode(d3, bytes(head, u32(0xffffffff))) as { fatal: string }).fatal, "out of memory");
  assert.equal(field(ok(d3, head), "bgp_asn"), 65000);
});

test("empty buffer: all defaults, empty lists", () => {
  const d = ok(DEVICE, new Uint8Array(0));
  assert.equal(d.owner, ZERO_KEY);
  assert.equal(d.code, "");
  assert.deepEqual(d.dz_prefixes, []);
  assert.deepEqual(d.deprecated_interfaces, []);
  assert.deepEqual(d.interfaces, []);
  assert.deepEqual(d.status, { value: 0, label: "pending (deprecated)" });
});
