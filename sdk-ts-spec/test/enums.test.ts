// docs/readers.md §4: the TS SDK keeps the raw number and labels it with its string helper.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { enumValues } from "../src/labels";
import { DEVICE, USER, field, fixture, layouts, ok, patched, fixtureTest } from "./helpers";

// The TS facts of layouts.json: what the reader renders enums from.
const TS_ENUMS = layouts.sdks.find((x) => x.id === "ts")!.enums;

// docs/readers.md §4.2, TS column: value -> label; every other value of 0..255 is "unknown".
const EXPECTED: Record<string, string[]> = {
  UserType: ["ibrl", "ibrl_with_allocated_ip", "edge_filtering", "multicast"],
  UserCYOA: ["none", "gre_over_dia", "gre_over_fabric", "gre_over_private_peering", "gre_over_public_peering", "gre_over_cable"],
  UserStatus: [
    "pending (deprecated)",
    "activated",
    "unknown", // 2 SuspendedDeprecated is a real Rust value the SDK table lacks
    "deleting",
    "rejected (deprecated)",
    "pending_ban (deprecated)",
    "banned",
    "updating (deprecated)",
    "out_of_credits",
  ],
  BGPStatus: ["unknown", "up", "down"],
  DeviceType: ["hybrid", "transit", "edge"],
  // Shifted by one from 2 on (Rust: 3 Deleting, 5 Drained, 7 LinkProvisioning).
  DeviceStatus: [
    "pending (deprecated)",
    "activated",
    "deleting",
    "rejected (deprecated)",
    "drained",
    "device-provisioning",
    "link-provisioning",
    "unknown",
  ],
  DeviceHealth: ["unknown", "pending", "ready_for_links", "ready_for_users", "impaired"],
  DeviceDesiredStatus: ["pending", "activated", "unknown", "unknown", "unknown", "unknown", "drained"],
  InterfaceStatus: ["invalid", "unmanaged", "pending", "activated", "deleting", "rejecting", "unlinked"],
  InterfaceType: ["invalid", "loopback", "physical"],
  LoopbackType: ["none", "vpnv4", "ipv4", "pim_rp_addr", "reserved"],
  InterfaceCYOA: ["none", "gre_over_dia", "gre_over_fabric", "gre_over_private_peering", "gre_over_public_peering", "gre_over_cable"],
  InterfaceDIA: ["none", "dia"],
  RoutingMode: ["static", "bgp"],
};

test("every value 0..255 of every labelled enum gets the SDK helper's label", () => {
  for (const [name, labels] of Object.entries(EXPECTED)) {
    const values = enumValues(name, TS_ENUMS);
    for (let v = 0; v < 256; v++) {
      assert.deepEqual(values[v], { value: v, label: labels[v] ?? "unknown" }, `${name} ${v}`);
    }
  }
});

test("AccountType and the pre-tag InterfaceVersion are bare numbers", () => {
  for (const name of ["AccountType", "InterfaceVersion"]) {
    const values = enumValues(name, TS_ENUMS);
    for (let v = 0; v < 256; v++) assert.equal(values[v], v);
  }
});

test("every enum layouts.json uses has a rendering", () => {
  const names = new Set<string>();
  const walk = (t: { kind: string; enum?: string; element?: unknown; fields?: unknown; variants?: unknown }): void => {
    if (t.kind === "enum") names.add(t.enum as string);
    if (t.element !== undefined) walk(t.element as typeof t);
    for (const f of (t.fields ?? []) as { type: typeof t }[]) walk(f.type);
    for (const v of (t.variants ?? []) as { fields: { type: typeof t }[] }[]) for (const f of v.fields) walk(f.type);
  };
  for (const a of layouts.accounts) {
    if (a.kind !== "account") continue;
    for (const v of a.versions) for (const f of v.fields) walk(f.type);
  }
  for (const name of names) assert.doesNotThrow(() => enumValues(name, TS_ENUMS), name);
});

fixtureTest("the tables agree with the SDK's enum_strings.json where it lists an enum", (dir) => {
  const strings = JSON.parse(readFileSync(join(dir, "enum_strings.json"), "utf8")) as Record<string, Record<string, string>>;
  let checked = 0;
  for (const [rust, form] of Object.entries(TS_ENUMS)) {
    if (form.form !== "labelled") continue;
    const expected = strings[form.type];
    if (expected === undefined) continue;
    const values = enumValues(rust, TS_ENUMS);
    for (const [v, label] of Object.entries(expected)) {
      assert.deepEqual(values[Number(v)], { value: Number(v), label }, `${form.type} ${v}`);
      checked++;
    }
  }
  assert.ok(checked > 50);
});

fixtureTest("unknown values are kept and decode without error (matrix rows 17, 18, 19)", (dir) => {
  const user = fixture(dir, "user");
  const u = ok(USER, patched(patched(patched(user, 50, [9]), 131, [2]), 241, [7]));
  assert.deepEqual(field(u, "user_type"), { value: 9, label: "unknown" });
  assert.deepEqual(field(u, "status"), { value: 2, label: "unknown" });
  assert.deepEqual(field(u, "bgp_status"), { value: 7, label: "unknown" });
  const device = fixture(dir, "device");
  for (const [status, label] of [
    [5, "device-provisioning"],
    [7, "unknown"],
  ] as [number, string][]) {
    assert.deepEqual(field(ok(DEVICE, patched(device, 119, [status])), "status"), { value: status, label });
  }
  assert.equal(field(ok(USER, patched(user, 0, [5])), "account_type"), 5, "wrong account type: no check");
});
