/// CreateDevice (variant 20) and DeleteDevice (variant 26): borsh-incremental arguments.
extension Registry {
    static let createDevice: AccountLayouts = {
        var history = History(account: "create_device")
        // Before f7058fe19 the args carried the interfaces themselves (5f0c2674c … d659a1d8a); that
        // history is not recorded here.
        history.next("CD0", "f7058fe19", "2025-08-28", "args { code, device_type, public_ip, dz_prefixes, metrics_publisher_pk, mgmt_vrf } (#1447)") {
            $0 = [
                Field("code", .string),
                Field("device_type", .enumeration("DeviceType")),
                Field("public_ip", .ipv4),
                Field("dz_prefixes", .vec(.networkV4)),
                Field("metrics_publisher_pk", .pubkey),
                Field("mgmt_vrf", .string),
            ]
        }
        history.next("CD1", "eb7ea3084", "2026-01-16", "+ desired_status: Option<DeviceDesiredStatus> (#2640)") {
            $0.append(Field("desired_status", .option(.enumeration("DeviceDesiredStatus"))))
        }
        history.next("CD2", "9a80cda4e", "2026-03-09", "+ resource_count, incremental default 0 (#3216)") {
            $0.append(Field("resource_count", .u8))
        }
        return AccountLayouts(
            name: "create_device", title: "CreateDevice", kind: .instruction(variant: 20), versions: history.versions,
            samples: [AccountSample("ix_create_device", title: "CreateDevice", form: .builder(programID: programID, accounts: [
                    .init("BBLHcpbvvQifg2sVuQA8iPVtXh1XtKoJcK6NQuMfWeoz", signer: false, writable: true),
                    .init("8opHzTAnfzRpPEx21XtnrVTX28YQuCpAjcn1PczScKh", signer: false, writable: true),
                    .init("CiDwVBFgWV9E5MvXWoLgnEgn2hK7rJikbvfWavzAQz3", signer: false, writable: true),
                    .init("GcdayuLaLyrdmUu324nahyv33G5poQdLUEZ1nEytDeP", signer: false, writable: true),
                    .init("6jZM9CiKnZoczQYHRDee4Jtxqmzj3B5YnyYgWazYGGeH", signer: false, writable: true),
                    .init("B4ZFJXpLosBzBfjmWC65iRbk3B5tmznqwVY9jrivCbEL", signer: false, writable: true),
                    .init("GJXL2p6U6myR3SmKv8oDRWzYJxq2N81qwBHWYocbEfS7", signer: false, writable: true),
                    .init("2tt2auH3S5fzd2HNVpy8wEQxEc7b9jm5zgjfkh2qNFCX", signer: false, writable: true),
                    .init("4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM", signer: true, writable: true),
                    .init("11111111111111111111111111111111", signer: false, writable: true),
                ]), [
                "code": "dev1", "device_type": 0, "public_ip": "10.0.0.1", "dz_prefixes": ["10.0.0.0/24"],
                "metrics_publisher_pk": .key(5), "mgmt_vrf": "mgmt", "resource_count": 2,
            ])])
    }()

    static let deleteDevice: AccountLayouts = {
        var history = History(account: "delete_device")
        history.next("DD0", "1d5789084", "2025-07-01", "no args (#664)") { $0 = [] }
        history.next("DD1", "f2d953583", "2026-03-06", "args { resource_count }, incremental default 0 (#3188)") {
            $0 = [Field("resource_count", .u8)]
        }
        return AccountLayouts(
            name: "delete_device", title: "DeleteDevice", kind: .instruction(variant: 26), versions: history.versions,
            samples: [AccountSample("ix_delete_device", title: "DeleteDevice", form: .builder(programID: programID, accounts: [
                    .init("8opHzTAnfzRpPEx21XtnrVTX28YQuCpAjcn1PczScKh", signer: false, writable: true),
                    .init("CiDwVBFgWV9E5MvXWoLgnEgn2hK7rJikbvfWavzAQz3", signer: false, writable: true),
                    .init("6jZM9CiKnZoczQYHRDee4Jtxqmzj3B5YnyYgWazYGGeH", signer: false, writable: true),
                    .init("GcdayuLaLyrdmUu324nahyv33G5poQdLUEZ1nEytDeP", signer: false, writable: true),
                    .init("LX3EUdRUBUa3TbsYXLEUdj9J3prXkWXvLYSWyYyc2Jj", signer: false, writable: true),
                    .init("F8iPPa4vvGHY3U2UbUnsAnthUmUjpAyHUfUP9Bqa6mst", signer: false, writable: true),
                    .init("7HgxiHXdofpwuXbNHKmG3tNnXZTkJXkjLMqnAcZ5StNB", signer: false, writable: true),
                    .init("QRSsyMWN1yHT9ir42bgNZUNZ4PdEhcSWCrL2AryKpy5", signer: false, writable: true),
                    .init("UKrXU5bFrTzrqqpZXs8GVDbp4xPweiM65ADXNAy3ddR", signer: false, writable: true),
                    .init("YEGAxog9gxiGXxo538aAQxq55XAebpFfwU72ZUxmSHm", signer: false, writable: true),
                    .init("4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM", signer: true, writable: true),
                    .init("11111111111111111111111111111111", signer: false, writable: true),
                ]), [
                "resource_count": 2,
            ])])
    }()
}
