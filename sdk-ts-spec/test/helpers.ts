// Shared test support: the repository's layouts.json, the reference fixtures, byte builders.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { loadLayouts } from "../src/layouts";
import { Decoder, compileLayouts } from "../src/reader";

// Decoded values as parsed from the reader's JSON line.
export type Obj = Record<string, any>;
export type Value = Obj[string];
export type Result = { ok: Obj } | { error: { class: string; message: string } } | { fatal: string };

// build/test -> sdk-ts-spec
export const READER_DIR = resolve(__dirname, "../..");
export const LAYOUTS_PATH = resolve(READER_DIR, "../fixtures/layouts.json");

export const layouts = loadLayouts(LAYOUTS_PATH);
export const decoders: Map<string, Decoder> = compileLayouts(layouts);

// Today's version of each account: the last one listed.
export function latest(account: string): string {
  const a = layouts.accounts.find((x) => x.name === account);
  if (a === undefined) throw new Error(`no account ${account}`);
  return `${account}@${a.versions[a.versions.length - 1].id}`;
}

export const USER = latest("user");
export const DEVICE = latest("device");
export const GLOBAL_STATE = latest("global_state");

export function decode(layout: string, data: Uint8Array): Result {
  const d = decoders.get(layout);
  if (d === undefined) throw new Error(`no layout ${layout}`);
  return JSON.parse(d(data)) as Result;
}

export function ok(layout: string, data: Uint8Array): Obj {
  const r = decode(layout, data);
  if (!("ok" in r)) throw new Error(`${layout}: expected a value, got ${JSON.stringify(r)}`);
  return r.ok;
}

export function thrown(layout: string, data: Uint8Array): string {
  const r = decode(layout, data);
  if (!("error" in r)) throw new Error(`${layout}: expected a throw, got ${JSON.stringify(r).slice(0, 300)}`);
  if (r.error.class !== "Error") throw new Error(`${layout}: error class ${r.error.class}`);
  return r.error.message;
}

// The upstream reference set in the tree (Tests/ReferenceFixtures), or DZCOMPAT_REFERENCE_DIR.
export const REFERENCE_DIR =
  process.env.DZCOMPAT_REFERENCE_DIR ?? resolve(READER_DIR, "../Tests/ReferenceFixtures");

// A test over the reference fixtures. A missing directory fails it: it never skips.
export function fixtureTest(name: string, fn: (dir: string) => void): void {
  test(name, () => {
    if (!existsSync(REFERENCE_DIR)) throw new Error(`reference fixtures missing: ${REFERENCE_DIR}`);
    return fn(REFERENCE_DIR);
  });
}

export function fixture(dir: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, `${name}.bin`)));
}

// Little-endian byte builders for crafted inputs.
export function bytes(...parts: (ArrayLike<number> | number)[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === "number") out.push(p);
    else for (let i = 0; i < p.length; i++) out.push(p[i]);
  }
  return new Uint8Array(out);
}

export function u16(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff];
}

export function u32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

export function u64(v: bigint): number[] {
  const out: number[] = [];
  for (let i = 0n; i < 8n; i++) out.push(Number((v >> (8n * i)) & 0xffn));
  return out;
}

export function str(text: string): number[] {
  const b = Buffer.from(text, "utf8");
  return [...u32(b.length), ...b];
}

export function hex(text: string): string {
  return Buffer.from(text, "utf8").toString("hex");
}

// A copy of `data` with `patch` written at `offset`.
export function patched(data: Uint8Array, offset: number, patch: number[]): Uint8Array {
  const out = data.slice();
  out.set(patch, offset);
  return out;
}

export function field(value: Obj, name: string): Value {
  if (!(name in value)) throw new Error(`no field ${name}`);
  return value[name];
}

export function list(value: Obj, name: string): Obj[] {
  return field(value, name) as Obj[];
}

// What a list of `count` elements pushed one by one takes in node's heap: re-derived here from
// layouts.json's ts limits, so that the reader's sums are checked against the rule in reader-contract §3.
export function pushedListBytes(count: number): number {
  const m = layouts.limits.ts;
  let capacity = 0;
  while (capacity < count) capacity += Math.floor(capacity / 2) + 16;
  return count * m.element_bytes + capacity * m.slot_bytes;
}
