/// The name of an enum of the program (`UserStatus`, `DeviceHealth`, …).
public struct EnumID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { name = value }
    public var description: String { name }
}

/// A fieldless one-byte enum of the program, with the variant its account readers substitute for an
/// unknown or missing byte.
public struct EnumDefinition: Hashable, Sendable {
    public var id: EnumID
    public var cases: [(value: UInt8, name: String)]
    public var defaultValue: UInt8

    public init(_ id: EnumID, default defaultValue: UInt8, _ cases: [(UInt8, String)]) {
        self.id = id
        self.cases = cases.map { (value: $0.0, name: $0.1) }
        self.defaultValue = defaultValue
    }

    public func name(of value: UInt8) -> String? { cases.first { $0.value == value }?.name }
    public func contains(_ value: UInt8) -> Bool { cases.contains { $0.value == value } }

    public static func == (lhs: EnumDefinition, rhs: EnumDefinition) -> Bool {
        lhs.id == rhs.id && lhs.defaultValue == rhs.defaultValue
            && lhs.cases.map(\.value) == rhs.cases.map(\.value) && lhs.cases.map(\.name) == rhs.cases.map(\.name)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(defaultValue)
        for entry in cases { hasher.combine(entry.value); hasher.combine(entry.name) }
    }
}
