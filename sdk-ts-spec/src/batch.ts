// One request line of the batch protocol (reader-contract §2) to one JSON line.

import { Decoder } from "./reader";

function bad(why: string): string {
  return JSON.stringify({ fatal: `bad request: ${why}` });
}

export function handleLine(decoders: Map<string, Decoder>, raw: string): string {
  const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  const tab = line.indexOf("\t");
  if (tab < 0) return bad("expected <layout>TAB<hex>");
  const name = line.slice(0, tab);
  const decode = decoders.get(name);
  if (decode === undefined) return bad(`unknown layout ${JSON.stringify(name)}`);
  const hex = line.slice(tab + 1);
  const data = Buffer.from(hex, "hex");
  // Buffer.from stops at the first pair that is not hex, so a short result means bad input.
  if (data.length * 2 !== hex.length) return bad("payload is not an even number of hex digits");
  return decode(data);
}
