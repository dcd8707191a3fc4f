import DZCodec
import DZLayouts
import XCTest

/// Nothing the decoder is fed crashes it, traps, hangs or makes it allocate from a count in the input.
final class HostileInputTests: XCTestCase {
    func testRandomBytesAndMutationsNeverTrap() {
        var generator = SplitMix64(seed: 0xD2C0_4A77)
        let decoder = ProgramDecoder()
        for version in registry.allVersions {
            let sample = (try? BinaryEncoder.encode([:], version)) ?? []
            for round in 0..<300 {
                var bytes = round % 2 == 0 ? sampleBytes(version) : sample
                for _ in 0..<(1 + Int(generator.next() % 8)) where !bytes.isEmpty {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
                if round % 5 == 0 { bytes = (0..<Int(generator.next() % 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) } }
                _ = try? decoder.decode(bytes, as: version)
            }
        }
    }

    func testHugeCountsAreBoundedByTheInput() throws {
        // 0xFFFFFFFF counts everywhere a count can be.
        let counts: [(String, Int)] = [("user@U7", 132), ("user@U7", 266), ("global_state@G7", 174), ("device@D15", 120),
                                        ("device@D15", 127), ("device@D15", 208), ("device@D15", 332)]
        for (reference, offset) in counts {
            var bytes = sampleBytes(layout(reference))
            for index in offset..<(offset + 4) { bytes[index] = 0xFF }
            _ = try? decode(bytes, reference)
        }
    }
}

/// A small seeded generator, so that failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
