/// A 32-byte public key, kept inline.
public struct Pubkey: Hashable, Sendable, Comparable {
    public var bytes: (UInt64, UInt64, UInt64, UInt64)

    public static let zero = Pubkey(bytes: (0, 0, 0, 0))

    public init(bytes: (UInt64, UInt64, UInt64, UInt64)) { self.bytes = bytes }

    public init<C: Collection>(_ raw: C) where C.Element == UInt8 {
        precondition(raw.count == 32)
        var value = Pubkey.zero
        withUnsafeMutableBytes(of: &value.bytes) { target in
            for (index, byte) in raw.enumerated() { target[index] = byte }
        }
        self = value
    }

    /// `pubkey_from_byte(b)` of the upstream tests: first byte b, the rest zero.
    public static func fromByte(_ byte: UInt8) -> Pubkey {
        var raw = [UInt8](repeating: 0, count: 32)
        raw[0] = byte
        return Pubkey(raw)
    }

    public var rawBytes: [UInt8] { withUnsafeBytes(of: bytes) { Array($0) } }
    public var base58: String { Base58.encode(rawBytes) }

    public static func == (lhs: Pubkey, rhs: Pubkey) -> Bool {
        lhs.bytes.0 == rhs.bytes.0 && lhs.bytes.1 == rhs.bytes.1 && lhs.bytes.2 == rhs.bytes.2 && lhs.bytes.3 == rhs.bytes.3
    }

    public static func < (lhs: Pubkey, rhs: Pubkey) -> Bool { lhs.rawBytes.lexicographicallyPrecedes(rhs.rawBytes) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.0); hasher.combine(bytes.1); hasher.combine(bytes.2); hasher.combine(bytes.3)
    }
}

/// An IPv4 address as its 4 octets in dotted order.
public struct IPv4: Hashable, Sendable {
    public var octets: (UInt8, UInt8, UInt8, UInt8)
    public static let zero = IPv4(0, 0, 0, 0)

    public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) { octets = (a, b, c, d) }

    /// Parses `a.b.c.d`; nil for anything else.
    public init?(dotted text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let numbers = parts.compactMap { $0.count <= 3 ? UInt8($0) : nil }
        guard numbers.count == 4 else { return nil }
        self.init(numbers[0], numbers[1], numbers[2], numbers[3])
    }

    public var dotted: String { "\(octets.0).\(octets.1).\(octets.2).\(octets.3)" }
    public var rawBytes: [UInt8] { [octets.0, octets.1, octets.2, octets.3] }

    public static func == (lhs: IPv4, rhs: IPv4) -> Bool { lhs.rawBytes == rhs.rawBytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawBytes) }
}

/// An IPv4 network: the address exactly as written (host bits are kept) and a prefix length.
public struct NetworkV4: Hashable, Sendable {
    public var address: IPv4
    public var prefix: UInt8
    public static let zero = NetworkV4(address: .zero, prefix: 0)

    public init(address: IPv4, prefix: UInt8) {
        self.address = address
        self.prefix = prefix
    }

    /// Parses `a.b.c.d/p`; nil for anything else.
    public init?(cidr text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let address = IPv4(dotted: String(parts[0])), parts[1].count <= 3,
              let prefix = UInt8(parts[1]) else { return nil }
        self.init(address: address, prefix: prefix)
    }

    public var cidr: String { "\(address.dotted)/\(prefix)" }
}

/// Bitcoin-alphabet base58, as Solana prints keys.
public enum Base58 {
    static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    static let indexes: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (index, char) in alphabet.enumerated() { table[Int(char)] = Int8(index) }
        return table
    }()

    /// Divides the number (in 32-bit limbs) by 58⁵ at a time, five digits per pass over the limbs: a
    /// key costs some 70 divisions instead of 1,400. Limbs and digits live on the stack: every key of
    /// every decoded value is encoded, and three arrays per key were 5% of a diff.
    public static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        let significant = bytes.count - zeros
        let limbCount = (significant + 3) / 4
        // log(256)/log(58) < 1.38 digits per byte; a pass writes five, so up to four more.
        let digitCapacity = significant * 138 / 100 + 10
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(limbCount, 1)) { limbs in
            var limb: UInt32 = 0, filled = 0  // most significant first
            for offset in 0..<significant {
                limb = limb << 8 | UInt32(bytes[zeros + offset])
                if (significant - offset - 1) % 4 == 0 {
                    limbs[filled] = limb
                    filled += 1
                    limb = 0
                }
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digitCapacity) { digits in
                var count = 0  // base-58 digits, least significant first
                var first = 0  // limbs before it are zero
                while first < limbCount {
                    var remainder: UInt64 = 0
                    for index in first..<limbCount {
                        let value = remainder << 32 | UInt64(limbs[index])
                        limbs[index] = UInt32(value / 656_356_768)  // 58⁵
                        remainder = value % 656_356_768
                    }
                    while first < limbCount && limbs[first] == 0 { first += 1 }
                    for _ in 0..<5 {
                        digits[count] = UInt8(remainder % 58)
                        count += 1
                        remainder /= 58
                    }
                }
                while count > 0 && digits[count - 1] == 0 { count -= 1 }
                return String(unsafeUninitializedCapacity: zeros + count) { text in
                    for index in 0..<zeros { text[index] = alphabet[0] }
                    for index in 0..<count { text[zeros + index] = alphabet[Int(digits[count - 1 - index])] }
                    return zeros + count
                }
            }
        }
    }

    /// Decodes base58 text; nil on a character outside the alphabet.
    public static func decode(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        let zeros = chars.prefix { $0 == alphabet[0] }.count
        var bytes: [UInt8] = []  // least significant first
        for char in chars[zeros...] {
            guard char < 128, indexes[Int(char)] >= 0 else { return nil }
            var carry = Int(indexes[Int(char)])
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xFF))
                carry >>= 8
            }
        }
        return [UInt8](repeating: 0, count: zeros) + bytes.reversed()
    }
}
