/// CreateLink (variant 28): borsh-incremental arguments.
extension Registry {
    static let createLink: AccountLayouts = {
        var history = History(account: "create_link")
        history.next("CL0", "be8b55f15", "2025-07-23",
                     "args { code, link_type, bandwidth, mtu, delay_ns, jitter_ns, side_a_iface_name, side_z_iface_name } (#890)") {
            $0 = [
                Field("code", .string),
                Field("link_type", .enumeration("LinkLinkType")),
                Field("bandwidth", .u64),
                Field("mtu", .u32),
                Field("delay_ns", .u64),
                Field("jitter_ns", .u64),
                Field("side_a_iface_name", .string),
                Field("side_z_iface_name", .string),
            ]
        }
        history.next("CL1", "fbd816944", "2025-08-06", "side_z_iface_name becomes Option<String> (#1081)") {
            $0.replace("side_z_iface_name", with: Field("side_z_iface_name", .option(.string)))
        }
        history.next("CL2", "eb7ea3084", "2026-01-16", "+ desired_status: Option<LinkDesiredStatus> (#2640)") {
            $0.append(Field("desired_status", .option(.enumeration("LinkDesiredStatus"))))
        }
        history.next("CL3", "63b2a3afa", "2026-03-05", "+ use_onchain_allocation, incremental default false (#3175)") {
            $0.append(Field("use_onchain_allocation", .bool))
        }
        return AccountLayouts(
            name: "create_link", title: "CreateLink", kind: .instruction(variant: 28), versions: history.versions,
            samples: [AccountSample("ix_create_link", title: "CreateLink", form: .builder(programID: programID, accounts: [
                    .init("DC4M2Jnbd18tEDawat12LeSM6yhpsoLc85fPgRetecjg", signer: false, writable: true),
                    .init("8opHzTAnfzRpPEx21XtnrVTX28YQuCpAjcn1PczScKh", signer: false, writable: true),
                    .init("CiDwVBFgWV9E5MvXWoLgnEgn2hK7rJikbvfWavzAQz3", signer: false, writable: true),
                    .init("GcdayuLaLyrdmUu324nahyv33G5poQdLUEZ1nEytDeP", signer: false, writable: true),
                    .init("6jZM9CiKnZoczQYHRDee4Jtxqmzj3B5YnyYgWazYGGeH", signer: false, writable: true),
                    .init("6FxhPfvABPaqh6BQ4enyjo8eby9Lm4RQT82fJsY2AEXX", signer: false, writable: true),
                    .init("CSMSqSVkMGsCnYnA8wh6iLTaiqyvvL94VLTpPRBTA3k", signer: false, writable: true),
                    .init("BqNoDg8kRa7W836rnGxKvFFaN3qPknupSRw9aEXR2pqS", signer: false, writable: true),
                    .init("4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM", signer: true, writable: true),
                    .init("11111111111111111111111111111111", signer: false, writable: true),
                ]), [
                "code": "link1", "link_type": 1, "bandwidth": 10_000_000_000, "mtu": 9000, "delay_ns": 1_000_000,
                "jitter_ns": 100_000, "side_a_iface_name": "Ethernet0", "side_z_iface_name": "Ethernet1",
                "use_onchain_allocation": true,
            ])])
    }()
}
