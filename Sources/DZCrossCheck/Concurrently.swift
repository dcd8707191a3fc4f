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
