/// SetGlobalConfig (variant 3): borsh-incremental arguments.
extension Registry {
    static let setGlobalConfig: AccountLayouts = {
        var history = History(account: "set_global_config")
        history.next("SG0", "9b0f071c7", "2025-06-11", "args { local_asn, remote_asn, tunnel_tunnel_block, user_tunnel_block, multicastgroup_block } (#556)") {
            $0 = [
                Field("local_asn", .u32),
                Field("remote_asn", .u32),
                Field("tunnel_tunnel_block", .networkV4),
                Field("user_tunnel_block", .networkV4),
                Field("multicastgroup_block", .networkV4, json: "MulticastGroupBlock"),
            ]
        }
        // tunnel_tunnel_block was renamed device_tunnel_block in 1883ef726 (#625), same bytes.
        history.next("SG1", "b8c808d52", "2025-10-20", "+ next_bgp_community: Option<u16> (#1971)") {
            $0.replace("tunnel_tunnel_block", with: Field("device_tunnel_block", .networkV4, renamedFrom: "tunnel_tunnel_block"))
            $0.append(Field("next_bgp_community", .option(.u16)))
        }
        history.next("SG2", "2f36a4628", "2026-02-12", "+ multicast_publisher_block (#2806)") {
            $0.append(Field("multicast_publisher_block", .networkV4))
        }
        return AccountLayouts(
            name: "set_global_config", title: "SetGlobalConfig", kind: .instruction(variant: 3), versions: history.versions,
            samples: [AccountSample("ix_set_global_config", title: "SetGlobalConfig", form: .builder(programID: programID, accounts: [
                    .init("B4ZFJXpLosBzBfjmWC65iRbk3B5tmznqwVY9jrivCbEL", signer: false, writable: true),
                    .init("6jZM9CiKnZoczQYHRDee4Jtxqmzj3B5YnyYgWazYGGeH", signer: false, writable: true),
                    .init("CSMSqSVkMGsCnYnA8wh6iLTaiqyvvL94VLTpPRBTA3k", signer: false, writable: true),
                    .init("AJXqWkfpNu4SLZKhT1JR834ByCHkHLkTGc4bfxiF1Sdy", signer: false, writable: true),
                    .init("3mYs518BPaTLS2YCQTZwtZSxR7ZrX8zENtA6tKiGV8Tp", signer: false, writable: true),
                    .init("BqNoDg8kRa7W836rnGxKvFFaN3qPknupSRw9aEXR2pqS", signer: false, writable: true),
                    .init("wM98w61NXSv2e3yNRm7cwai61XXt5jEr8a1wTMSzJS2", signer: false, writable: true),
                    .init("6HAjyaWj3Hvo7k2DY66uHQvNBNg3qqovsP4vknSbaZCH", signer: false, writable: true),
                    .init("H8Q6uDRMQJxgF3VtHFcQ74uw7HW79uewSTejfxUMcxHx", signer: false, writable: true),
                    .init("28xBTbuoHAHT5dTHKEVdrizvfzzjErAL9m2BFfqGZxVE", signer: false, writable: true),
                    .init("4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM", signer: true, writable: true),
                    .init("11111111111111111111111111111111", signer: false, writable: true),
                ]), [
                "local_asn": 65000, "remote_asn": 65001, "device_tunnel_block": "10.100.0.0/16",
                "user_tunnel_block": "10.200.0.0/16", "multicastgroup_block": "239.0.0.0/8", "next_bgp_community": 10042,
                "multicast_publisher_block": "148.51.120.0/21",
            ])])
    }()
}
