extension Array {
    /// `map`, with each run of consecutive copies of one element transformed once. The SDK models end
    /// an unguarded list in up to `max_expanded_copies` copies of one fast-forwarded element; rebuilding,
    /// rendering or normalising each copy would cost thousands of objects for a few hundred input bytes.
    public func mapRuns<T>(isCopy: (Element, Element) -> Bool, _ transform: (Element) throws -> T) rethrows -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for index in indices {
            if index > 0, isCopy(self[index], self[index - 1]) {
                result.append(result[index - 1])
            } else {
                result.append(try transform(self[index]))
            }
        }
        return result
    }
}

/// True when both arrays are one storage (copies of one value): equal without a look at the elements.
public func sharesStorage<Element>(_ lhs: [Element], _ rhs: [Element]) -> Bool {
    lhs.count == rhs.count && lhs.withUnsafeBufferPointer { mine in rhs.withUnsafeBufferPointer { $0.baseAddress == mine.baseAddress } }
}

extension JSONValue {
    /// True for two copies of one array or object (the same storage).
    public func isCopy(of other: JSONValue) -> Bool {
        switch (self, other) {
        case (.array(let a), .array(let b)): sharesStorage(a, b)
        case (.object(let a), .object(let b)): sharesStorage(a.members, b.members)
        default: false
        }
    }
}
