/// ClearTopology (109) and AssignTopologyNodeSegments (110): borsh-incremental arguments.
extension Registry {
    static let clearTopology: AccountLayouts = {
        var history = History(account: "clear_topology")
        history.next("CT0", "c60e14ded", "2026-04-18", "args { name } (#3497)") { $0 = [Field("name", .string)] }
        return AccountLayouts(
            name: "clear_topology", title: "ClearTopology", kind: .instruction(variant: 109), versions: history.versions,
            samples: [AccountSample("ix_clear_topology", title: "ClearTopology", form: .builder(programID: programID, accounts: [
                    .init("Eibmie8bKSt8huYdDpc4rk1JK1ehnYGGof7Bx3EgoMkG", signer: false, writable: true),
                    .init("6jZM9CiKnZoczQYHRDee4Jtxqmzj3B5YnyYgWazYGGeH", signer: false, writable: false),
                    .init("8opHzTAnfzRpPEx21XtnrVTX28YQuCpAjcn1PczScKh", signer: false, writable: true),
                    .init("CiDwVBFgWV9E5MvXWoLgnEgn2hK7rJikbvfWavzAQz3", signer: false, writable: true),
                    .init("4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM", signer: true, writable: true),
                    .init("11111111111111111111111111111111", signer: false, writable: true),
                ]), [
                "name": "topo",
            ])])
    }()

    static let assignTopologyNodeSegments: AccountLayouts = {
        var history = History(account: "assign_topology_node_segments")
        history.next("AS0", "ec61df1a7", "2026-05-08", "args { name } (#3648)") { $0 = [Field("name", .string)] }
        return AccountLayouts(
            name: "assign_topology_node_segments", title: "AssignTopologyNodeSegments", kind: .instruction(variant: 110),
            versions: history.versions,
            samples: [AccountSample("ix_assign_topology_node_segments", title: "AssignTopologyNodeSegments", form: .builder(programID: programID, accounts: [
                    .init("Eibmie8bKSt8huYdDpc4rk1JK1ehnYGGof7Bx3EgoMkG", signer: false, writable: false),
                    .init("wM98w61NXSv2e3yNRm7cwai61XXt5jEr8a1wTMSzJS2", signer: false, writable: true),
                    .init("6jZM9CiKnZoczQYHRDee4Jtxqmzj3B5YnyYgWazYGGeH", signer: false, writable: false),
                    .init("8opHzTAnfzRpPEx21XtnrVTX28YQuCpAjcn1PczScKh", signer: false, writable: true),
                    .init("4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM", signer: true, writable: true),
                    .init("11111111111111111111111111111111", signer: false, writable: true),
                ]), [
                "name": "topo",
            ])])
    }()
}
