import DZLayouts
import DZCodec

/// The systematic damage done to one encoded fixture, aimed by its field spans.
struct Damage {
    typealias Emit = ([UInt8], String, SituationKind) -> Void

    let bytes: [UInt8]
    let spans: [FieldSpan]
    let name: String

    /// Past 65,536 the counts cross where each SDK runtime's memory runs out (docs/reader-contract.md §3).
    static let counts: [UInt32] = [0, 1, 2, 255, 1000, 65_537, 262_144, 1_000_000, 6_000_000, 0x0100_0000, 0xFFFF_FFFF]
    /// Invalid UTF-8 (a lone continuation, a cut sequence, a surrogate, overlong forms), a BOM, and valid
    /// multi-byte text for contrast.
    static let strings: [(String, [UInt8])] = [
        ("empty", []), ("ff fe 41", [0xFF, 0xFE, 0x41]), ("cut e2 82", [0xE2, 0x82]), ("41 e2 82 41", [0x41, 0xE2, 0x82, 0x41]),
        ("surrogate ed a0 80", [0xED, 0xA0, 0x80]), ("overlong c0 80", [0xC0, 0x80]), ("overlong e0 80 80", [0xE0, 0x80, 0x80]),
        ("bom", [0xEF, 0xBB, 0xBF, 0x41]), ("two boms", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]), ("nul", [0x00]),
        ("valid e9", [0xC3, 0xA9]), ("valid 4-byte", [0xF0, 0x9F, 0x98, 0x80]), ("f4 90 80 80", [0xF4, 0x90, 0x80, 0x80]),
    ]

    func all(_ emit: Emit) {
        boundaries(emit)
        for span in spans {
            switch span.type {
            case .vec: vectorCounts(span, emit)
            case .string: strings(span, emit)
            case .enumeration where firstElementsOnly(span): everyByte(at: span.offset, span.path, .enumValue, emit)
            case .tagged where firstElementsOnly(span): everyByte(at: span.offset, "\(span.path) tag", .interfaceTag, emit)
            case .sized: sizes(span, emit)
            default: break
            }
        }
        for type: UInt8 in [0, 1, 5, 7, 14, 255] where bytes.first != type {
            emit([type] + bytes.dropFirst(), "\(name) account_type=\(type)", .accountType)
        }
        for junk in [[0xAB], [0xAB, 0xAB], [0xAB, 0xAB, 0xAB], [0, 0, 0, 0], [0xAB] + [UInt8](repeating: 0xAB, count: 7), [2, 0, 0, 0]] as [[UInt8]] {
            emit(bytes + junk, "\(name) + \(junk.count) junk bytes", .trailingJunk)
        }
    }

    /// Nested enums and tags are swept in the first element of each list only: the others add nothing new.
    private func firstElementsOnly(_ span: FieldSpan) -> Bool {
        !span.path.contains("[") || !span.path.split(separator: "[").dropFirst().contains { !$0.hasPrefix("0]") }
    }

    /// At every top-level field boundary: one byte removed, one zero and one 0xFF inserted.
    private func boundaries(_ emit: Emit) {
        for span in spans where !span.path.contains(".") && !span.path.contains("[") {
            let at = span.offset
            if at < bytes.count { emit(Array(bytes[..<at] + bytes[(at + 1)...]), "\(name) byte \(at) removed before \(span.path)", .boundary) }
            for filler: UInt8 in [0x00, 0xFF] {
                emit(Array(bytes[..<at]) + [filler] + bytes[at...], "\(name) \(filler) inserted before \(span.path)", .boundary)
            }
        }
    }

    private func vectorCounts(_ span: FieldSpan, _ emit: Emit) {
        for count in Self.counts { emit(patch(span.offset, le: UInt64(count), width: 4), "\(name) \(span.path) count=\(count)", .vectorCount) }
        let left = UInt32(clamping: bytes.count - span.offset - 4)
        emit(patch(span.offset, le: UInt64(left / 5 + 1), width: 4), "\(name) \(span.path) count past the end", .vectorCount)
    }

    private func strings(_ span: FieldSpan, _ emit: Emit) {
        let left = bytes.count - span.offset - 4
        for length in [0, span.length - 4 + 1, left, left + 1, 1000, Int(UInt32.max)] {
            emit(patch(span.offset, le: UInt64(length), width: 4), "\(name) \(span.path) length=\(length)", .stringLength)
        }
        for (label, content) in Self.strings {
            let replaced = Array(bytes[..<span.offset]) + le(UInt64(content.count), width: 4) + content
                + bytes[(span.offset + span.length)...]
            emit(replaced, "\(name) \(span.path) = \(label)", .stringContent)
        }
    }

    private func everyByte(at offset: Int, _ what: String, _ kind: SituationKind, _ emit: Emit) {
        for value in 0...255 where bytes[offset] != UInt8(value) {
            var copy = bytes
            copy[offset] = UInt8(value)
            emit(copy, "\(name) \(what)=\(value)", kind)
        }
    }

    private func sizes(_ span: FieldSpan, _ emit: Emit) {
        let left = bytes.count - span.offset
        for size in [0, 1, 2, 3, span.length - 1, span.length + 1, span.length + 8, left, left + 1, 0xFFFF] {
            emit(patch(span.offset, le: UInt64(size), width: 2), "\(name) \(span.path) size=\(size)", .elementSize)
        }
        for version: UInt8 in [0, 3, 5, 9, 255] {
            var copy = bytes
            copy[span.offset + 2] = version
            emit(copy, "\(name) \(span.path) version=\(version)", .elementVersion)
        }
    }

    private func patch(_ offset: Int, le value: UInt64, width: Int) -> [UInt8] {
        var copy = bytes
        copy.replaceSubrange(offset..<(offset + width), with: le(value, width: width))
        return copy
    }

    private func le(_ value: UInt64, width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }

    /// 1 to 4 random byte flips, or a splice of this fixture's head with another fixture's tail.
    static func mutate(_ bytes: [UInt8], splicingWith others: [[UInt8]], random: inout SplitMix64) -> ([UInt8], String) {
        if random.below(4) == 0, let other = others.isEmpty ? nil : others[random.below(others.count)], !bytes.isEmpty, !other.isEmpty {
            let head = random.below(bytes.count), tail = random.below(other.count)
            return (Array(bytes[..<head] + other[tail...]), "splice \(head)|\(tail)")
        }
        var copy = bytes
        var flips: [String] = []
        for _ in 0...random.below(4) where !copy.isEmpty {
            let position = random.below(copy.count)
            copy[position] = UInt8(truncatingIfNeeded: random.next())
            flips.append("\(position)=\(copy[position])")
        }
        return (copy, "flip \(flips.joined(separator: ","))")
    }
}
