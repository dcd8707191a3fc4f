// Minimal declarations for the node 20 built-ins this folder uses. @types/node is not
// packaged by Debian and the npm registry is unreachable, so only what we call is declared.

declare const __dirname: string;

declare const process: {
  argv: string[];
  env: Record<string, string | undefined>;
  exitCode: number | undefined;
  stdin: {
    setEncoding(encoding: "latin1" | "utf8"): void;
    on(event: "data", listener: (chunk: string) => void): void;
    on(event: "end", listener: () => void): void;
    pause(): void;
    resume(): void;
  };
  stdout: {
    write(data: string | Uint8Array, encoding?: "latin1" | "utf8"): boolean;
    once(event: "drain", listener: () => void): void;
  };
  stderr: { write(data: string): boolean };
  hrtime: { bigint(): bigint };
};

interface Buffer extends Uint8Array {
  toString(encoding?: "hex" | "utf8" | "latin1", start?: number, end?: number): string;
  write(text: string, offset: number, encoding: "latin1" | "utf8"): number;
  copy(target: Uint8Array, targetStart: number, sourceStart: number, sourceEnd: number): number;
  subarray(start?: number, end?: number): Buffer;
}

declare const Buffer: {
  from(data: string, encoding: "hex" | "utf8" | "latin1"): Buffer;
  from(data: ArrayLike<number>): Buffer;
  from(data: ArrayBufferLike, byteOffset: number, length: number): Buffer;
  concat(list: Uint8Array[]): Buffer;
  allocUnsafe(size: number): Buffer;
};

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare module "node:fs" {
  export function readFileSync(path: string): Buffer;
  export function readFileSync(path: string, encoding: "utf8"): string;
  export function existsSync(path: string): boolean;
}

declare module "node:path" {
  export function resolve(...segments: string[]): string;
  export function join(...segments: string[]): string;
}

declare module "node:child_process" {
  export function spawnSync(
    command: string,
    args: string[],
    options: { input?: string; encoding: "utf8"; maxBuffer?: number },
  ): { status: number | null; stdout: string; stderr: string };
}

declare module "node:test" {
  export interface TestContext {
    skip(message?: string): void;
    diagnostic(message: string): void;
  }
  export function test(name: string, fn: (t: TestContext) => void | Promise<void>): Promise<void>;
}

declare module "node:assert/strict" {
  const assert: {
    ok(value: unknown, message?: string): asserts value;
    equal(actual: unknown, expected: unknown, message?: string): void;
    deepEqual(actual: unknown, expected: unknown, message?: string): void;
    notDeepEqual(actual: unknown, expected: unknown, message?: string): void;
    throws(
      fn: () => unknown,
      expected?: RegExp | Error | Record<string, unknown> | (new (...args: never[]) => Error),
      message?: string,
    ): void;
    doesNotThrow(fn: () => unknown, message?: string): void;
    match(actual: string, expected: RegExp, message?: string): void;
    fail(message?: string): never;
  };
  export default assert;
}
