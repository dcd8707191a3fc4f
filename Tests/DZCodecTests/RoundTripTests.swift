import DZCodec
import DZFixtures
import DZLayouts
import XCTest

final class RoundTripTests: XCTestCase {
    /// encode → decode (program rules) → encode gives the same bytes, for every version of everything.
    func testEveryVersionRoundTrips() throws {
        for account in registry.accounts {
            for version in account.versions {
                let record = Samples.record(for: version)
                let bytes: [UInt8]
                if case .instruction(let variant) = account.kind {
                    bytes = try BinaryEncoder.encodeInstruction(record, version, variant: variant)
                    let decoded = try ProgramDecoder().decode(bytes, as: version)
                    XCTAssertEqual(try BinaryEncoder.encodeInstruction(decoded.record, version, variant: variant), bytes,
                                   version.reference)
                } else {
                    bytes = try BinaryEncoder.encode(record, version)
                    let decoded = try ProgramDecoder().decode(bytes, as: version)
                    XCTAssertEqual(try BinaryEncoder.encode(decoded.record, version), bytes, version.reference)
                    XCTAssertEqual(decoded.consumed, bytes.count, "\(version.reference) reads every byte it wrote")
                    XCTAssertTrue(decoded.outcomes.allSatisfy { $0.outcome == .read }, version.reference)
                }
            }
        }
    }

    func testEncoderRejectsValuesThatDoNotFit() {
        let u7 = layout("user@v7")
        XCTAssertThrowsError(try BinaryEncoder.encode(["tunnel_id": .uint(70_000)], u7)) { error in
            XCTAssertEqual(error as? EncodingError, .valueOutOfRange(path: "tunnel_id", value: "70000", type: "u16"))
        }
        XCTAssertThrowsError(try BinaryEncoder.encode(["owner": .uint(1)], u7)) { error in
            XCTAssertEqual(error as? EncodingError, .typeMismatch(path: "owner", expected: "pubkey", found: "unsigned integer"))
        }
        let d15 = layout("device@v15")
        let badTag: Record = ["deprecated_interfaces": .list([.record(["version": .uint(9)])])]
        XCTAssertThrowsError(try BinaryEncoder.encode(badTag, d15)) { error in
            XCTAssertEqual(error as? EncodingError, .unknownTag(path: "deprecated_interfaces[0]", tag: 9))
        }
    }

    func testEmptyRecordEncodesEveryFieldAsItsDefault() throws {
        // A User with no values: account_type None, status Activated (UserStatus's default), empty vectors.
        let bytes = try BinaryEncoder.encode([:], layout("user@v7"))
        XCTAssertEqual(bytes.count, 206)
        XCTAssertEqual(bytes[0], 0)
        XCTAssertEqual(bytes[131], 1)
    }
}
