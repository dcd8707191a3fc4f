// sdk-ts-spec: `node build/src/cli.js [--layouts PATH]`, batch lines on stdin, JSON lines out
// (reader-contract §2). Exit 0 after the last line; 2 on a usage or layouts-file error.

import { resolve } from "node:path";
import { handleLine } from "./batch";
import { loadLayouts } from "./layouts";
import { Decoder, compileLayouts } from "./reader";

// build/src/cli.js -> the repository's fixtures/layouts.json
const DEFAULT_LAYOUTS = resolve(__dirname, "../../../fixtures/layouts.json");

function fail(message: string): void {
  process.stderr.write(`sdk-ts-spec: ${message}\nusage: node build/src/cli.js [--layouts PATH]\n`);
  process.exitCode = 2;
}

// Whole chunks in, one write per chunk out: the per-line overhead stays a string split.
function serve(decoders: Map<string, Decoder>): void {
  let pending = "";
  const answer = (lines: string[]): void => {
    if (lines.length === 0) return;
    // Every output byte is ASCII (hex, base58, decimal, ASCII labels and messages) except a
    // layout name echoed from the input, which was read as latin1: latin1 out is exact. Each
    // answer goes straight into one buffer: joining the lines first copied every answer once more
    // (a quarter of the time on Device answers).
    let out = Buffer.allocUnsafe(lines.length * 4096);
    let at = 0;
    for (const line of lines) {
      const text = handleLine(decoders, line);
      if (at + text.length + 1 > out.length) {
        const bigger = Buffer.allocUnsafe(2 * (at + text.length + 1));
        out.copy(bigger, 0, 0, at);
        out = bigger;
      }
      at += out.write(text, at, "latin1");
      out[at++] = 0x0a;
    }
    if (!process.stdout.write(out.subarray(0, at))) {
      process.stdin.pause();
      process.stdout.once("drain", () => process.stdin.resume());
    }
  };
  process.stdin.setEncoding("latin1");
  process.stdin.on("data", (chunk) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() as string;
    answer(lines);
  });
  process.stdin.on("end", () => answer(pending === "" ? [] : [pending]));
}

function main(args: string[]): void {
  let path = DEFAULT_LAYOUTS;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--layouts" && i + 1 < args.length) path = args[++i];
    else return fail(`unexpected argument ${JSON.stringify(args[i])}`);
  }
  let decoders: Map<string, Decoder>;
  try {
    decoders = compileLayouts(loadLayouts(path));
  } catch (e) {
    return fail((e as Error).message);
  }
  serve(decoders);
}

main(process.argv.slice(2));
