// The reader facts of layouts.json's `sdks` (docs/reader-contract.md §1): a reader that stops before a
// field, lacks one, reads one as another width, defaults a missing one, or has no reader before a version.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Field, Layouts } from "../src/layouts";
import { compileLayouts } from "../src/reader";

const FIELDS: Field[] = [
  { name: "x", json: "X", type: { kind: "u8" } },
  { name: "gone", json: "Gone", type: { kind: "u16" } },
  { name: "flags", json: "Flags", type: { kind: "u32" } },
  { name: "cap", json: "Cap", type: { kind: "u16" } },
  { name: "tail", json: "Tail", type: { kind: "u8" } },
];

const LAYOUTS: Layouts = {
  schema: "dzcompat-layouts/1",
  limits: {
    max_expanded_copies: 4,
    ts: { memory_budget_bytes: 1000, element_bytes: 400, rebuilt_element_bytes: 192, slot_bytes: 8, growth: "js_push" },
  },
  accounts: [
    {
      name: "a",
      title: "A",
      kind: "account",
      versions: [
        { id: "v0", label: "A0", fields: FIELDS.slice(0, 1), rules: [] },
        { id: "v1", label: "A1", fields: FIELDS, rules: [] },
      ],
    },
    { name: "b", title: "B", kind: "account", versions: [{ id: "v0", label: "B0", fields: FIELDS.slice(0, 1), rules: [] }] },
  ],
  sdks: [
    {
      id: "ts",
      name: "TypeScript",
      enums: {},
      readers: {
        a: { first_version: "v1", defaults: { cap: 1 }, retyped: { flags: { kind: "u8" } }, stops_before: "tail", lacks: ["gone"] },
      },
    },
  ],
};

const decoders = compileLayouts(LAYOUTS);
const answer = (layout: string, hex: string): unknown => JSON.parse(decoders.get(layout)!(Buffer.from(hex, "hex")));

test("no reader for an account, or for a version before the first one read", () => {
  assert.deepEqual(answer("a@v0", "07"), { error: { class: "NoReader", message: "the TypeScript SDK has no reader for A" } });
  assert.deepEqual(answer("b@v0", "07"), { error: { class: "NoReader", message: "the TypeScript SDK has no reader for B" } });
});

test("a lacked field is not read, a retyped one is read at its SDK width, a stop ends the walk", () => {
  assert.deepEqual(answer("a@v1", "0102030405ff"), { ok: { x: 1, flags: 2, cap: 1027 } });
});

test("the SDK's default when a field's bytes are missing", () => {
  assert.deepEqual(answer("a@v1", "0102"), { ok: { x: 1, flags: 2, cap: 1 } });
  assert.deepEqual(answer("a@v1", "010203"), { ok: { x: 1, flags: 2, cap: 1 } });
});
