// The TS SDK's two readers (sdk/borsh-incremental/typescript): a strict BorshReader that throws
// on any shortfall, and the DefensiveReader the serviceability decoders use, which only checks
// "is the fixed width left?" (4 bytes for strings and vectors) and hands the rest to the strict
// reader. docs/readers.md §2.1-§2.3.

// Default TextDecoder: WHATWG replacement of invalid sequences, one leading BOM stripped.
const utf8 = new TextDecoder();

export class BorshReader {
  offset = 0;
  readonly data: Uint8Array;
  private readonly view: DataView;

  constructor(data: Uint8Array) {
    // A plain view even when given a node Buffer, whose subarrays are costly to create.
    this.data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get remaining(): number {
    return this.data.length - this.offset;
  }

  private need(n: number): void {
    if (this.offset + n > this.data.length) {
      throw new Error(`borsh: not enough data for ${n} bytes at offset ${this.offset}`);
    }
  }

  readU8(): number {
    this.need(1);
    return this.data[this.offset++];
  }

  readBool(): boolean {
    return this.readU8() !== 0;
  }

  readU16(): number {
    this.need(2);
    const v = this.view.getUint16(this.offset, true);
    this.offset += 2;
    return v;
  }

  peekU32(): number {
    this.need(4);
    return this.view.getUint32(this.offset, true);
  }

  readU32(): number {
    const v = this.peekU32();
    this.offset += 4;
    return v;
  }

  readU64(): bigint {
    this.need(8);
    const v = this.view.getBigUint64(this.offset, true);
    this.offset += 8;
    return v;
  }

  readI64(): bigint {
    return BigInt.asIntN(64, this.readU64());
  }

  // Correct order: bytes 0..7 are the low half (unlike Go's swapped Uint128).
  readU128(): bigint {
    this.need(16);
    const lo = this.view.getBigUint64(this.offset, true);
    const hi = this.view.getBigUint64(this.offset + 8, true);
    this.offset += 16;
    return lo + (hi << 64n);
  }

  readF64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return v;
  }

  // Pubkey, ipv4 (4) and networkv4 (5). The SDK copies the bytes; a view is enough here, since
  // every value is rendered before the next read.
  readFixedArray(n: number): Uint8Array {
    this.need(n);
    const v = this.data.subarray(this.offset, this.offset + n);
    this.offset += n;
    return v;
  }

  readString(): string {
    const len = this.readU32();
    this.need(len);
    const text = utf8.decode(this.data.subarray(this.offset, this.offset + len));
    this.offset += len;
    return text;
  }

  // Elements are read one by one, so a short buffer throws after whole ones (and the list stays as
  // small as the bytes).
  readVec<T>(readElement: (r: BorshReader) => T): T[] {
    const count = this.readU32();
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(readElement(this));
    return out;
  }
}

export class DefensiveReader {
  readonly strict: BorshReader;

  constructor(data: Uint8Array) {
    this.strict = new BorshReader(data);
  }

  get offset(): number {
    return this.strict.offset;
  }

  get remaining(): number {
    return this.strict.remaining;
  }

  // Every fixed-width read: the default, without moving, when fewer than the width are left.
  tryReadU8(def: number): number {
    return this.remaining >= 1 ? this.strict.readU8() : def;
  }

  tryReadBool(def: boolean): boolean {
    return this.remaining >= 1 ? this.strict.readBool() : def;
  }

  tryReadU16(def: number): number {
    return this.remaining >= 2 ? this.strict.readU16() : def;
  }

  tryReadU32(def: number): number {
    return this.remaining >= 4 ? this.strict.readU32() : def;
  }

  tryReadU64(def: bigint): bigint {
    return this.remaining >= 8 ? this.strict.readU64() : def;
  }

  tryReadI64(def: bigint): bigint {
    return this.remaining >= 8 ? this.strict.readI64() : def;
  }

  tryReadU128(def: bigint): bigint {
    return this.remaining >= 16 ? this.strict.readU128() : def;
  }

  tryReadF64(def: number): number {
    return this.remaining >= 8 ? this.strict.readF64() : def;
  }

  // Since 580e96bd9 the length is peeked: a length larger than what is left gives the default
  // and uses nothing up, not even the prefix.
  tryReadString(def: string): string {
    if (this.remaining < 4 || this.strict.peekU32() > this.remaining - 4) return def;
    return this.strict.readString();
  }

  // Only the 4-byte prefix is checked here; the strict reader may still throw on the elements.
  tryReadVec<T>(readElement: (r: BorshReader) => T): T[] {
    return this.remaining >= 4 ? this.strict.readVec(readElement) : [];
  }

  // Raw bytes (pubkey 32, ipv4 4, networkv4 5, and the skip to the end of a sized element):
  // n zero bytes, and no move, when n are not left.
  readBytes(n: number): Uint8Array {
    return this.remaining >= n ? this.strict.readFixedArray(n) : new Uint8Array(n);
  }
}

// node exhausting its heap, having needed `bytes` (reader-contract §3).
export class OutOfMemory extends Error {
  constructor(readonly bytes: number) {
    super("out of memory");
  }
}
