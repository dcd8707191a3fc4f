// The layouts.json schema `dzcompat-layouts/1` (docs/reader-contract.md §1), as far as a reader
// needs it.

import { readFileSync } from "node:fs";

export type LeafKind =
  | "u8"
  | "u16"
  | "u32"
  | "u64"
  | "u128"
  | "i64"
  | "f64"
  | "bool"
  | "pubkey"
  | "ipv4"
  | "networkv4"
  | "string";

export interface Field {
  name: string;
  json: string;
  json_element?: string; // fixture JSON prefix of a list's elements, when not `json`
  type: FieldType;
}

export interface Variant {
  tag: number;
  name: string;
  fields: Field[];
}

export type FieldType =
  | { kind: LeafKind }
  | { kind: "enum"; enum: string }
  | { kind: "vec"; element: FieldType }
  | { kind: "option"; element: FieldType }
  | { kind: "struct"; fields: Field[] }
  | { kind: "tagged"; min_size: number; variants: Variant[]; fields: Field[] }
  | { kind: "sized"; version: number; fields: Field[] };

export interface Rule {
  rule: string;
  legacy?: string;
  trailing?: string;
}

export interface Version {
  id: string;
  label: string;
  fields: Field[];
  rules: Rule[];
}

export interface Account {
  name: string;
  title: string;
  kind: "account" | "instruction";
  versions: Version[];
}

// limits.ts of layouts.json (reader-contract §3): what node's lists cost and its heap.
export interface MemoryModel {
  memory_budget_bytes: number;
  element_bytes: number;
  rebuilt_element_bytes: number;
  slot_bytes: number;
  growth: string;
}

export interface Limits {
  max_expanded_copies: number;
  ts: MemoryModel;
}

// How an SDK holds a program enum.
export type SDKEnum =
  | { form: "number" }
  | {
      form: "labelled";
      type: string;
      labels: [number, string][];
      unlisted: { kind: "label" | "type_name" | "panic" | "raise"; label?: string };
    };

// An SDK's reader of one account: where it differs from the program's layout.
export interface AccountReader {
  first_version?: string;
  defaults?: Record<string, number>;
  retyped?: Record<string, FieldType>;
  stops_before?: string;
  lacks?: string[];
  halves?: string[];
  unknown_tags?: Record<string, number>;
}

export interface SDK {
  id: string;
  name: string;
  enums: Record<string, SDKEnum>;
  readers: Record<string, AccountReader>;
}

export interface Layouts {
  schema: string;
  limits: Limits;
  accounts: Account[];
  sdks: SDK[];
}

// The fields an SDK's reader walks: it stops before one field, lacks others, reads some as another type.
export function walkedFields(reader: AccountReader, fields: Field[]): Field[] {
  const out: Field[] = [];
  for (const f of fields) {
    if (f.name === reader.stops_before) break;
    if (reader.lacks?.includes(f.name)) continue;
    const retyped = reader.retyped?.[f.name];
    out.push(retyped === undefined ? f : { ...f, type: retyped });
  }
  return out;
}

const SCHEMA = "dzcompat-layouts/1";

export function loadLayouts(path: string): Layouts {
  const layouts = JSON.parse(readFileSync(path, "utf8")) as Layouts;
  if (layouts.schema !== SCHEMA) {
    throw new Error(`${path}: schema ${JSON.stringify(layouts.schema)}, expected ${SCHEMA}`);
  }
  const m = layouts.limits?.ts;
  if (!(layouts.limits?.max_expanded_copies > 0) || !(m?.memory_budget_bytes > 0) || !(m.element_bytes > 0)
      || !(m.rebuilt_element_bytes > 0) || !(m.slot_bytes > 0) || m.growth !== "js_push") {
    throw new Error(`${path}: limits.max_expanded_copies or limits.ts missing or incomplete`);
  }
  return layouts;
}
