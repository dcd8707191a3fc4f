import Dispatch

/// `body(0)` … `body(count - 1)` at the same time, the results in index order.
func concurrentMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    let slots = Slots<T>(count)
    withoutActuallyEscaping(body) { body in
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.buffer[index] = body(index) }
    }
    return slots.buffer.map { $0! }
}

/// One slot per task, in raw memory: tasks write distinct slots, which an array could not take.
private final class Slots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>

    init(_ count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
