/// The Python SDK (`sdk/serviceability/python/serviceability/state.py`): its IntEnum classes
/// (`stringTables`), which raise `ValueError` for a value they lack when the byte is wrapped
/// (docs/reader-contract.md §1), and its account readers.
extension SDKKnowledge {
    public static let python = SDKKnowledge(
        id: "py", name: "Python",
        // Kept as read, never wrapped: account_type, the pre-2025-08 interface version byte, and
        // Tenant.payment_status (read as a plain int, state.py:1029). Every other class raises on a value
        // it lacks.
        enums: stringEnums(numbers: ["AccountType", "InterfaceVersion", "TenantPaymentStatus"]) { _ in .raise },
        // state.py has no reader for ResourceExtension or Index. Link reads link_flags with read_u8
        // (state.py:839) where the program writes a u32; TopologyInfo ends at constraint (state.py:1234),
        // never reading reference_count. The shared readers are in SDKAccountReaders.swift; a pass type tag
        // AccessPassTypeTag lacks becomes PREPAID (0) (state.py:1090-1094).
        readers: [
            "user": .asProgram, "device": .asProgram, "global_state": .asProgram, "reservation": .asProgram,
            "global_config": .asProgram, "location": .asProgram, "exchange": .asProgram,
            "link": AccountReader(retyped: ["link_flags": .u8]),
            "multicast_group": .asProgram, "program_config": .asProgram, "contributor": .asProgram,
            "access_pass": .accessPass(unknownTags: ["accesspass_type": 0]), "tenant": .tenant(),
            "permission": .permission, "topology": AccountReader(stopsBefore: "reference_count"), "feed": .asProgram,
        ])
}
