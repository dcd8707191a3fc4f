/// ProgramConfig (AccountType 9): the program's version. Each ProgramVersion is read one u32 at a time,
/// each with `unwrap_or_default`, so its parts are fields of their own here.
extension Registry {
    static let programConfig: AccountLayouts = {
        var history = History(account: "program_config")
        history.next("PC0", "547dcb639", "2025-06-26", "account created: version (major, minor, patch) (#640)") {
            $0 = [
                Field("account_type", .enumeration("AccountType")),
                Field("bump_seed", .u8),
                Field("version_major", .u32),
                Field("version_minor", .u32),
                Field("version_patch", .u32),
            ]
        }
        history.next("PC1", "259292a9d", "2025-11-18", "+ min_compatible_version (#2177)") {
            $0 += [
                Field("min_compatible_version_major", .u32),
                Field("min_compatible_version_minor", .u32),
                Field("min_compatible_version_patch", .u32),
            ]
        }
        return AccountLayouts(
            name: "program_config", title: "ProgramConfig", kind: .account(type: 9), versions: history.versions,
            samples: [AccountSample("program_config", title: "ProgramConfig", [
                "account_type": 9, "bump_seed": 246, "version_major": 1, "version_minor": 2, "version_patch": 3,
                "min_compatible_version_major": 1, "min_compatible_version_minor": 0, "min_compatible_version_patch": 0,
            ])])
    }()
}
