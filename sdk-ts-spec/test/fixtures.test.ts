// The reference fixtures decode to the values in their .json (docs/readers.md §9.1 naming: vectors as
// XLen and X0.., elements as <json_element><i><Field>). Every field of the .json is compared,
// ipv4 and networkv4 included (the SDK's own test silently skips those).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Field } from "../src/layouts";
import { DEVICE, GLOBAL_STATE, Obj, USER, Value, decoders, fixture, fixtureTest, layouts, ok } from "./helpers";

function leafText(value: Value): string {
  if (typeof value === "object" && value !== null && "value" in value) return String(value.value); // enum
  return String(value);
}

function flatten(fields: Field[], value: Obj, prefix: string, out: Map<string, string>): void {
  for (const f of fields) {
    const v = value[f.name];
    if (f.type.kind === "string") {
      out.set(prefix + f.json, Buffer.from(v as string, "hex").toString("utf8"));
    } else if (f.type.kind !== "vec") {
      out.set(prefix + f.json, leafText(v));
    } else {
      const element = f.type.element;
      const items = v as Value[];
      out.set(`${prefix}${f.json}Len`, String(items.length));
      items.forEach((item, i) => {
        const at = `${prefix}${f.json_element ?? f.json}${i}`;
        if (!("fields" in element)) {
          out.set(at, leafText(item));
          return;
        }
        const obj = item as Obj;
        for (const header of ["size", "version"]) {
          if (header in obj) out.set(at + header[0].toUpperCase() + header.slice(1), String(obj[header]));
        }
        flatten(element.fields, obj, at, out);
      });
    }
  }
}

interface FixtureJson {
  name: string;
  account_type: number;
  fields: { name: string; value: string; typ: string }[];
}

// Where the SDK knowingly differs from the generator's .json: the rebuilt copy of a V1 legacy
// entry keeps mtu 0; Rust widens it to 9000 (docs/program-rules.md §2 rule 9).
const SDK_VALUES: Record<string, Record<string, string>> = {
  device_legacy: { NewInterface0Mtu: "0" },
};

const FIXTURES: [string, string][] = [
  ["user", USER],
  ["device", DEVICE],
  ["device_legacy", DEVICE],
  ["device_future_version", DEVICE],
  ["global_state", GLOBAL_STATE],
];

function fieldsOf(layout: string): Field[] {
  const [account, id] = layout.split("@");
  const a = layouts.accounts.find((x) => x.name === account);
  const v = a?.versions.find((x) => x.id === id);
  if (v === undefined) throw new Error(`no layout ${layout}`);
  return v.fields;
}

for (const [name, layout] of FIXTURES) {
  fixtureTest(`reference fixture ${name} decodes to its .json with ${layout}`, (dir) => {
    const meta = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as FixtureJson;
    const value = ok(layout, fixture(dir, name));
    assert.equal(value.account_type, meta.account_type);
    const flat = new Map<string, string>();
    flatten(fieldsOf(layout), value, "", flat);
    for (const f of meta.fields) {
      assert.ok(flat.has(f.name), `${name}: ${f.name} has no decoded counterpart`);
      assert.equal(flat.get(f.name), SDK_VALUES[name]?.[f.name] ?? f.value, `${name}: ${f.name}`);
    }
  });
}

fixtureTest("device_legacy rebuilds its interfaces; device_future_version skips the 8 unknown bytes", (dir) => {
  const legacy = ok(DEVICE, fixture(dir, "device_legacy"));
  assert.deepEqual((legacy.interfaces as Obj[]).map((e) => [e.size, e.version, e.mtu]), [
    [0, 4, 0], // V1 copied with mtu 0 (Rust widens to 9000)
    [0, 4, 9000],
  ]);
  const future = ok(DEVICE, fixture(dir, "device_future_version"));
  const current = ok(DEVICE, fixture(dir, "device"));
  const [f0, f1] = future.interfaces as Obj[];
  const [c0, c1] = current.interfaces as Obj[];
  assert.deepEqual(f0, c0);
  assert.deepEqual({ ...f1, size: 54, version: 4 }, c1);
  assert.deepEqual([f1.size, f1.version], [62, 5]);
});

test("every layout the SDK has a reader for compiles; every other answers NoReader", () => {
  const readers = layouts.sdks.find((x) => x.id === "ts")!.readers;
  for (const a of layouts.accounts) {
    for (const v of a.versions) {
      const r = JSON.parse((decoders.get(`${a.name}@${v.id}`) as (d: Uint8Array) => string)(new Uint8Array(0)));
      if (readers[a.name] === undefined) {
        assert.deepEqual(r, { error: { class: "NoReader", message: `the TypeScript SDK has no reader for ${a.title}` } });
      } else assert.ok("ok" in (r as object), `${a.name}@${v.id}: ${JSON.stringify(r)}`);
    }
  }
});

fixtureTest("an older release reads today's accounts' known prefix identically", (dir) => {
  for (const [name, account] of [
    ["user", "user"],
    ["global_state", "global_state"],
  ]) {
    const data = fixture(dir, name);
    const today = ok(`${account}@${layouts.accounts.find((a) => a.name === account)?.versions.slice(-1)[0].id}`, data);
    for (const v of layouts.accounts.find((a) => a.name === account)?.versions ?? []) {
      const old = ok(`${account}@${v.id}`, data);
      for (const f of v.fields) if (f.name in today) assert.deepEqual(old[f.name], today[f.name], `${account}@${v.id} ${f.name}`);
    }
  }
});
