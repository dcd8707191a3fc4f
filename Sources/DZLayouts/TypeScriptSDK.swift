/// The TypeScript SDK (`sdk/serviceability/typescript/serviceability/state.ts`): its `xxxString(v)`
/// helpers (`stringTables`), which give a label for a value they lack (docs/reader-contract.md §1), and
/// its account readers.
extension SDKKnowledge {
    public static let typeScript = SDKKnowledge(
        id: "ts", name: "TypeScript",
        // Kept as a bare number with no helper: the account type byte and the pre-enum interface version.
        // The helpers are `TABLE[v] ?? "unknown"`; linkLinkTypeString gives "" instead.
        enums: stringEnums(numbers: ["AccountType", "InterfaceVersion"]) { $0 == "LinkLinkType" ? .label("") : .label("unknown") },
        // state.ts has no reader for Topology, ResourceExtension or Index. Its Link ends at
        // linkDesiredStatus (state.ts:821): link_topologies and link_flags are never read. Its Tenant ends
        // at billingLastDeductionDzEpoch (state.ts:1041): include_topologies is never read. The shared
        // readers are in SDKAccountReaders.swift; an unknown pass type tag is kept as read (state.ts:1099).
        readers: [
            "user": .asProgram, "device": .asProgram, "global_state": .asProgram, "reservation": .asProgram,
            "global_config": .asProgram, "location": .asProgram, "exchange": .asProgram,
            "link": AccountReader(stopsBefore: "link_topologies"),
            "multicast_group": .asProgram, "program_config": .asProgram, "contributor": .asProgram,
            "access_pass": .accessPass(), "tenant": .tenant(stopsBefore: "include_topologies"),
            "permission": .permission, "feed": .asProgram,
        ])
}
