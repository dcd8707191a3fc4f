import DZCodec
import DZLayouts
import DZReportModel

/// Rule 4: the program's encoder gives back the .bin from the value its decoder read: every byte is
/// read, and read into a value that writes it again. A legacy fixture round-trips with the version it
/// was written with (any of the account's); a future fixture's unknown bytes cannot, by design.
enum RoundTripRule {
    static func check(_ reading: FixtureReading, registry: Registry) -> [LintFinding] {
        let fixture = reading.fixture
        guard fixture.role != .future, let record = reading.record else { return [] }
        if fixture.role == .legacy {
            let writesIt = fixture.account.versions.contains { version in
                encode(record, version, fixture.account, registry: registry) == fixture.bytes
            }
            if writesIt { return [] }
        }
        let written = reading.canonical, bytes = fixture.bytes
        guard written != bytes else { return [] }
        let offset = (0..<min(written.count, bytes.count)).first { written[$0] != bytes[$0] } ?? min(written.count, bytes.count)
        let message: String
        if offset < min(written.count, bytes.count) {
            message = "re-encoding the decoded value writes \(hex(written[offset])) at offset \(offset), the .bin has \(hex(bytes[offset]))"
        } else if written.count < bytes.count {
            message = "re-encoding the decoded value writes \(written.count) bytes, the .bin has \(bytes.count): the last \(bytes.count - written.count) are lost"
        } else {
            message = "re-encoding the decoded value writes \(written.count) bytes, the .bin has only \(bytes.count)"
        }
        return [LintFinding(rule: .roundTrip, account: fixture.account.name, field: reading.field(at: offset),
                            file: fixture.binFile, offset: offset, message: message)]
    }

    static func encode(_ record: Record, _ version: LayoutVersion, _ account: AccountLayouts, registry: Registry) -> [UInt8]? {
        switch account.kind {
        case .account: try? BinaryEncoder.encode(record, version, registry: registry)
        case .instruction(let variant): try? BinaryEncoder.encodeInstruction(record, version, variant: variant, registry: registry)
        }
    }

    static func hex(_ byte: UInt8) -> String { "0x" + Hex.encode([byte]) }
}
