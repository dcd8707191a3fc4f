/// Where each top-level field of one decode lies in the input and how it came out: the zero-copy
/// result of `LayoutPlan.scan`. The caller keeps one table and passes it to every decode; its storage is
/// reused, so a decode allocates nothing. Values are materialised from it on demand
/// (`LayoutPlan.value(ofField:in:table:)`).
public struct SpanTable: Sendable {
    public struct Entry: Sendable {
        /// Where the field starts, and how many bytes it consumed (0 when missing).
        public internal(set) var offset: Int
        public internal(set) var length: Int
        /// A read scalar's value, a read vector's element count: what the account-type check and the
        /// Device rule need without materialising.
        var scalar: UInt64
        var state: State
    }

    enum State: UInt8, Sendable {
        case read
        case missing
        /// Why is in `failures`, at the field's index.
        case defaulted
    }

    public internal(set) var entries: [Entry] = []
    /// Per field, why it defaulted; meaningful only where the state says `defaulted` (kept apart, so that
    /// the common entry stays small).
    var failures: [ReadFailure] = []
    /// Where the cursor stopped; bytes after it were ignored.
    public internal(set) var consumed = 0
    /// Bit r: rule r of the plan (a Device rebuild) replaced its trailing field by the legacy one.
    var rebuilt: UInt64 = 0

    public init() {}

    /// One entry per field, allocated once: every scan overwrites all of them.
    mutating func prepare(fields: Int) {
        if entries.count != fields {
            entries = Array(repeating: Entry(offset: 0, length: 0, scalar: 0, state: .missing), count: fields)
            failures = Array(repeating: .endOfInput, count: fields)
        }
        rebuilt = 0
    }
}
