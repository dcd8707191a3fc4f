import DZCodec
import DZJSON
import DZLayouts
import DZProgram

/// One generated fixture: `<stem>.bin` and `<stem>.json`.
public struct Fixture: Sendable {
    public var stem: String
    public var bytes: [UInt8]
    public var json: String
    /// The layout the bytes are written with.
    public var layout: String
}

/// Why the fixture set could not be built. Only a registry inconsistent with the samples gets here.
public enum FixtureError: Error, CustomStringConvertible {
    case encoding(fixture: String, EncodingError)
    case decoding(fixture: String, ProgramDecodingError)
    case program(fixture: String, ProgramError)

    public var description: String {
        switch self {
        case .encoding(let fixture, let error): "fixture \(fixture): \(error)"
        case .decoding(let fixture, let error): "fixture \(fixture): \(error)"
        case .program(let fixture, let error): "fixture \(fixture): \(error)"
        }
    }
}

/// Everything `make generate-fixtures` writes, built in memory.
public struct FixtureCatalogue {
    public let registry: Registry
    private let decoder: ProgramDecoder

    public init(registry: Registry = .standard) {
        self.registry = registry
        decoder = ProgramDecoder(registry: registry)
    }

    /// The sample device's address: the User sample's device_pk.
    public static let deviceKey = Pubkey.fromByte(0x62)
    /// The slot the after-write fixtures are written at.
    public static let writeSlot: UInt64 = 1_700_000_200

    public func build() throws(FixtureError) -> [Fixture] {
        var fixtures = try reference()
        for account in registry.accounts {
            for version in account.versions {
                fixtures.append(try versioned(version, account: account))
            }
        }
        fixtures += try afterWrites()
        return fixtures
    }

    /// (a) The upstream set of today, byte-identical to the reference fixtures.
    private func reference() throws(FixtureError) -> [Fixture] {
        let user = registry.account("user")!.current
        let device = registry.account("device")!
        let globalState = registry.account("global_state")!.current
        let legacyShape = device.versions.last { $0.rules.isEmpty }!

        let userBytes = try encode(Samples.user, user, "user")
        let deviceBytes = try encode(Samples.device, device.current, "device")
        let legacyBytes = try encode(Samples.legacyDevice, legacyShape, "device_legacy")
        let futureBytes = Self.stampFutureVersion(deviceBytes)
        let rebuilt = device.current.rules.compactMap { rule -> FixtureJSON.RebuiltInterfaces? in
            if case .rebuildInterfaces(let legacy, let trailing) = rule {
                return .init(legacyField: legacy, trailingField: trailing)
            }
            return nil
        }.first
        var fixtures = [
            try fixture("user", userBytes, user, name: "User"),
            try fixture("device", deviceBytes, device.current, name: "Device"),
            try fixture("device_legacy", legacyBytes, device.current, name: "DeviceLegacy", rebuilt: rebuilt),
            try fixture("device_future_version", futureBytes, device.current, name: "DeviceFutureVersion"),
            try fixture("global_state", try encode(Samples.globalState, globalState, "global_state"), globalState,
                        name: "GlobalState"),
        ]
        for account in registry.accounts { fixtures += try samples(of: account) }
        return fixtures
    }

    /// The upstream fixtures of an account whose samples live with its layout, written at its current version.
    private func samples(of account: AccountLayouts) throws(FixtureError) -> [Fixture] {
        var fixtures: [Fixture] = []
        let current = account.current
        for sample in account.samples {
            guard let stem = sample.fixture else { continue }
            let record = Samples.record(sample, fields: current.fields)
            guard case .instruction(let variant) = account.kind else {
                fixtures.append(try fixture(stem, try encode(record, current, stem), current, name: sample.title,
                                            unlisted: Set(sample.unlisted)))
                continue
            }
            let data: [UInt8]
            do {
                data = try BinaryEncoder.encodeInstruction(record, current, variant: variant, registry: registry)
            } catch {
                throw .encoding(fixture: stem, error)
            }
            let args = try decode(data, current, stem)
            switch sample.form {
            case .whole, .arguments:
                let bytes = sample.form == .arguments ? Array(data.dropFirst()) : data
                let json = FixtureJSON(name: sample.title, accountType: 0, unlisted: Set(sample.unlisted)).render(args, current)
                fixtures.append(Fixture(stem: stem, bytes: bytes, json: json, layout: current.reference))
            case .builder(let programID, let accounts):
                let document: JSONValue = .object([
                    "program_id": .string(programID),
                    "variant": .integer(Int64(variant)),
                    "data_hex": .string(Hex.encode(data)),
                    "accounts": .array(accounts.map { meta in
                        .object(["pubkey": .string(meta.pubkey), "is_signer": .bool(meta.isSigner),
                                 "is_writable": .bool(meta.isWritable)])
                    }),
                ])
                fixtures.append(Fixture(stem: stem, bytes: data, json: JSONWriter.render(document, style: .pretty),
                                        layout: current.reference))
            }
        }
        return fixtures
    }

    /// device_future_version.bin: the last trailing element's size grows by 8, its version becomes 5,
    /// and 8 bytes of 0xAB are appended (the upstream generator edits the bytes in place the same way).
    public static func stampFutureVersion(_ device: [UInt8]) -> [UInt8] {
        var bytes = device
        // The last element ends the account; its size is the Ethernet1 element's, 54 bytes.
        let lastElementSize = 54
        let start = bytes.count - lastElementSize
        let size = UInt16(bytes[start]) | UInt16(bytes[start + 1]) << 8
        precondition(Int(size) == lastElementSize, "the sample's last trailing element is not where expected")
        let grown = size + 8
        bytes[start] = UInt8(grown & 0xFF)
        bytes[start + 1] = UInt8(grown >> 8)
        bytes[start + 2] = 5
        return bytes + [UInt8](repeating: 0xAB, count: 8)
    }

    /// (b), (c) One fixture per layout version, from the same sample values.
    private func versioned(_ version: LayoutVersion, account: AccountLayouts) throws(FixtureError) -> Fixture {
        let stem = "\(account.name)_\(version.id)"
        let record = Samples.record(for: version, registry: registry)
        let number = version.id.dropFirst()
        switch account.kind {
        case .account:
            return try fixture(stem, try encode(record, version, stem), version, name: "\(account.title)V\(number)")
        case .instruction(let variant):
            let bytes: [UInt8]
            do {
                bytes = try BinaryEncoder.encodeInstruction(record, version, variant: variant, registry: registry)
            } catch {
                throw .encoding(fixture: stem, error)
            }
            let args = try decode(bytes, version, stem)
            let document = FixtureJSON(name: "\(account.title)V\(number)", accountType: 0, variant: variant).document(args, version)
            return Fixture(stem: stem, bytes: bytes, json: JSONWriter.render(document, style: .pretty), layout: version.reference)
        }
    }

    /// Program effects: a U3 user after its first SetUserBGPStatus (Up and Down), and a device after
    /// ReserveConnection and CloseReservation.
    private func afterWrites() throws(FixtureError) -> [Fixture] {
        let model = ProgramModel(registry: registry)
        let userAccount = registry.account("user")!
        let deviceAccount = registry.account("device")!
        let u3 = userAccount.versions.first { $0.label == "U3" }!
        let u3Bytes = try encode(Samples.record(for: u3, registry: registry), u3, "user_v3")
        let deviceBytes = try encode(Samples.device, deviceAccount.current, "device")
        let publisher = Samples.device["metrics_publisher_pk"]!.pubkeyValue!
        var fixtures: [Fixture] = []
        for (state, status, rtt) in [("Up", UInt8(1), UInt64(5_500_000)), ("Down", UInt8(2), UInt64(0))] {
            let stem = "user_\(u3.id)_after_bgp_\(state.lowercased())"
            let bytes: [UInt8]
            do {
                bytes = try model.setUserBGPStatus(
                    user: u3Bytes, device: deviceBytes, deviceKey: Self.deviceKey, signer: publisher,
                    update: .init(bgpStatus: status, bgpRttNs: rtt), slot: Self.writeSlot)
            } catch {
                throw .program(fixture: stem, error)
            }
            fixtures.append(try fixture(stem, bytes, userAccount.current, name: "UserV3AfterBGP\(state)"))
        }
        let payer = Samples.globalState["feed_authority_pk"]!.pubkeyValue!
        let reserved: (device: [UInt8], reservation: [UInt8])
        let closed: [UInt8]
        do {
            reserved = try model.reserveConnection(
                device: deviceBytes, deviceKey: Self.deviceKey, payer: payer, clientIP: IPv4(198, 51, 100, 10), bump: 253)
            closed = try model.closeReservation(device: reserved.device, deviceKey: Self.deviceKey,
                                                reservation: reserved.reservation)
        } catch {
            throw .program(fixture: "device_after_reserve_connection", error)
        }
        let reservationLayout = registry.account("reservation")!.versions[0]
        fixtures += [
            try fixture("device_after_reserve_connection", reserved.device, deviceAccount.current,
                        name: "DeviceAfterReserveConnection"),
            try fixture("reservation_after_reserve_connection", reserved.reservation, reservationLayout,
                        name: "ReservationAfterReserveConnection"),
            try fixture("device_after_close_reservation", closed, deviceAccount.current,
                        name: "DeviceAfterCloseReservation"),
        ]
        return fixtures
    }

    private func encode(_ record: Record, _ version: LayoutVersion, _ fixture: String) throws(FixtureError) -> [UInt8] {
        do {
            return try BinaryEncoder.encode(record, version, registry: registry)
        } catch {
            throw .encoding(fixture: fixture, error)
        }
    }

    private func decode(_ bytes: [UInt8], _ version: LayoutVersion, _ fixture: String) throws(FixtureError) -> Record {
        do {
            return try decoder.decode(bytes, as: version).record
        } catch {
            throw .decoding(fixture: fixture, error)
        }
    }

    /// The JSON of a fixture is what the program reads from its bytes, so the two can never disagree.
    private func fixture(
        _ stem: String, _ bytes: [UInt8], _ version: LayoutVersion, name: String,
        rebuilt: FixtureJSON.RebuiltInterfaces? = nil, unlisted: Set<String> = []
    ) throws(FixtureError) -> Fixture {
        let record = try decode(bytes, version, stem)
        guard case .account(let type) = version.kind else {
            preconditionFailure("fixture \(stem) is not an account")
        }
        let json = FixtureJSON(name: name, accountType: type, rebuilt: rebuilt, unlisted: unlisted).render(record, version)
        return Fixture(stem: stem, bytes: bytes, json: json, layout: version.reference)
    }
}
