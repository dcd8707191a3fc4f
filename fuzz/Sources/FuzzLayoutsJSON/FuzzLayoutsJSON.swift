import DZFuzzTargets

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = FuzzTarget.layoutsJSON.run(start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}
