import Foundation

/// Counts heap allocations in-process through the Swift runtime's instrumentation hook
/// `_swift_allocObject`, the function pointer every `swift_allocObject` call goes through: class
/// instances, array, string and dictionary storage, indirect-enum and escaping-closure boxes. That is
/// what a decode building a tree of values pays per value. Not counted: `malloc`s that are no Swift
/// object (`UnsafeMutablePointer.allocate`, C libraries, a child process). glibc ≥ 2.34 has no malloc
/// hook left, and `mallinfo2` gives bytes in use, not a count; hence the runtime's hook.
enum AllocationCounter {
    private typealias Allocate = @convention(c) (UnsafeRawPointer?, Int, Int) -> UnsafeMutableRawPointer?

    private static let runtime = dlopen(nil, RTLD_NOW)
    /// The hook variable; nil when this runtime does not export it (then nothing is counted).
    nonisolated(unsafe) private static let hook = dlsym(runtime, "_swift_allocObject")?.assumingMemoryBound(to: Allocate?.self)
    /// Seeing the hook changed, the runtime switches retain and release to their hooks too, for good;
    /// their default adapters crash on this platform (Swift 6.3, x86_64 Linux), so the counter switches
    /// that back off at every allocation and when it is done. A `std::atomic<bool>`: a byte.
    nonisolated(unsafe) private static let swizzling = dlsym(
        runtime, "_swift_enableSwizzlingOfAllocationAndRefCountingFunctions_forInstrumentsOnly"
    )?.assumingMemoryBound(to: Bool.self)

    /// The allocator the hook held before counting started; set only while counting.
    nonisolated(unsafe) private static var allocate: Allocate?
    nonisolated(unsafe) private static var allocations = 0

    private static let counting: Allocate = { metadata, size, alignmentMask in
        AllocationCounter.swizzling?.pointee = false
        AllocationCounter.allocations &+= 1
        return AllocationCounter.allocate?(metadata, size, alignmentMask)
    }

    /// The Swift heap objects `body` allocates, or nil where the runtime lacks the hook. Only for code
    /// on one thread, not reentrant: the bench measures one thing at a time.
    static func count(_ body: () throws -> Void) rethrows -> Int? {
        guard let hook, let swizzling, let previous = hook.pointee else {
            try body()
            return nil
        }
        allocate = previous
        allocations = 0
        hook.pointee = counting
        defer {
            hook.pointee = previous
            swizzling.pointee = false
            allocate = nil
        }
        try body()
        return allocations
    }
}
