import DZCodec
import DZLayouts

/// What the upstream fixture JSON lists for an allocator's bitmap instead of its bytes
/// (docs/program-rules.md §7): how many values the allocator covers, how many bits are set, and the
/// difference. An IP block (`base_net`) covers 2^(32 - prefix) addresses, an ID range
/// (`range_start`, `range_end`) end - start IDs.
struct BitmapSummary {
    var totalCapacity = 0
    var allocatedCount = 0

    /// `record` is the decoded account of `fields` holding `bitmap`; the allocator is its tagged field,
    /// and the variant its tag chose says what kind of allocator it is.
    init(bitmap: Value, record: Record, fields: [Field]) {
        for field in fields {
            guard case .tagged(let element) = field.type, let allocator = record[field.name]?.recordValue,
                  let variant = element.variant(for: UInt8(truncatingIfNeeded: allocator["version"]?.uintValue ?? 0)) else { continue }
            let members = Set(variant.fields.map(\.name))
            if members.contains("base_net"), case .network(let block)? = allocator["base_net"], block.prefix <= 32 {
                totalCapacity = 1 << (32 - Int(block.prefix))
            } else if members.isSuperset(of: ["range_start", "range_end"]),
                      let start = allocator["range_start"]?.uintValue, let end = allocator["range_end"]?.uintValue {
                totalCapacity = Int(end) - Int(start)
            }
        }
        if case .string(let bytes) = bitmap { allocatedCount = bytes.reduce(0) { $0 + $1.nonzeroBitCount } }
    }

    /// In the generator's order and names.
    var entries: [(name: String, value: Int)] {
        [("TotalCapacity", totalCapacity), ("AllocatedCount", allocatedCount), ("AvailableCount", totalCapacity - allocatedCount)]
    }
}
