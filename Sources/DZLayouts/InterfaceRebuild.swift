/// The program's constants of the Device interface rebuild (`Rule.rebuildInterfaces`, docs/program-rules.md
/// §3): what a legacy element becomes in the trailing list. They are the program's, not the layout's, so
/// the generic codec reads them from here.
public enum InterfaceRebuild {
    /// Every rebuilt element is stamped with this version.
    public static let version: UInt64 = 4
    /// A V1 element (legacy version 0) has no mtu; the rebuild widens it with this one.
    public static let v1MTU: UInt64 = 9000
    /// The size of a version-4 element with no segments and an empty name; the name's bytes add to it.
    public static let sizeWithoutName = 45
    /// The element's segment list, which the rebuild drops.
    public static let segments = "flex_algo_node_segments"
}
