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
        // linkDesiredStatus (state.ts:821): link_topologies and link_flags are never read. Tenant and
        // AccessPass are read by the SDK but not yet modelled by the ports: left out, they answer NoReader.
        readers: [
            "user": .asProgram, "device": .asProgram, "global_state": .asProgram, "reservation": .asProgram,
            "global_config": .asProgram, "location": .asProgram, "exchange": .asProgram,
            "link": AccountReader(stopsBefore: "link_topologies"),
            "multicast_group": .asProgram, "program_config": .asProgram, "contributor": .asProgram,
            "permission": .asProgram, "feed": .asProgram,
        ])
}
