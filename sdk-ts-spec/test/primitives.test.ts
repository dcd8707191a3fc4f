// docs/readers.md §2: the DefensiveReader over the strict BorshReader.

import assert from "node:assert/strict";
import { test } from "node:test";
import { BorshReader, DefensiveReader } from "../src/primitives";
import { base58 } from "../src/render";
import { bytes, str, u32, u64 } from "./helpers";

test("every fixed-width read with too few bytes gives the default and does not move", () => {
  const cases: [string, number, (r: DefensiveReader) => unknown, unknown][] = [
    ["u8", 1, (r) => r.tryReadU8(0), 0],
    ["bool", 1, (r) => r.tryReadBool(false), false],
    ["u16", 2, (r) => r.tryReadU16(0), 0],
    ["u32", 4, (r) => r.tryReadU32(0), 0],
    ["u64", 8, (r) => r.tryReadU64(0n), 0n],
    ["i64", 8, (r) => r.tryReadI64(0n), 0n],
    ["f64", 8, (r) => r.tryReadF64(0), 0],
    ["u128", 16, (r) => r.tryReadU128(0n), 0n],
    ["pubkey", 32, (r) => [...r.readBytes(32)], new Array(32).fill(0)],
    ["ipv4", 4, (r) => [...r.readBytes(4)], [0, 0, 0, 0]],
    ["networkv4", 5, (r) => [...r.readBytes(5)], [0, 0, 0, 0, 0]],
  ];
  for (const [kind, width, read, zero] of cases) {
    for (let have = 0; have < width; have++) {
      const r = new DefensiveReader(new Uint8Array(have).fill(0x64));
      assert.deepEqual(read(r), zero, `${kind} with ${have} bytes`);
      assert.equal(r.offset, 0, `${kind} with ${have} bytes moved`);
    }
  }
});

test("stray bytes of a failed wide read are read by the next narrower one", () => {
  const r = new DefensiveReader(bytes(0x64));
  assert.equal(r.tryReadU16(0), 0);
  assert.equal(r.tryReadU8(0), 0x64);
  assert.equal(r.offset, 1);
});

test("fixed-width reads with enough bytes: values and moves", () => {
  const r = new DefensiveReader(
    bytes(0xff, ...u64(0xffffffffffffffffn), ...u64(BigInt.asUintN(64, -5n)), 5, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0),
  );
  assert.equal(r.tryReadBool(false), true, "any non-zero byte is true");
  assert.equal(r.tryReadU64(0n), 18446744073709551615n, "u64 max is exact");
  assert.equal(r.tryReadI64(0n), -5n);
  assert.equal(r.tryReadU128(0n), 18446744073709551621n, "u128 = low + high*2^64, not swapped");
  assert.equal(r.remaining, 0);
});

test("string: fewer than 4 bytes left gives '' without moving", () => {
  for (let have = 0; have < 4; have++) {
    const r = new DefensiveReader(new Uint8Array(have));
    assert.equal(r.tryReadString(""), "");
    assert.equal(r.offset, 0);
  }
});

test("string: length 0 gives '' and uses the prefix", () => {
  const r = new DefensiveReader(bytes(...u32(0), 0x41));
  assert.equal(r.tryReadString(""), "");
  assert.equal(r.offset, 4);
});

test("string: a length larger than what is left is peeked, gives '' and uses nothing", () => {
  for (const len of [2, 1000, 0xffffffff]) {
    const r = new DefensiveReader(bytes(...u32(len), 0x41));
    assert.equal(r.tryReadString(""), "", `length ${len}`);
    assert.equal(r.offset, 0, `length ${len}`);
  }
  const exact = new DefensiveReader(bytes(...u32(1), 0x41));
  assert.equal(exact.tryReadString(""), "A", "a length equal to what is left is read");
});

test("string: TextDecoder default mode, replacement per maximal subpart, one BOM stripped", () => {
  const cases: [number[], string][] = [
    [[0xff, 0xfe, 0x41], "\ufffd\ufffdA"],
    [[0xe2, 0x82, 0x41], "\ufffdA"], // one U+FFFD for the truncated 3-byte sequence
    [[0xed, 0xa0, 0x80], "\ufffd\ufffd\ufffd"], // surrogate: never decodes
    [[0xc0, 0x80], "\ufffd\ufffd"], // overlong
    [[0xef, 0xbb, 0xbf, 0x41], "A"], // leading BOM removed
    [[0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41], "\ufeffA"], // only one
    [[0x41, 0xef, 0xbb, 0xbf], "A\ufeff"], // not leading: kept
    [[0xc3, 0xa9], "\u00e9"],
  ];
  for (const [content, text] of cases) {
    const r = new DefensiveReader(bytes(...u32(content.length), ...content));
    assert.equal(r.tryReadString(""), text, JSON.stringify(content));
    assert.equal(r.remaining, 0);
  }
});

test("vector: fewer than 4 bytes gives [] without moving", () => {
  for (let have = 0; have < 4; have++) {
    const r = new DefensiveReader(new Uint8Array(have).fill(1));
    assert.deepEqual(r.tryReadVec((s) => s.readU8()), []);
    assert.equal(r.offset, 0);
  }
});

test("vector: count 0 gives [] and uses the count", () => {
  const r = new DefensiveReader(bytes(...u32(0), 9));
  assert.deepEqual(r.tryReadVec((s) => s.readFixedArray(32)), []);
  assert.equal(r.offset, 4);
});

test("vector: a count past the data reads whole elements, then throws at the short one", () => {
  const pubkeys = (r: BorshReader) => r.readFixedArray(32);
  for (const count of [2, 7, 0xffffffff]) {
    const r = new DefensiveReader(bytes(...u32(count), ...new Array(32 + 20).fill(7)));
    assert.throws(() => r.tryReadVec(pubkeys), {
      message: "borsh: not enough data for 32 bytes at offset 36",
    });
    assert.equal(r.offset, 36, "the whole first element was used");
  }
  const nets = new DefensiveReader(bytes(...u32(3), ...new Array(12).fill(7)));
  assert.throws(() => nets.tryReadVec((s) => s.readFixedArray(5)), {
    message: "borsh: not enough data for 5 bytes at offset 14",
  });
});

test("vector: every element the bytes hold is read, however many", () => {
  const count = 65537;
  const r = new DefensiveReader(bytes(...u32(count), ...new Array(count).fill(1)));
  assert.equal(r.tryReadVec((s) => s.readU8()).length, count);
});

test("readBytes: n zero bytes and no move when n are not left", () => {
  const r = new DefensiveReader(bytes(1, 2, 3));
  assert.deepEqual([...r.readBytes(4)], [0, 0, 0, 0]);
  assert.equal(r.offset, 0);
  assert.deepEqual([...r.readBytes(3)], [1, 2, 3]);
  assert.equal(r.offset, 3);
});

test("strict reader: strings throw on any shortfall", () => {
  assert.throws(() => new BorshReader(bytes(...str("abc")).subarray(0, 5)).readString(), {
    message: "borsh: not enough data for 3 bytes at offset 4",
  });
});

test("base58 of 32-byte keys", () => {
  assert.equal(base58(new Uint8Array(32)), "1".repeat(32));
  assert.equal(base58(new Uint8Array(32).fill(0xff)), "JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG");
  const one = new Uint8Array(32);
  one[31] = 1;
  assert.equal(base58(one), "1".repeat(31) + "2");
  assert.equal(base58(bytes(...Array.from({ length: 32 }, (_, i) => i))), "1thX6LZfHDZZKUs92febYZhYRcXddmzfzF2NvTkPNE");
  assert.equal(base58(bytes(0, 0, 5, ...new Array(29).fill(0))), "11217Gubbe379PdxvCMVAK5iofcVZ77A2poxUAr8ff5");
});
