// The TS SDK's `xxxString(v)` helpers, from the "ts" entry of layouts.json's `sdks`: per program enum,
// the SDK's label for each value and what it gives for any other ("unknown"), or a bare number where
// the SDK keeps one (docs/reader-contract.md §1).

import { SDKEnum } from "./layouts";

// A type alias (not an interface) so it is assignable to the JSON value type.
export type EnumValue = { value: number; label: string };

// All 256 rendered values of one enum, built once so a decode allocates nothing for enums.
export function enumValues(rustName: string, enums: Record<string, SDKEnum>): (EnumValue | number)[] {
  const form = enums[rustName];
  if (form === undefined) throw new Error(`no TS label table for enum ${rustName}`);
  const out: (EnumValue | number)[] = [];
  if (form.form === "number") {
    for (let v = 0; v < 256; v++) out.push(v);
    return out;
  }
  const labels = new Map(form.labels);
  // The helpers are `TABLE[v] ?? "unknown"`: a label is the only thing TS does past its table.
  const fallback = form.unlisted.kind === "label" ? (form.unlisted.label ?? "unknown") : "unknown";
  for (let v = 0; v < 256; v++) out.push({ value: v, label: labels.get(v) ?? fallback });
  return out;
}
