import DZLayouts

/// One input of the corpus: bytes, the layout version that reads them, and how they were made.
public struct CorpusInput: Sendable {
    public var layout: LayoutVersion
    public var bytes: [UInt8]
    /// What was done to which fixture: `user_v7 cut at 133`, `device_v15 deprecated_interfaces[0] tag=7`.
    public var situation: String

    public init(layout: LayoutVersion, bytes: [UInt8], situation: String) {
        self.layout = layout
        self.bytes = bytes
        self.situation = situation
    }

    public var hex: String { bytes.map { byte in String(byte, radix: 16).leftPadded(2) }.joined() }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
