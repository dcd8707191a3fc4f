// The TS SDK's account decoders (sdk/serviceability/typescript/serviceability/state.ts),
// generalised to any layout version in layouts.json: a release that knows that version walks its
// fields in order with the DefensiveReader rules (docs/readers.md §2, §3).
//
// Each field is compiled once into a closure that reads with the SDK's primitive and renders the
// value straight to its JSON text (reader-contract §3): building objects and stringifying them
// afterwards costs more than the decode itself.

import { enumValues } from "./labels";
import { AccountReader, Field, FieldType, Layouts, Limits, MemoryModel, SDKEnum, Variant, Version, walkedFields } from "./layouts";
import { BorshReader, DefensiveReader, OutOfMemory } from "./primitives";
import { base58, f64Hex, ipv4Text, networkV4Text, utf8Hex } from "./render";

// data -> one JSON line: {"ok":…}, {"error":…} or {"fatal":…}
export type Decoder = (data: Uint8Array) => string;

// Per decode: the legacy interface elements, for the Device trailing step; the bytes charged to
// node's heap.
interface Ctx {
  legacy: Elements;
  live: number;
}

type Read = (r: DefensiveReader, ctx: Ctx) => string;
// A composite element: the JSON texts of its keys, in key order.
type ElementRead = (r: DefensiveReader, ctx: Ctx) => string[];

// A list of composite elements; repeat > 0: the last item stands for that many copies (a run of
// fast-forwarded defaults longer than max_expanded_copies, reader-contract §3).
interface Elements {
  items: string[][];
  repeat: number;
}

function elementCount(list: Elements): number {
  return list.repeat > 0 ? list.items.length - 1 + list.repeat : list.items.length;
}

// The list's text; a run is one {"repeat": n, "element": …} item.
function runsText(list: Elements, text: (values: string[]) => string): string {
  const texts = list.items.map(text);
  const last = texts.length - 1;
  if (list.repeat > 0) texts[last] = `{"repeat":${list.repeat},"element":${texts[last]}}`;
  return listText(texts);
}

// The backing store of an array after n pushes (V8: capacity + capacity / 2 + 16).
function pushCapacity(n: number): number {
  let capacity = 0;
  while (capacity < n) capacity = capacity + Math.floor(capacity / 2) + 16;
  return capacity;
}

// Charges a list to node's heap: past the budget the process dies, having needed the total.
function charge(ctx: Ctx, m: MemoryModel, bytes: number): void {
  ctx.live += bytes;
  if (ctx.live > m.memory_budget_bytes) throw new OutOfMemory(ctx.live);
}

interface Leaf {
  width: number | null; // null: variable (string)
  zero: string;
  tryRead: Read;
  read: (s: BorshReader) => string;
}

const quote = (s: string): string => `"${s}"`;

// Pubkeys repeat a lot across a corpus and base58 is the costliest leaf, so texts are memoised,
// keyed by an FNV-1a hash of the 32 bytes and confirmed byte by byte.
const keyTexts = new Map<number, { key: Uint8Array; text: string }>();

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < 32; i++) if (a[i] !== b[i]) return false;
  return true;
}

function pubkeyText(b: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < 32; i++) hash = Math.imul(hash ^ b[i], 16777619);
  const hit = keyTexts.get(hash);
  if (hit !== undefined && sameKey(hit.key, b)) return hit.text;
  if (keyTexts.size >= 4096) keyTexts.clear();
  const text = quote(base58(b));
  keyTexts.set(hash, { key: b.slice(), text });
  return text;
}

function fixedBytes(n: number, render: (b: Uint8Array) => string): Leaf {
  return {
    width: n,
    zero: render(new Uint8Array(n)),
    tryRead: (r) => render(r.readBytes(n)),
    read: (s) => render(s.readFixedArray(n)),
  };
}

const plain = (
  width: number,
  zero: string,
  tryRead: (r: DefensiveReader) => number | boolean,
  read: (s: BorshReader) => number | boolean,
): Leaf => ({ width, zero, tryRead: (r) => String(tryRead(r)), read: (s) => String(read(s)) });

const decimal = (width: number, tryRead: (r: DefensiveReader) => bigint, read: (s: BorshReader) => bigint): Leaf => ({
  width,
  zero: '"0"',
  tryRead: (r) => quote(tryRead(r).toString()),
  read: (s) => quote(read(s).toString()),
});

function leaf(type: FieldType, enums: Record<string, SDKEnum>): Leaf | null {
  switch (type.kind) {
    case "u8":
      return plain(1, "0", (r) => r.tryReadU8(0), (s) => s.readU8());
    case "bool":
      return plain(1, "false", (r) => r.tryReadBool(false), (s) => s.readBool());
    case "u16":
      return plain(2, "0", (r) => r.tryReadU16(0), (s) => s.readU16());
    case "u32":
      return plain(4, "0", (r) => r.tryReadU32(0), (s) => s.readU32());
    case "u64":
      return decimal(8, (r) => r.tryReadU64(0n), (s) => s.readU64());
    case "i64":
      return decimal(8, (r) => r.tryReadI64(0n), (s) => s.readI64());
    case "u128":
      return decimal(16, (r) => r.tryReadU128(0n), (s) => s.readU128());
    case "f64":
      return {
        width: 8,
        zero: quote(f64Hex(0)),
        tryRead: (r) => quote(f64Hex(r.tryReadF64(0))),
        read: (s) => quote(f64Hex(s.readF64())),
      };
    case "pubkey":
      return fixedBytes(32, pubkeyText);
    case "ipv4":
      return fixedBytes(4, (b) => quote(ipv4Text(b)));
    case "networkv4":
      return fixedBytes(5, (b) => quote(networkV4Text(b)));
    case "string":
      return {
        width: null,
        zero: '""',
        tryRead: (r) => quote(utf8Hex(r.tryReadString(""))),
        read: (s) => quote(utf8Hex(s.readString())),
      };
    case "enum": {
      // The SDK keeps the raw number; the label is its string helper's.
      const texts = enumValues(type.enum, enums).map((v) => JSON.stringify(v));
      return { width: 1, zero: texts[0], tryRead: (r) => texts[r.tryReadU8(0)], read: (s) => texts[s.readU8()] };
    }
    default:
      return null;
  }
}

const keyOf = (name: string): string => `${JSON.stringify(name)}:`;

function objectText(keys: string[], values: string[]): string {
  let out = "{";
  for (let i = 0; i < keys.length; i++) out += (i === 0 ? "" : ",") + keys[i] + values[i];
  return out + "}";
}

// Plain concatenation: join() would flatten every element here, and the line is flattened once
// anyway when it is written.
function listText(items: string[]): string {
  let out = "[";
  for (let i = 0; i < items.length; i++) out += (i === 0 ? "" : ",") + items[i];
  return out + "]";
}

class Compiler {
  constructor(
    private readonly limits: Limits,
    private readonly enums: Record<string, SDKEnum>,
  ) {}

  private leaf(type: FieldType): Leaf | null {
    return leaf(type, this.enums);
  }

  private unsupported(type: FieldType, where: string): never {
    throw new Error(`type ${type.kind} is not supported ${where}`);
  }

  private width(type: FieldType): number | null {
    const l = this.leaf(type);
    if (l !== null) return l.width;
    if (type.kind !== "struct") return null;
    let total = 0;
    for (const f of type.fields) {
      const w = this.width(f.type);
      if (w === null) return null;
      total += w;
    }
    return total;
  }

  // What the SDK object holds for a field it never read (all-zero key, 0, "", []).
  zero(type: FieldType): string {
    const l = this.leaf(type);
    if (l !== null) return l.zero;
    if (type.kind === "vec") return "[]";
    return this.unsupported(type, "as a default value");
  }

  private fields(fields: Field[], compile: (t: FieldType) => Read): ElementRead {
    const reads = fields.map((f) => compile(f.type));
    return (r, ctx) => reads.map((read) => read(r, ctx));
  }

  // A fixed-width field with the SDK's own default: `r.remaining >= width ? read : default`.
  defaulted(type: FieldType, value: number): Read {
    const l = this.leaf(type);
    if (l === null || l.width === null) return this.unsupported(type, "with a default");
    const width = l.width;
    const text = l.width > 4 ? quote(String(value)) : String(value);
    return (r, ctx) => (r.remaining >= width ? l.tryRead(r, ctx) : text);
  }

  // An account field read straight from the account (docs/readers.md §2.2); a struct's fields are
  // read the same way.
  top(type: FieldType): Read {
    const l = this.leaf(type);
    if (l !== null) return l.tryRead;
    if (type.kind === "struct") {
      const keys = this.keys(type);
      const read = this.fields(type.fields, (t) => this.top(t));
      return (r, ctx) => objectText(keys, read(r, ctx));
    }
    if (type.kind !== "vec") return this.unsupported(type, "as an account field");
    const el = type.element;
    if (el.kind === "tagged" || el.kind === "sized" || el.kind === "struct") return this.compositeList(el, false);
    // Defensive only about the 4-byte count; the elements are strict and can throw.
    const read = this.leaf(el);
    if (read === null) return this.unsupported(el, "inside a vector");
    return (r) => listText(r.tryReadVec(read.read));
  }

  // A u128 the SDK reads as two u64 halves, low then high (`lo | (hi << 64n)`): the low half can be
  // read where the high one is not.
  halves(type: FieldType): Read {
    if (type.kind !== "u128") return this.unsupported(type, "as two u64 halves");
    return (r) => {
      const low = r.tryReadU64(0n);
      return quote((low | (r.tryReadU64(0n) << 64n)).toString());
    };
  }

  // An enum with payloads as an account field: its bodies are read like account fields, and a tag
  // without a variant is reported as `unknownTag` when the SDK has one.
  payload(type: FieldType, unknownTag: number | undefined): Read {
    if (type.kind !== "tagged") return this.unsupported(type, "as an enum with payloads");
    const read = this.tagged(type.variants, type.fields, (t) => this.top(t), unknownTag);
    const keys = this.keys(type);
    return (r, ctx) => objectText(keys, read(r, ctx));
  }

  // The legacy list of a Device with the trailing vec: as `top`, and kept for the trailing step.
  legacy(type: FieldType): Read {
    if (type.kind !== "vec" || type.element.kind !== "tagged") {
      return this.unsupported(type, "as the legacy interface list");
    }
    return this.compositeList(type.element, true);
  }

  private compositeList(element: FieldType, keepForTrailing: boolean): Read {
    const list = this.unboundedList(this.element(element));
    const keys = this.keys(element);
    return (r, ctx) => {
      const items = list(r, ctx);
      if (keepForTrailing) ctx.legacy = items;
      return runsText(items, (values) => objectText(keys, values));
    };
  }

  // The SDK's interface loop, for every list of composite elements (the only ones are Device
  // interface lists): a defensive count, then exactly count elements, no guard (docs/readers.md §3.3
  // step A). Once an element reads nothing, every later one reads the same bytes to the same
  // defaults, so the rest is filled in at once: one by one up to max_expanded_copies, else as a run.
  // The whole list is then charged to node's heap.
  private unboundedList(element: ElementRead): (r: DefensiveReader, ctx: Ctx) => Elements {
    const maxCopies = this.limits.max_expanded_copies;
    const m = this.limits.ts;
    return (r, ctx) => {
      const count = r.tryReadU32(0);
      const out: Elements = { items: [], repeat: 0 };
      while (out.items.length < count) {
        const start = r.offset;
        out.items.push(element(r, ctx));
        if (r.offset !== start) continue;
        const rest = count - out.items.length + 1;
        if (rest > maxCopies) {
          out.repeat = rest;
          break;
        }
        while (out.items.length < count) out.items.push(out.items[out.items.length - 1]);
      }
      charge(ctx, m, count * m.element_bytes + pushCapacity(count) * m.slot_bytes);
      return out;
    };
  }

  // The keys of a composite element, in the order reader-contract §3 lists them.
  private keys(type: FieldType): string[] {
    const names = "fields" in type ? type.fields.map((f) => f.name) : [];
    if (type.kind === "tagged") return ["version", ...names].map(keyOf);
    if (type.kind === "sized") return ["size", "version", ...names].map(keyOf);
    return names.map(keyOf);
  }

  private element(type: FieldType): ElementRead {
    if (type.kind === "tagged") return this.tagged(type.variants, type.fields, (t) => this.bodyField(t, false));
    if (type.kind === "sized") return this.sized(type.fields);
    // Pre-tag interface elements (D3, D4): each field read defensively, like the tagged bodies.
    if (type.kind === "struct") return this.fields(type.fields, (t) => this.top(t));
    return this.unsupported(type, "as a list element");
  }

  // A field inside an interface body. Vectors there (the flex-algo segments) are a defensive count
  // and a loop that stops once fewer than one element's bytes are left; legacy elements throw
  // their segments away (the SDK object carries an empty list).
  private bodyField(type: FieldType, keepLists: boolean): Read {
    const l = this.leaf(type);
    if (l !== null) return l.tryRead;
    if (type.kind !== "vec") return this.unsupported(type, "in an interface body");
    const el = type.element;
    const width = this.width(el);
    if (width === null || width === 0) return this.unsupported(type, "as a segment list element");
    let one: Read;
    if (el.kind === "struct") {
      const keys = this.keys(el);
      const read = this.fields(el.fields, (t) => this.bodyField(t, keepLists));
      one = (r, ctx) => objectText(keys, read(r, ctx));
    } else {
      one = this.bodyField(el, keepLists);
    }
    return (r, ctx) => {
      const count = r.tryReadU32(0);
      const out: string[] = [];
      for (let i = 0; i < count; i++) {
        if (r.remaining < width) break;
        const v = one(r, ctx);
        if (keepLists) out.push(v);
      }
      return listText(out);
    };
  }

  // Tagged element: a tag byte, then that tag's body, each field read by `body` (a legacy interface,
  // docs/readers.md §1.4, reads interface body fields); an unknown tag reads nothing more and keeps
  // every field at its default, with the tag as read or as `unknownTag`.
  private tagged(variants: Variant[], union: Field[], body: (t: FieldType) => Read, unknownTag?: number): ElementRead {
    const zeros = union.map((f) => this.zero(f.type));
    const bodies = new Map<number, { slots: number[]; reads: Read[] }>();
    for (const v of variants) {
      const slots = v.fields.map((f) => 1 + union.findIndex((u) => u.name === f.name));
      if (slots.includes(0)) throw new Error(`variant ${v.name} has a field missing from the union`);
      bodies.set(v.tag, { slots, reads: v.fields.map((f) => body(f.type)) });
    }
    return (r, ctx) => {
      const tag = r.tryReadU8(0);
      const found = bodies.get(tag);
      const out = [String(found === undefined ? (unknownTag ?? tag) : tag), ...zeros];
      if (found !== undefined) {
        for (let i = 0; i < found.reads.length; i++) out[found.slots[i]] = found.reads[i](r, ctx);
      }
      return out;
    };
  }

  // Size-prefixed element (docs/readers.md §1.5, §3.3): the body is always the known layout whatever
  // the version byte says, then a move to start+size through readBytes, which does not move when
  // the bytes are not there and never moves back.
  private sized(fields: Field[]): ElementRead {
    const body = this.fields(fields, (t) => this.bodyField(t, true));
    return (r, ctx) => {
      const start = r.offset;
      const size = r.tryReadU16(0);
      const version = r.tryReadU8(0);
      const out = [String(size), String(version), ...body(r, ctx)];
      const consumed = r.offset - start;
      if (size > consumed) r.readBytes(size - consumed);
      return out;
    };
  }

  // Device step C (docs/readers.md §3.3): no bytes left rebuilds from the legacy list (version set to
  // the sized version, size 0, even for unknown legacy tags, other fields copied by name);
  // otherwise the trailing count must equal the legacy count.
  trailing(type: FieldType, legacyType: FieldType): Read {
    if (type.kind !== "vec" || type.element.kind !== "sized" || legacyType.kind !== "vec" || legacyType.element.kind !== "tagged") {
      return this.unsupported(type, "as the trailing interface list");
    }
    const sized = type.element;
    const union = legacyType.element.fields;
    const element = this.sized(sized.fields);
    const copied = sized.fields.map((f) => 1 + union.findIndex((u) => u.name === f.name));
    const zeros = sized.fields.map((f) => this.zero(f.type));
    const rebuild = (legacy: string[]): string[] => [
      "0",
      String(sized.version),
      ...copied.map((from, i) => (from > 0 ? legacy[from] : zeros[i])),
    ];
    const keys = this.keys(sized);
    const m = this.limits.ts;
    return (r, ctx) => {
      const legacy = ctx.legacy;
      const legacyCount = elementCount(legacy);
      if (r.remaining === 0) {
        // deprecatedInterfaces.map: one spread copy per element in an array sized up front.
        charge(ctx, m, legacyCount * (m.rebuilt_element_bytes + m.slot_bytes));
        return runsText(legacy, (e) => objectText(keys, rebuild(e)));
      }
      const count = r.tryReadU32(0);
      if (count !== legacyCount) {
        throw new Error(`Device interfaces length ${count} != deprecatedInterfaces length ${legacyCount}`);
      }
      // A legacy list that got here read bytes for every element, so the count is small.
      const out: string[] = [];
      for (let i = 0; i < count; i++) out.push(objectText(keys, element(r, ctx)));
      return listText(out);
    };
  }
}

function compileVersion(compiler: Compiler, version: Version, reader: AccountReader): Decoder {
  const fields = walkedFields(reader, version.fields);
  const rule = version.rules.find((x) => x.rule === "rebuild_interfaces");
  const legacyField = fields.find((f) => rule !== undefined && f.name === rule.legacy);
  const reads: Read[] = fields.map((f) => {
    const def = reader.defaults?.[f.name];
    if (def !== undefined) return compiler.defaulted(f.type, def);
    if (reader.halves?.includes(f.name)) return compiler.halves(f.type);
    if (f.type.kind === "tagged") return compiler.payload(f.type, reader.unknown_tags?.[f.name]);
    if (legacyField === undefined) return compiler.top(f.type);
    if (f === legacyField) return compiler.legacy(f.type);
    if (f.name === rule?.trailing) return compiler.trailing(f.type, legacyField.type);
    return compiler.top(f.type);
  });
  const keys = fields.map((f) => keyOf(f.name));
  return (data) => {
    const r = new DefensiveReader(data);
    const ctx: Ctx = { legacy: { items: [], repeat: 0 }, live: 0 };
    const values: string[] = [];
    try {
      for (const read of reads) values.push(read(r, ctx));
    } catch (e) {
      if (e instanceof OutOfMemory) return JSON.stringify({ fatal: e.message, bytes: String(e.bytes) });
      const err = e as Error;
      return JSON.stringify({ error: { class: err.name, message: err.message } });
    }
    return `{"ok":${objectText(keys, values)}}`;
  };
}

function refusal(className: string, message: string): Decoder {
  const line = JSON.stringify({ error: { class: className, message } });
  return () => line;
}

// Every layout by name (`user@v7`). A layout the TS model has no rule for answers Unsupported
// instead of taking the other layouts down (the tests require that no account layout does).
export function compileLayouts(layouts: Layouts): Map<string, Decoder> {
  const sdk = (layouts.sdks ?? []).find((x) => x.id === "ts");
  if (sdk === undefined) throw new Error(`layouts.json has no sdks entry with id "ts"`);
  const compiler = new Compiler(layouts.limits, sdk.enums);
  const out = new Map<string, Decoder>();
  for (const account of layouts.accounts) {
    const reader = sdk.readers[account.name];
    let reads = reader !== undefined && reader.first_version === undefined;
    for (const version of account.versions) {
      const name = `${account.name}@${version.id}`;
      reads = reads || (reader !== undefined && version.id === reader.first_version);
      if (reader === undefined || !reads) {
        out.set(name, refusal("NoReader", `the ${sdk.name} SDK has no reader for ${account.title}`));
        continue;
      }
      try {
        out.set(name, compileVersion(compiler, version, reader));
      } catch (e) {
        out.set(name, refusal("Unsupported", `${name}: ${(e as Error).message}`));
      }
    }
  }
  return out;
}
