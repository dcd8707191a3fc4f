/// ResourceExtension (AccountType 12): an IP block or ID range and the bitmap of what is allocated from
/// it. The program splits the account at the bitmap's start before reading anything (a shorter account
/// panics), reads the header with `unwrap_or_default` but the allocator with `unwrap()` (an unknown
/// allocator tag panics), and takes every byte from the split on as the bitmap (docs/program-rules.md §7).
extension Registry {
    static let resourceExtension: AccountLayouts = {
        var history = History(account: "resource_extension")
        history.next("RE0", "292f1fa6a", "2026-01-06",
                     "account created; allocator Ip { base_net, allocation_size: u32 } | Id { range }, bitmap at 80 (#2377)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("bump_seed", .u8),
                Field("associated_with", .pubkey),
                allocator(ip: [baseNet, allocationSize], id: range),
                Field("storage", .bitmap(at: 80)),
            ]
        }
        history.next("RE1", "dc7327159", "2026-01-08", "+ first_free_index in both allocators; bitmap at 88 (#2563)") {
            $0.replace("allocator", with: allocator(ip: [baseNet, allocationSize, firstFreeIndex], id: range + [firstFreeIndex]))
            $0.replace("storage", with: Field("storage", .bitmap(at: 88)))
        }
        history.next("RE2", "bd01f7369", "2026-01-23", "Ip allocator: - allocation_size (#2704)") {
            $0.replace("allocator", with: allocator(ip: [baseNet, firstFreeIndex], id: range + [firstFreeIndex]))
        }
        // The generator's bitmaps: the first five IDs, the first four addresses.
        return AccountLayouts(
            name: "resource_extension", title: "ResourceExtension", kind: .account(type: 12), versions: history.versions,
            samples: [
                AccountSample("resource_extension_id", title: "ResourceExtensionId", [
                    "account_type": 12, "owner": .key(0xB0), "bump_seed": 242, "associated_with": .key(0xB1),
                    "allocator": ["version": 1, "range_start": 0, "range_end": 64, "first_free_index": 5],
                    "storage": .list([0x1F] + Array(repeating: 0, count: 7)),
                ]),
                AccountSample("resource_extension_ip", title: "ResourceExtensionIp", [
                    "account_type": 12, "owner": .key(0xC0), "bump_seed": 241, "associated_with": .key(0xC1),
                    "allocator": ["version": 0, "base_net": "10.100.0.0/24", "first_free_index": 4],
                    "storage": .list([0x0F] + Array(repeating: 0, count: 31)),
                ]),
            ])
    }()

    /// The allocator enum (`Ip` = 0, `Id` = 1); its `unwrap()` fails the account on an unknown tag.
    private static func allocator(ip: [Field], id: [Field]) -> Field {
        Field("allocator", .tagged(.payloads([.init(0, "Ip", ip), .init(1, "Id", id)])), json: "AllocatorType",
              onError: .propagate)
    }

    private static let baseNet = Field("base_net", .networkV4)
    private static let allocationSize = Field("allocation_size", .u32)
    /// usize on the program's 64-bit target.
    private static let firstFreeIndex = Field("first_free_index", .u64)
    /// The `(u16, u16)` range, start inclusive, end exclusive.
    private static let range = [Field("range_start", .u16), Field("range_end", .u16)]
}
