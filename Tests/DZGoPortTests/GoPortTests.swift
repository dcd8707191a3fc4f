import DZCodec
import DZGoPort
import DZJSON
import DZLayouts
import DZPorts
import XCTest

/// The port as a whole: what it answers for instructions, how it renders, and that it reads every
/// account version of the registry.
final class GoPortTests: XCTestCase {
    /// Every layout the Go facts list no reader for answers NoReader (instructions among them).
    func testLayoutsWithoutAReaderAnswerNoReader() {
        let readers = Registry.standard.sdk("go").readers
        var without = 0
        for account in Registry.standard.accounts where readers[account.name] == nil {
            for version in account.versions {
                XCTAssertEqual(port.decode([106, 1], as: version),
                               .error(className: "NoReader", message: "the Go SDK has no reader for \(account.title)"))
                without += 1
            }
        }
        XCTAssertGreaterThan(without, 0, "the instructions have no Go reader")
    }

    /// deserialize_error renders as the message text (CanonicalJSON alone would print its bytes as hex),
    /// and only Device values carry it.
    func testDeserializeErrorRendersAsText() {
        let message = "DeserializeDevice: interfaces length 0 != deprecated_interfaces length 2"
        guard case .ok(let record) = port.decode(Array(fixture("device").prefix(319)), as: layout("device@v15")) else {
            return XCTFail("expected a value")
        }
        XCTAssertEqual(record["deserialize_error"], .text(message))
        XCTAssertEqual(goJSON(Array(fixture("device").prefix(319)), "device@v15")["ok"]?["deserialize_error"], .string(message))
        XCTAssertNil(goJSON(fixture("user"), "user@v7")["ok"]?["deserialize_error"])
    }

    /// Every account version reads its own fixture, every truncation of it and a few garbage inputs
    /// without trapping, and lists exactly the layout's fields.
    func testEveryAccountVersionDecodes() {
        let readers = Registry.standard.sdk("go").readers
        for account in Registry.standard.accounts where readers[account.name] != nil {
            for version in account.versions {
                let bytes = fixture("\(account.name)_\(version.id)")
                for input in [bytes, Array(bytes.prefix(bytes.count / 2)), [UInt8](repeating: 0xFF, count: 300)] {
                    guard case .ok(let record) = port.decode(input, as: version) else {
                        XCTFail("\(version.reference) does not decode")
                        continue
                    }
                    let extra = account.name == "device" ? ["deserialize_error"] : []
                    XCTAssertEqual(record.entries.map(\.name), version.fields.map(\.name) + extra, version.reference)
                }
            }
        }
    }

    func testUserFixtureRendersAsTheNativeReaderPrintsIt() {
        let user = decoded(fixture("user"), "user@v7")
        XCTAssertEqual(user["index"], json(#"{"High": "200", "Low": "0"}"#))
        XCTAssertEqual(user["user_type"], json(#"{"value": 3, "label": "multicast"}"#))
        XCTAssertEqual(user["cyoa_type"], json(#"{"value": 2, "label": "gre_over_fabric"}"#))
        XCTAssertEqual(user["tunnel_net"], json(#""169.254.100.0/30""#))
        XCTAssertEqual(user["last_bgp_up_at"], json(#""1700000000""#))
        XCTAssertEqual(user["feed_pks"]?.arrayValue?.count, 2)
    }
}
