/// How much memory a list costs in one SDK's runtime, and how much a process of that runtime may take
/// before it dies (docs/reader-contract.md §3, README "Bad input"). A reader model charges every list an
/// unguarded count can make large; past `budgetBytes` it answers the SDK's death, `out of memory`, with
/// the bytes it would have needed. Constants, so every run answers alike whatever machine it runs on.
public struct MemoryModel: Equatable, Sendable {
    /// How a list that is appended to one element at a time grows its backing store.
    public enum Growth: String, Sendable {
        /// Go 1.19 `growslice`: double below 256, then `cap += (cap + 768) / 4`; allocations above 32 KiB
        /// rounded up to whole 8 KiB pages (the size classes below that are left out).
        case goAppend = "go_append"
        /// V8 `Array.prototype.push`: `capacity + capacity / 2 + 16`.
        case jsPush = "js_push"
        /// CPython 3.11 `list.append`: `(n + n / 8 + 6)` rounded down to a multiple of 4.
        case pythonAppend = "python_append"
    }

    /// What the process may hold before it dies.
    public var budgetBytes: UInt64
    /// One Device legacy interface element as the SDK builds it from defaults (tag 0, nothing left to read).
    public var elementBytes: UInt64
    /// One element of the rebuilt trailing list, made from a legacy one.
    public var rebuiltElementBytes: UInt64
    /// One slot of a list of references (0 where the elements are stored inline, as in Go).
    public var slotBytes: UInt64
    /// One flex-algo segment of the capacity Go reserves up front (0 where no SDK reserves).
    public var segmentBytes: UInt64
    public var growth: Growth

    /// The project machine's memory (`MemTotal`, 24,683,772 kB, 2026-12-07): Go and CPython take memory
    /// until the machine has none.
    public static let machineBytes: UInt64 = 25_276_182_528

    /// Go 1.19 (measured with unsafe.Sizeof and runtime.MemStats): an `Interface` is 88 bytes inline in
    /// its slice (string and slice headers included), a `FlexAlgoNodeSegment` 34.
    public static let go = MemoryModel(
        budgetBytes: machineBytes, elementBytes: 88, rebuiltElementBytes: 88, slotBytes: 0, segmentBytes: 34,
        growth: .goAppend)
    /// node 20 (measured with process.memoryUsage().heapUsed around 10^6 objects): a legacy `DeviceInterface`
    /// is 400 bytes (the 17-property object, its `Uint8Array(5)`, its empty segment array), the rebuilt
    /// spread copy 192; a slot 8. The budget is node's default `heap_size_limit` on the project machine.
    public static let ts = MemoryModel(
        budgetBytes: 4_345_298_944, elementBytes: 400, rebuiltElementBytes: 192, slotBytes: 8, segmentBytes: 0,
        growth: .jsPush)
    /// CPython 3.11 (measured with tracemalloc around 10^6 objects): an `Interface` dataclass instance with
    /// its `__dict__` and empty segment list is 280 bytes, legacy or rebuilt; a list slot 8.
    public static let py = MemoryModel(
        budgetBytes: machineBytes, elementBytes: 280, rebuiltElementBytes: 280, slotBytes: 8, segmentBytes: 0,
        growth: .pythonAppend)

    /// The backing store's capacity after `count` appends, one at a time, to an empty list.
    public func capacity(afterAppending count: UInt64) -> UInt64 {
        var capacity: UInt64 = 0
        while capacity < count { capacity = grown(capacity) }
        return capacity
    }

    private func grown(_ capacity: UInt64) -> UInt64 {
        switch growth {
        case .goAppend:
            let wanted = capacity < 256 ? max(capacity * 2, 1) : capacity + (capacity + 768) / 4
            return goAllocation(wanted * elementBytes) / elementBytes
        case .jsPush: return capacity + capacity / 2 + 16
        case .pythonAppend: return (capacity + 1 + (capacity + 1) / 8 + 6) & ~3
        }
    }

    /// Go rounds an allocation above 32 KiB up to whole 8 KiB pages.
    public func goAllocation(_ bytes: UInt64) -> UInt64 {
        bytes > 32_768 ? (bytes + 8_191) / 8_192 * 8_192 : bytes
    }

    /// A legacy list of `count` elements appended one by one: the elements (inline or apart) and the slots.
    public func appendedList(_ count: UInt64) -> UInt64 {
        guard count > 0 else { return 0 }
        let capacity = capacity(afterAppending: count)
        return growth == .goAppend ? capacity * elementBytes : count * elementBytes + capacity * slotBytes
    }

    /// The trailing list rebuilt from `count` legacy elements: Go's `make` of `count`, TS's `map` (sized
    /// up front), Python's appends.
    public func rebuiltList(_ count: UInt64) -> UInt64 {
        guard count > 0 else { return 0 }
        switch growth {
        case .goAppend: return goAllocation(count * rebuiltElementBytes)
        case .jsPush: return count * (rebuiltElementBytes + slotBytes)
        case .pythonAppend: return count * rebuiltElementBytes + capacity(afterAppending: count) * slotBytes
        }
    }

    /// Go's `make([]FlexAlgoNodeSegment, 0, count)`.
    public func segmentCapacity(_ count: UInt64) -> UInt64 { goAllocation(count * segmentBytes) }

    /// The largest `count` for which `bytes(count)` fits the budget; `bytes` must grow with the count.
    public func largestFitting(_ bytes: (UInt64) -> UInt64) -> UInt64 {
        var low: UInt64 = 0, high: UInt64 = UInt64(UInt32.max)
        while low < high {
            let middle = low + (high - low + 1) / 2
            if bytes(middle) <= budgetBytes { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The layouts.json form.
    public var exported: [(String, UInt64)] {
        [("memory_budget_bytes", budgetBytes), ("element_bytes", elementBytes),
         ("rebuilt_element_bytes", rebuiltElementBytes), ("slot_bytes", slotBytes), ("segment_bytes", segmentBytes)]
    }
}

/// Bytes charged to one decode; past the budget the SDK's process dies.
public struct MemoryMeter: Sendable {
    public let model: MemoryModel
    public private(set) var liveBytes: UInt64 = 0
    public init(_ model: MemoryModel) { self.model = model }

    /// Adds `bytes`; returns the total the process would have needed when that is past the budget.
    public mutating func charge(_ bytes: UInt64) -> UInt64? {
        liveBytes += bytes
        return liveBytes > model.budgetBytes ? liveBytes : nil
    }
}
