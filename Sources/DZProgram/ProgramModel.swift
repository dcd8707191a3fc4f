import DZCodec
import DZLayouts

/// What the program's instructions do to accounts: decode with the program's rules, change fields,
/// write back at the current layout (which resizes the account, docs/program-rules.md §2 rule 8).
public struct ProgramModel {
    public let registry: Registry
    private let decoder: ProgramDecoder

    public init(registry: Registry = .standard) {
        self.registry = registry
        decoder = ProgramDecoder(registry: registry)
    }

    /// The args of SetUserBGPStatus (variant 106).
    public struct BGPStatusUpdate: Sendable {
        public var bgpStatus: UInt8
        public var bgpRttNs: UInt64
        public init(bgpStatus: UInt8, bgpRttNs: UInt64) {
            self.bgpStatus = bgpStatus
            self.bgpRttNs = bgpRttNs
        }
    }

    /// SetUserBGPStatus applied to a User account of any version. The payer must be the device's metrics
    /// publisher and user.device_pk the device's key; last_bgp_up_at moves only on Up (1).
    public func setUserBGPStatus(
        user: [UInt8], device: [UInt8], deviceKey: Pubkey, signer: Pubkey, update: BGPStatusUpdate, slot: UInt64
    ) throws(ProgramError) -> [UInt8] {
        var userRecord = try decodeCurrent(user, "user")
        let deviceRecord = try decodeCurrent(device, "device")
        let publisher = deviceRecord["metrics_publisher_pk"]?.pubkeyValue ?? .zero
        guard signer == publisher else {
            throw .unauthorizedSigner(expected: publisher.base58, found: signer.base58)
        }
        let userDevice = userRecord["device_pk"]?.pubkeyValue ?? .zero
        guard userDevice == deviceKey else {
            throw .deviceMismatch(field: "user.device_pk", expected: deviceKey.base58, found: userDevice.base58)
        }
        userRecord["bgp_status"] = .uint(UInt64(update.bgpStatus))
        userRecord["bgp_rtt_ns"] = .uint(update.bgpRttNs)
        userRecord["last_bgp_reported_at"] = .uint(slot)
        if update.bgpStatus == 1 { userRecord["last_bgp_up_at"] = .uint(slot) }
        return try writeCurrent(userRecord, "user")
    }

    /// ReserveConnection (variant 95, bd8d8e47b): returns the device with one more reserved seat and the
    /// new Reservation account (its first version).
    public func reserveConnection(
        device: [UInt8], deviceKey: Pubkey, payer: Pubkey, clientIP: IPv4, bump: UInt8
    ) throws(ProgramError) -> (device: [UInt8], reservation: [UInt8]) {
        var record = try decodeCurrent(device, "device")
        let users = record["users_count"]?.uintValue ?? 0
        let reserved = record["reserved_seats"]?.uintValue ?? 0
        let maxUsers = record["max_users"]?.uintValue ?? 0
        guard users + reserved < maxUsers else {
            throw .maxUsersExceeded(usersCount: users, reservedSeats: reserved, maxUsers: maxUsers)
        }
        record["reserved_seats"] = .uint(reserved + 1)
        let reservation: Record = [
            "account_type": .uint(14), "owner": .pubkey(payer), "bump_seed": .uint(UInt64(bump)),
            "device_pk": .pubkey(deviceKey), "client_ip": .ipv4(clientIP),
        ]
        let reservationLayout = registry.account("reservation")!.versions[0]
        return (try writeCurrent(record, "device"), try write(reservation, reservationLayout))
    }

    /// CloseReservation (variant 96): the reservation must belong to this device; the seat count never
    /// goes below zero.
    public func closeReservation(device: [UInt8], deviceKey: Pubkey, reservation: [UInt8]) throws(ProgramError) -> [UInt8] {
        var record = try decodeCurrent(device, "device")
        let reservationLayout = registry.account("reservation")!.versions[0]
        let reservationRecord: Record
        do {
            reservationRecord = try decoder.decode(reservation, as: reservationLayout).record
        } catch {
            throw .invalidAccount(error)
        }
        let reservedFor = reservationRecord["device_pk"]?.pubkeyValue ?? .zero
        guard reservedFor == deviceKey else {
            throw .deviceMismatch(field: "reservation.device_pk", expected: deviceKey.base58, found: reservedFor.base58)
        }
        let reserved = record["reserved_seats"]?.uintValue ?? 0
        record["reserved_seats"] = .uint(reserved > 0 ? reserved - 1 : 0)
        return try writeCurrent(record, "device")
    }

    private func decodeCurrent(_ bytes: [UInt8], _ account: String) throws(ProgramError) -> Record {
        do {
            return try decoder.decode(bytes, as: registry.account(account)!.current).record
        } catch {
            throw .invalidAccount(error)
        }
    }

    private func writeCurrent(_ record: Record, _ account: String) throws(ProgramError) -> [UInt8] {
        try write(record, registry.account(account)!.current)
    }

    private func write(_ record: Record, _ layout: LayoutVersion) throws(ProgramError) -> [UInt8] {
        var record = record
        for rule in layout.rules { Self.applyWriterSide(of: rule, to: &record) }
        // A record the program itself decoded always encodes with the same registry.
        guard let bytes = try? BinaryEncoder.encode(record, layout, registry: registry) else {
            preconditionFailure("a decoded \(layout.reference) record failed to encode")
        }
        return bytes
    }

    /// The writer's half of a rule. Device: the legacy slot is always written as V2 copies of the trailing
    /// elements (segments dropped), and every trailing element is stamped with the current version, so
    /// a future version's unknown bytes are lost (docs/program-rules.md §3, §3.4).
    static func applyWriterSide(of rule: Rule, to record: inout Record) {
        switch rule {
        case .rebuildInterfaces(let legacyName, let trailingName):
            let trailing = record[trailingName]?.listValue ?? []
            record[trailingName] = .list(trailing.map { element in
                guard var fields = element.recordValue else { return element }
                fields["version"] = .uint(4)
                return .record(fields)
            })
            record[legacyName] = .list(trailing.map { element in
                guard var fields = element.recordValue else { return element }
                fields["size"] = nil
                fields["version"] = .uint(1)
                fields["flex_algo_node_segments"] = nil
                return .record(fields)
            })
        }
    }
}
