// The batch protocol (reader-contract §2) through the real command.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { test } from "node:test";
import { LAYOUTS_PATH, READER_DIR, USER } from "./helpers";

const CLI = resolve(READER_DIR, "build/src/cli.js");

function run(args: string[], input: string): { status: number | null; lines: unknown[]; stderr: string } {
  const r = spawnSync("node", [CLI, ...args], { input, encoding: "utf8" });
  const lines = r.stdout === "" ? [] : r.stdout.replace(/\n$/, "").split("\n").map((l) => JSON.parse(l));
  return { status: r.status, lines, stderr: r.stderr };
}

test("one JSON line per request line, in order, malformed lines included", () => {
  const input = [
    `${USER}\t`,
    `${USER}\t07FF`,
    `${USER}\t07ff\r`,
    "no tab here",
    "nosuch@v1\t00",
    `${USER}\t0`,
    `${USER}\tzz`,
    "set_user_bgp_status@v1\t0601",
    `${USER}\t07`, // no final newline
  ].join("\n");
  const r = run(["--layouts", LAYOUTS_PATH], input);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.lines.length, 9);
  const [empty, upper, crlf, noTab, unknown, odd, notHex, instruction, last] = r.lines as Record<string, any>[];
  assert.equal(empty.ok.account_type, 0);
  assert.equal(upper.ok.owner, "1".repeat(32));
  assert.equal(upper.ok.account_type, 7);
  assert.deepEqual(crlf, upper);
  assert.match(noTab.fatal, /^bad request: /);
  assert.equal(unknown.fatal, 'bad request: unknown layout "nosuch@v1"');
  assert.match(odd.fatal, /^bad request: /);
  assert.match(notHex.fatal, /^bad request: /);
  assert.deepEqual(instruction, {
    error: { class: "NoReader", message: "the TypeScript SDK has no reader for SetUserBGPStatus" },
  });
  assert.equal(last.ok.account_type, 7);
});

test("the default layouts file is the repository's fixtures/layouts.json", () => {
  const r = run([], `${USER}\t\n`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.lines.length, 1);
});

test("a missing layouts file or an unknown option is a usage error (exit 2)", () => {
  assert.equal(run(["--layouts", "/nonexistent/layouts.json"], "").status, 2);
  assert.equal(run(["--bogus"], "").status, 2);
});
