// Leaf renderings of reader-contract §3 for the values the TS SDK holds.

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
// The number is fed 16 bits at a time into limbs of 58^5: limb*65536+carry stays below 2^53, so
// the arithmetic is exact in doubles and a 32-byte key takes a few dozen steps.
const LIMB = 58 ** 5;
const limbs = new Float64Array(10); // 32 bytes < 58^45: at most 9 limbs
const digits = new Array<string>(50);

export function base58(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let used = 0;
  // An odd leading byte is its own chunk so the rest pairs up.
  for (let i = zeros, odd = (bytes.length - zeros) % 2; i < bytes.length; ) {
    let carry = odd === 1 ? bytes[i++] : bytes[i++] * 256 + bytes[i++];
    const scale = odd === 1 ? 256 : 65536;
    odd = 0;
    for (let j = 0; j < used; j++) {
      const x = limbs[j] * scale + carry;
      carry = Math.floor(x / LIMB);
      limbs[j] = x - carry * LIMB;
    }
    while (carry > 0) {
      limbs[used++] = carry % LIMB;
      carry = Math.floor(carry / LIMB);
    }
  }
  let n = 0;
  for (let j = 0; j < used; j++) {
    let limb = limbs[j];
    for (let k = 0; k < 5; k++) {
      digits[n++] = ALPHABET[limb % 58];
      limb = Math.floor(limb / 58);
    }
  }
  // The top limb is zero-padded to 5 digits; those pads are not part of the number.
  while (n > 0 && digits[n - 1] === "1") n--;
  let out = "1".repeat(zeros);
  for (let k = n - 1; k >= 0; k--) out += digits[k];
  return out;
}

export function ipv4Text(b: Uint8Array): string {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}

// Address and prefix exactly as stored: the SDK validates neither.
export function networkV4Text(b: Uint8Array): string {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}/${b[4]}`;
}

// The UTF-8 encoding of the text the SDK decoded (so a stripped BOM or U+FFFD shows in the hex).
export function utf8Hex(text: string): string {
  return Buffer.from(text, "utf8").toString("hex");
}

const f64Bits = new DataView(new ArrayBuffer(8));

export function f64Hex(v: number): string {
  f64Bits.setFloat64(0, v);
  return f64Bits.getBigUint64(0).toString(16).padStart(16, "0");
}
