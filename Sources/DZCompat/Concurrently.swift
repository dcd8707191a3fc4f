import Dispatch

/// Runs `first` and `second` at the same time (two cores: a native reader's process and our port, or
/// two halves of a corpus) and returns both results; rethrows what `first` threw.
func concurrently<A, B>(_ first: () throws -> A, _ second: () -> B) throws -> (A, B) {
    let results = Results<A, B>()
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                if index == 0 { results.first = Result(catching: first) } else { results.second = second() }
            }
        }
    }
    return (try results.first!.get(), results.second!)
}

/// Each slot is written by one of the two tasks and read after both have finished.
private final class Results<A, B>: @unchecked Sendable {
    var first: Result<A, any Error>?
    var second: B?
}

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
