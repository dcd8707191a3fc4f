// The TS SDK's `xxxString(v)` helpers, keyed by the Rust enum name layouts.json uses.
// Values missing from a table give "unknown" (docs/readers.md §4.2). `sdk` is the SDK's own name
// for the enum (the key in enum_strings.json), kept so the mapping can be audited.

export interface LabelTable {
  sdk: string;
  labels: Record<number, string>;
}

const CYOA = {
  0: "none",
  1: "gre_over_dia",
  2: "gre_over_fabric",
  3: "gre_over_private_peering",
  4: "gre_over_public_peering",
  5: "gre_over_cable",
};

export const TS_LABELS: Record<string, LabelTable> = {
  UserType: {
    sdk: "UserUserType",
    labels: { 0: "ibrl", 1: "ibrl_with_allocated_ip", 2: "edge_filtering", 3: "multicast" },
  },
  UserCYOA: { sdk: "CyoaType", labels: CYOA },
  // 2 (SuspendedDeprecated, a real Rust value) is missing from the SDK table: "unknown".
  UserStatus: {
    sdk: "UserStatus",
    labels: {
      0: "pending (deprecated)",
      1: "activated",
      3: "deleting",
      4: "rejected (deprecated)",
      5: "pending_ban (deprecated)",
      6: "banned",
      7: "updating (deprecated)",
      8: "out_of_credits",
    },
  },
  BGPStatus: { sdk: "BGPStatus", labels: { 0: "unknown", 1: "up", 2: "down" } },
  DeviceType: { sdk: "DeviceDeviceType", labels: { 0: "hybrid", 1: "transit", 2: "edge" } },
  // Shifted by one from 2 on compared with Rust (the SDK bug since 726487cc1): 5 (Drained) reads
  // "device-provisioning" and 7 (LinkProvisioning) is "unknown".
  DeviceStatus: {
    sdk: "DeviceStatus",
    labels: {
      0: "pending (deprecated)",
      1: "activated",
      2: "deleting",
      3: "rejected (deprecated)",
      4: "drained",
      5: "device-provisioning",
      6: "link-provisioning",
    },
  },
  DeviceHealth: {
    sdk: "DeviceHealth",
    labels: { 0: "unknown", 1: "pending", 2: "ready_for_links", 3: "ready_for_users", 4: "impaired" },
  },
  DeviceDesiredStatus: {
    sdk: "DeviceDesiredStatus",
    labels: { 0: "pending", 1: "activated", 6: "drained" },
  },
  InterfaceStatus: {
    sdk: "InterfaceStatus",
    labels: {
      0: "invalid",
      1: "unmanaged",
      2: "pending",
      3: "activated",
      4: "deleting",
      5: "rejecting",
      6: "unlinked",
    },
  },
  InterfaceType: { sdk: "InterfaceType", labels: { 0: "invalid", 1: "loopback", 2: "physical" } },
  // 4 "reserved" has no Rust variant but is in the SDK table.
  LoopbackType: {
    sdk: "LoopbackType",
    labels: { 0: "none", 1: "vpnv4", 2: "ipv4", 3: "pim_rp_addr", 4: "reserved" },
  },
  InterfaceCYOA: { sdk: "InterfaceCYOA", labels: CYOA },
  InterfaceDIA: { sdk: "InterfaceDIA", labels: { 0: "none", 1: "dia" } },
  RoutingMode: { sdk: "RoutingMode", labels: { 0: "static", 1: "bgp" } },
};

// A type alias (not an interface) so it is assignable to the JSON value type.
export type EnumValue = { value: number; label: string };

// Enums the SDK keeps as a bare number with no string helper: the account type byte and the
// pre-2025-08 interface "version" byte (the SDK's interface version is a plain number).
const BARE = new Set(["AccountType", "InterfaceVersion"]);

// All 256 rendered values of one enum, built once so a decode allocates nothing for enums.
export function enumValues(rustName: string): (EnumValue | number)[] {
  const out: (EnumValue | number)[] = [];
  if (BARE.has(rustName)) {
    for (let v = 0; v < 256; v++) out.push(v);
    return out;
  }
  const table = TS_LABELS[rustName];
  if (table === undefined) throw new Error(`no TS label table for enum ${rustName}`);
  for (let v = 0; v < 256; v++) out.push({ value: v, label: table.labels[v] ?? "unknown" });
  return out;
}
