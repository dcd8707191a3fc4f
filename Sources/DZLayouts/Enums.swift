/// The program's enums at HEAD (docs/layouts.md#enums). `default` is what the account readers substitute
/// for an unknown or missing byte.
extension Registry {
    static let enums: [EnumDefinition] = [
        EnumDefinition("AccountType", default: 0, [
            (0, "None"), (1, "GlobalState"), (2, "GlobalConfig"), (3, "Location"), (4, "Exchange"),
            (5, "Device"), (6, "Link"), (7, "User"), (8, "MulticastGroup"), (9, "ProgramConfig"),
            (10, "Contributor"), (11, "AccessPass"), (12, "ResourceExtension"), (13, "Tenant"),
            (14, "Reservation"), (15, "Permission"), (16, "Index"), (17, "Topology"), (18, "Feed"),
        ]),
        EnumDefinition("UserType", default: 0, [
            (0, "IBRL"), (1, "IBRLWithAllocatedIP"), (2, "EdgeFiltering"), (3, "Multicast"),
        ]),
        EnumDefinition("UserCYOA", default: 0, [
            (0, "None"), (1, "GREOverDIA"), (2, "GREOverFabric"), (3, "GREOverPrivatePeering"),
            (4, "GREOverPublicPeering"), (5, "GREOverCable"),
        ]),
        EnumDefinition("UserStatus", default: 1, [
            (0, "PendingDeprecated"), (1, "Activated"), (2, "SuspendedDeprecated"), (3, "Deleting"),
            (4, "RejectedDeprecated"), (5, "PendingBanDeprecated"), (6, "Banned"), (7, "UpdatingDeprecated"),
            (8, "OutOfCredits"),
        ]),
        EnumDefinition("BGPStatus", default: 0, [(0, "Unknown"), (1, "Up"), (2, "Down")]),
        EnumDefinition("DeviceType", default: 0, [(0, "Hybrid"), (1, "Transit"), (2, "Edge")]),
        EnumDefinition("DeviceStatus", default: 1, [
            (0, "PendingDeprecated"), (1, "Activated"), (3, "Deleting"), (4, "RejectedDeprecated"),
            (5, "Drained"), (6, "DeviceProvisioning"), (7, "LinkProvisioning"),
        ]),
        EnumDefinition("DeviceHealth", default: 1, [
            (0, "Unknown"), (1, "Pending"), (2, "ReadyForLinks"), (3, "ReadyForUsers"), (4, "Impaired"),
        ]),
        EnumDefinition("DeviceDesiredStatus", default: 0, [(0, "Pending"), (1, "Activated"), (6, "Drained")]),
        EnumDefinition("InterfaceStatus", default: 0, [
            (0, "Invalid"), (1, "Unmanaged"), (2, "Pending"), (3, "Activated"), (4, "Deleting"),
            (5, "Rejected"), (6, "Unlinked"),
        ]),
        EnumDefinition("InterfaceType", default: 0, [(0, "Invalid"), (1, "Loopback"), (2, "Physical")]),
        EnumDefinition("LoopbackType", default: 0, [(0, "None"), (1, "Vpnv4"), (2, "Ipv4"), (3, "PimRpAddr")]),
        EnumDefinition("InterfaceCYOA", default: 0, [
            (0, "None"), (1, "GREOverDIA"), (2, "GREOverFabric"), (3, "GREOverPrivatePeering"),
            (4, "GREOverPublicPeering"), (5, "GREOverCable"),
        ]),
        EnumDefinition("InterfaceDIA", default: 0, [(0, "None"), (1, "DIA")]),
        EnumDefinition("RoutingMode", default: 0, [(0, "Static"), (1, "BGP")]),
        // The pre-enum Device interface (5f0c2674c … f01b62ddb) started with this version byte.
        EnumDefinition("InterfaceVersion", default: 0, [(0, "Unsupported"), (1, "V1")]),
    ]
}
