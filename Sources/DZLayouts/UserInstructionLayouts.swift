/// CreateUser (36), DeleteUser (42) and CreateSubscribeUser (59): borsh-incremental arguments. Their
/// history starts where the args lost the index and device_pk (be8b55f15, #890).
extension Registry {
    static let createUser: AccountLayouts = {
        var history = History(account: "create_user")
        history.next("CU0", "be8b55f15", "2025-07-23", "args { user_type, cyoa_type, client_ip } (#890)") {
            $0 = [
                Field("user_type", .enumeration("UserType")),
                Field("cyoa_type", .enumeration("UserCYOA")),
                Field("client_ip", .ipv4),
            ]
        }
        history.next("CU1", "b04763a88", "2026-02-11", "+ tunnel_endpoint (#2728)") {
            $0.append(Field("tunnel_endpoint", .ipv4))
        }
        history.next("CU2", "a21c6d83d", "2026-03-03", "+ dz_prefix_count, incremental default 0 (#3107)") {
            $0.append(Field("dz_prefix_count", .u8))
        }
        return AccountLayouts(
            name: "create_user", title: "CreateUser", kind: .instruction(variant: 36), versions: history.versions,
            samples: [
                AccountSample("ix_create_user", title: "CreateUser", form: .builder(programID: programID, accounts: [
                    .init("8frXLRAn617XuANG1JSzcnK3T8zxeJ5huRQL3ZtyhqEL", signer: false, writable: true),
                    .init("8opHzTAnfzRpPEx21XtnrVTX28YQuCpAjcn1PczScKh", signer: false, writable: true),
                    .init("CiDwVBFgWV9E5MvXWoLgnEgn2hK7rJikbvfWavzAQz3", signer: false, writable: true),
                    .init("6jZM9CiKnZoczQYHRDee4Jtxqmzj3B5YnyYgWazYGGeH", signer: false, writable: true),
                    .init("AJXqWkfpNu4SLZKhT1JR834ByCHkHLkTGc4bfxiF1Sdy", signer: false, writable: true),
                    .init("6HAjyaWj3Hvo7k2DY66uHQvNBNg3qqovsP4vknSbaZCH", signer: false, writable: true),
                    .init("F8iPPa4vvGHY3U2UbUnsAnthUmUjpAyHUfUP9Bqa6mst", signer: false, writable: true),
                    .init("7HgxiHXdofpwuXbNHKmG3tNnXZTkJXkjLMqnAcZ5StNB", signer: false, writable: true),
                    .init("GcdayuLaLyrdmUu324nahyv33G5poQdLUEZ1nEytDeP", signer: false, writable: true),
                    .init("4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM", signer: true, writable: true),
                    .init("11111111111111111111111111111111", signer: false, writable: true),
                ]), [
                    "user_type": 0, "cyoa_type": 1, "client_ip": "10.11.12.13", "tunnel_endpoint": "192.168.1.2",
                    "dz_prefix_count": 1,
                ]),
                AccountSample("user_create_args", title: "UserCreateArgs", form: .arguments, [
                    "user_type": 0, "cyoa_type": 1, "client_ip": "10.11.12.13", "tunnel_endpoint": "192.168.1.2",
                    "dz_prefix_count": 2,
                ]),
            ])
    }()

    static let deleteUser: AccountLayouts = {
        var history = History(account: "delete_user")
        history.next("DU0", "1d5789084", "2025-07-01", "no args (#664)") { $0 = [] }
        history.next("DU1", "2900f3b07", "2026-03-04", "args { dz_prefix_count, multicast_publisher_count }, incremental defaults 0 (#3113)") {
            $0 = [Field("dz_prefix_count", .u8), Field("multicast_publisher_count", .u8)]
        }
        return AccountLayouts(
            name: "delete_user", title: "DeleteUser", kind: .instruction(variant: 42), versions: history.versions,
            samples: [AccountSample("user_delete_args", title: "UserDeleteArgs", form: .arguments, [
                "dz_prefix_count": 3, "multicast_publisher_count": 1,
            ])])
    }()

    static let createSubscribeUser: AccountLayouts = {
        var history = History(account: "create_subscribe_user")
        history.next("CS0", "be8b55f15", "2025-07-23", "args { user_type, cyoa_type, client_ip, publisher, subscriber } (#890)") {
            $0 = [
                Field("user_type", .enumeration("UserType")),
                Field("cyoa_type", .enumeration("UserCYOA")),
                Field("client_ip", .ipv4),
                Field("publisher", .bool),
                Field("subscriber", .bool),
            ]
        }
        history.next("CS1", "b04763a88", "2026-02-11", "+ tunnel_endpoint (#2728)") {
            $0.append(Field("tunnel_endpoint", .ipv4))
        }
        history.next("CS2", "997f5dc48", "2026-03-09", "+ dz_prefix_count, incremental default 0 (#3176)") {
            $0.append(Field("dz_prefix_count", .u8))
        }
        history.next("CS3", "65f0272cf", "2026-03-27", "+ owner, incremental default the zero key (#3379)") {
            $0.append(Field("owner", .pubkey))
        }
        return AccountLayouts(
            name: "create_subscribe_user", title: "CreateSubscribeUser", kind: .instruction(variant: 59),
            versions: history.versions,
            samples: [AccountSample("ix_create_subscribe_user", title: "CreateSubscribeUser", form: .builder(programID: programID, accounts: [
                    .init("2k5Ausiy8hiZqpZragqtTf6L4wmhZv3otUD5xAM7x59g", signer: false, writable: true),
                    .init("8opHzTAnfzRpPEx21XtnrVTX28YQuCpAjcn1PczScKh", signer: false, writable: true),
                    .init("CiDwVBFgWV9E5MvXWoLgnEgn2hK7rJikbvfWavzAQz3", signer: false, writable: true),
                    .init("GcdayuLaLyrdmUu324nahyv33G5poQdLUEZ1nEytDeP", signer: false, writable: true),
                    .init("6jZM9CiKnZoczQYHRDee4Jtxqmzj3B5YnyYgWazYGGeH", signer: false, writable: true),
                    .init("AJXqWkfpNu4SLZKhT1JR834ByCHkHLkTGc4bfxiF1Sdy", signer: false, writable: true),
                    .init("6HAjyaWj3Hvo7k2DY66uHQvNBNg3qqovsP4vknSbaZCH", signer: false, writable: true),
                    .init("F8iPPa4vvGHY3U2UbUnsAnthUmUjpAyHUfUP9Bqa6mst", signer: false, writable: true),
                    .init("7HgxiHXdofpwuXbNHKmG3tNnXZTkJXkjLMqnAcZ5StNB", signer: false, writable: true),
                    .init("LX3EUdRUBUa3TbsYXLEUdj9J3prXkWXvLYSWyYyc2Jj", signer: false, writable: false),
                    .init("4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM", signer: true, writable: true),
                    .init("11111111111111111111111111111111", signer: false, writable: true),
                ]), [
                "user_type": 1, "cyoa_type": 1, "client_ip": "10.11.12.13", "publisher": true, "subscriber": false,
                "tunnel_endpoint": "192.168.1.2", "dz_prefix_count": 1, "owner": .key(0),
            ])])
    }()
}
