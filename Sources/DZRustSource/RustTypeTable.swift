import DZLayouts

/// Types the program uses without declaring them (Rust's, Solana's, and doublezero_program_common's),
/// by the last segment of their path, with their wire type.
enum RustTypeTable {
    static let known: [String: FieldType] = [
        "u8": .u8, "u16": .u16, "u32": .u32, "u64": .u64, "u128": .u128, "i64": .i64, "f64": .f64, "bool": .bool,
        // Borsh writes usize as a u64.
        "usize": .u64,
        "String": .string,
        "Pubkey": .pubkey,
        "Ipv4Addr": .ipv4,
        // doublezero_program_common::types: 4 octets + prefix length, and a Borsh vec of them.
        "NetworkV4": .networkV4,
        "NetworkV4List": .vec(.networkV4),
    ]

    /// Generic wrappers: their argument's wire type inside a container, or as is.
    static func wrap(_ name: String, _ element: FieldType) -> FieldType? {
        switch name {
        case "Vec": .vec(element)
        case "Option": .option(element)
        case "Box": element
        default: nil
        }
    }

    /// The program's helpers that read a vector whose short count (fewer than 4 bytes left) is empty.
    static let shortCountIsEmptyReaders: Set<String> = ["deserialize_vec_with_capacity"]

    /// Default expressions that mean the type's zero (`unwrap_or(Ipv4Addr::UNSPECIFIED)`; `None` is an option's tag 0).
    static let zeroDefaults: Set<String> = [
        "Ipv4Addr::UNSPECIFIED", "std::net::Ipv4Addr::UNSPECIFIED", "[0,0,0,0].into()", "Default::default()",
        "Pubkey::default()", "false", "0", "None",
    ]
}
