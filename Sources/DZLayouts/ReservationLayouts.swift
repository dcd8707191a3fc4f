/// Reservation (AccountType 14, docs/layouts.md#reservation) and the instructions that touch it and User (docs/program-rules.md §5).
extension Registry {
    static let reservation: AccountLayouts = {
        var history = History(account: "reservation")
        history.next("R1", "bd8d8e47b", "2026-03-02", "single-IP reservation, 70 bytes (#3086)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("owner", .pubkey),
                Field("bump_seed", .u8),
                Field("device_pk", .pubkey),
                Field("client_ip", .ipv4),
            ]
        }
        history.next("R2", "ac5990f01", "2026-03-12", "client_ip replaced by reserved_count, 68 bytes (#3224)") {
            $0.replace("client_ip", with: Field("reserved_count", .u16))
        }
        return AccountLayouts(name: "reservation", title: "Reservation", kind: .account(type: 14),
                              versions: history.versions,
                              removed: Removal("93cccb7ea", "2026-03-17",
                                               "reservation instructions removed, variants 95/96 now Deprecated95/Deprecated96 (#3289)"))
    }()

    static let reserveConnection: AccountLayouts = {
        var history = History(account: "reserve_connection")
        history.next("RC1", "bd8d8e47b", "2026-03-02", "args { client_ip } (#3086)") {
            $0 = [Field("client_ip", .ipv4)]
        }
        history.next("RC2", "ac5990f01", "2026-03-12", "args { count: u16 }, incremental default 1 (#3224)") {
            $0 = [Field("count", .u16, default: 1)]
        }
        return AccountLayouts(name: "reserve_connection", title: "ReserveConnection", kind: .instruction(variant: 95),
                              versions: history.versions)
    }()

    static let closeReservation: AccountLayouts = {
        var history = History(account: "close_reservation")
        history.next("CR1", "bd8d8e47b", "2026-03-02", "no args (#3086)") { $0 = [] }
        return AccountLayouts(name: "close_reservation", title: "CloseReservation", kind: .instruction(variant: 96),
                              versions: history.versions)
    }()

    static let setUserBGPStatus: AccountLayouts = {
        var history = History(account: "set_user_bgp_status")
        history.next("B1", "9ab2b0f06", "2026-04-06", "args { bgp_status } (#3463)") {
            $0 = [Field("bgp_status", .enumeration("BGPStatus"))]
        }
        history.next("B2", "6d24b06fb", "2026-05-19", "+ bgp_rtt_ns, incremental default 0 (#3716)") {
            $0.append(Field("bgp_rtt_ns", .u64))
        }
        return AccountLayouts(name: "set_user_bgp_status", title: "SetUserBGPStatus", kind: .instruction(variant: 106),
                              versions: history.versions)
    }()
}
