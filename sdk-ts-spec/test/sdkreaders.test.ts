// The readers that differ from the program's layout (SDKAccountReaders.swift): state.ts's
// deserializeAccessPass (1094-1170), deserializeTenant (1025-1043) and deserializePermission (1214-1225).

import assert from "node:assert/strict";
import { test } from "node:test";
import { bytes, decode, field, latest, layouts, list, ok, pushedListBytes, str, u16, u32, u64 } from "./helpers";

const KEY0 = new Array(32).fill(0);
const accessPass = (tag: number, ...body: number[][]): Uint8Array =>
  bytes([11], KEY0, [1, tag], ...body, [10, 0, 0, 1]);
const seat = (n: number): number[] => [...new Array(32).fill(7), n, 0, 0, 0, ...new Array(16).fill(0)];

test("an unknown pass type keeps its tag and reads no body", () => {
  const value = ok(latest("access_pass"), accessPass(9));
  assert.equal((field(value, "accesspass_type") as Record<string, unknown>).version, 9);
  assert.equal(field(value, "client_ip"), "10.0.0.1");
  assert.equal(field(value, "max_unicast_users"), 1);
});

test("EdgeSeat's count is not checked against the bytes left: a huge one runs out of heap", () => {
  const value = ok(latest("access_pass"), accessPass(4, u32(3), seat(1)));
  const seats = list(field(value, "accesspass_type") as never, "feed_seats");
  assert.deepEqual(seats.map((s) => s.max_users), [1, 10, 0]);
  const needed = pushedListBytes(0xffffffff);
  assert.ok(needed > layouts.limits.ts.memory_budget_bytes);
  assert.deepEqual(decode(latest("access_pass"), accessPass(4, u32(0xffffffff))), { fatal: "out of memory", bytes: String(needed) });
});

test("Tenant's billing is read whatever its discriminant, and include_topologies never", () => {
  const tenant = bytes([13], KEY0, [1], str("t"), u16(500), u32(2), u32(0), [1], KEY0, [1, 0], [7], u64(100n), u64(3n), u32(0));
  const value = ok(latest("tenant"), tenant);
  assert.deepEqual(field(value, "billing"), { version: 7, rate: "100", last_deduction_dz_epoch: "3" });
  assert.equal("include_topologies" in value, false);
});

test("Permission's u128 is two u64 halves, low then high", () => {
  const head = [[15], KEY0, [1, 1], KEY0];
  assert.equal(field(ok(latest("permission"), bytes(...head, u64(1n), u64(2n))), "permissions"), "36893488147419103233");
  assert.equal(field(ok(latest("permission"), bytes(...head, u64(5n), [0, 0, 0, 0])), "permissions"), "5");
});
