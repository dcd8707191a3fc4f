import DZCodec
import DZLayouts

/// Shared instances of the values accounts hold most: Value is an indirect enum, so every fresh value
/// is a heap box, while a shared one costs a retain. Small integers (every enum byte, most counts) and
/// zero keys and addresses (defaults, unset fields) cover most fields of a real account. A walker keeps
/// one reference, so the hot path pays no lazy-global check per field.
final class GoValueCache: Sendable {
    static let shared = GoValueCache()

    private let small: [Value] = (0..<256).map { .uint(UInt64($0)) }
    private let zeroPubkey = Value.pubkey(.zero)
    private let zeroIPv4 = Value.ipv4(.zero)
    private let zeroNetwork = Value.network(.zero)
    private let zeroU128 = Value.u128(0)
    private let emptyString = Value.string([])
    private let falseValue = Value.bool(false)
    private let trueValue = Value.bool(true)
    let nilList = Value.list(nil)
    let emptyList = Value.list([])

    @inline(__always) func uint(_ value: UInt64) -> Value { value < 256 ? small[Int(value)] : .uint(value) }
    @inline(__always) func bool(_ flag: Bool) -> Value { flag ? trueValue : falseValue }
    @inline(__always) func pubkey(_ key: Pubkey) -> Value { key.bytes == (0, 0, 0, 0) ? zeroPubkey : .pubkey(key) }
    @inline(__always) func ipv4(_ address: IPv4) -> Value { address.octets == (0, 0, 0, 0) ? zeroIPv4 : .ipv4(address) }
    @inline(__always) func network(_ network: NetworkV4) -> Value {
        network.prefix == 0 && network.address.octets == (0, 0, 0, 0) ? zeroNetwork : .network(network)
    }
    @inline(__always) func u128(_ value: UInt128) -> Value { value == 0 ? zeroU128 : .u128(value) }
    @inline(__always) func string(_ bytes: [UInt8]) -> Value { bytes.isEmpty ? emptyString : .string(bytes) }

    /// The Go zero value of a type: what a field the SDK never reached, or a variant lacks, holds.
    func zero(_ type: FieldType) -> Value {
        switch type {
        case .u8, .u16, .u32, .u64, .enumeration: small[0]
        case .i64: .int(0)
        case .f64: .f64(0)
        case .u128: zeroU128
        case .bool: falseValue
        case .pubkey: zeroPubkey
        case .ipv4: zeroIPv4
        case .networkV4: zeroNetwork
        case .string, .bitmap: emptyString
        case .vec: nilList
        case .option: .option(nil)
        case .structure(let fields): .record(zeroRecord(fields, header: []))
        case .tagged(let tagged): .record(zeroRecord(tagged.fields, header: ["version"]))
        case .sized(let sized): .record(zeroRecord(sized.fields, header: ["size", "version"]))
        }
    }

    private func zeroRecord(_ fields: [Field], header: [String]) -> Record {
        Record(header.map { (name: $0, value: small[0]) } + fields.map { (name: $0.name, value: zero($0.type)) })
    }
}
