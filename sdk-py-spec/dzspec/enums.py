"""The Python SDK's IntEnum classes (docs/readers.md §4), built as real IntEnums so that an unknown value
raises Python's own `ValueError("N is not a valid <Class>")`, and `str(member)` gives the SDK's label
through an overridden `__str__`.

layouts.json names enums the Rust way; `SDK_ENUMS` maps each Rust name to the SDK class name and its
`str()` table, or to `None` where the SDK keeps the byte as a bare int.
"""

import re
from enum import IntEnum

_CYOA = {
    0: "none", 1: "gre_over_dia", 2: "gre_over_fabric", 3: "gre_over_private_peering",
    4: "gre_over_public_peering", 5: "gre_over_cable",
}

# Rust enum name -> (SDK IntEnum class name, {value: str(member)}), or None for a bare int.
SDK_ENUMS = {
    # account_type is stored as read: no decoder checks byte 0 (docs/readers.md §5).
    "AccountType": None,
    "UserType": ("UserUserType", {0: "ibrl", 1: "ibrl_with_allocated_ip", 2: "edge_filtering", 3: "multicast"}),
    "UserCYOA": ("CyoaType", _CYOA),
    # 2 (SuspendedDeprecated) is a real Rust value the SDK lacks: it raises.
    "UserStatus": ("UserStatus", {
        0: "pending (deprecated)", 1: "activated", 3: "deleting", 4: "rejected (deprecated)",
        5: "pending_ban (deprecated)", 6: "banned", 7: "updating (deprecated)", 8: "out_of_credits",
    }),
    "BGPStatus": ("BGPStatus", {0: "unknown", 1: "up", 2: "down"}),
    "DeviceType": ("DeviceDeviceType", {0: "hybrid", 1: "transit", 2: "edge"}),
    # Shifted by one from 2 on, compared with Rust (docs/readers.md §4.2); 7 (LinkProvisioning) raises.
    "DeviceStatus": ("DeviceStatus", {
        0: "pending (deprecated)", 1: "activated", 2: "deleting", 3: "rejected (deprecated)", 4: "drained",
        5: "device-provisioning", 6: "link-provisioning",
    }),
    "DeviceHealth": ("DeviceHealth", {
        0: "unknown", 1: "pending", 2: "ready_for_links", 3: "ready_for_users", 4: "impaired",
    }),
    "DeviceDesiredStatus": ("DeviceDesiredStatus", {0: "pending", 1: "activated", 6: "drained"}),
    "InterfaceStatus": ("InterfaceStatus", {
        0: "invalid", 1: "unmanaged", 2: "pending", 3: "activated", 4: "deleting", 5: "rejecting", 6: "unlinked",
    }),
    "InterfaceType": ("InterfaceType", {0: "invalid", 1: "loopback", 2: "physical"}),
    # The SDK has 4 "reserved", which Rust lacks.
    "LoopbackType": ("LoopbackType", {0: "none", 1: "vpnv4", 2: "ipv4", 3: "pim_rp_addr", 4: "reserved"}),
    "InterfaceCYOA": ("InterfaceCYOA", _CYOA),
    "InterfaceDIA": ("InterfaceDIA", {0: "none", 1: "dia"}),
    "RoutingMode": ("RoutingMode", {0: "static", 1: "bgp"}),
    # The pre-2025-08 interface "version" byte: the SDK's interface version is a plain int.
    "InterfaceVersion": None,
}


def _member_name(label):
    return re.sub(r"[^A-Z0-9]+", "_", label.upper()).strip("_")


def _build(class_name, labels):
    cls = IntEnum(class_name, [(_member_name(label), value) for value, label in labels.items()])
    cls.__str__ = lambda member: labels[member._value_]
    return cls


SDK_CLASSES = {
    rust: _build(*entry) for rust, entry in SDK_ENUMS.items() if entry is not None
}
