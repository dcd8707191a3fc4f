import DZCodec
import DZComparison
import DZLayouts
import DZPorts

/// One account's layout in one registry, with the readers of that registry.
struct Side {
    let version: LayoutVersion
    let kind: AccountLayouts.Kind
    let readers: ReaderSet

    var registry: Registry { readers.registry }
    var name: String { "\(version.reference) (\(version.label))" }

    /// What the bytes are, in a sentence.
    var noun: String {
        if case .instruction = kind { return "instruction data" }
        return "account"
    }

    /// An account holding only its type byte (instruction data: only the tag): every field missing.
    var emptyAccount: [UInt8] {
        switch kind {
        case .account(let type): [type]
        case .instruction(let variant): [variant]
        }
    }

    func encode(_ record: Record) throws(EncodingError) -> [UInt8] {
        switch kind {
        case .account: try BinaryEncoder.encode(record, version, registry: registry)
        case .instruction(let variant): try BinaryEncoder.encodeInstruction(record, version, variant: variant, registry: registry)
        }
    }

    func read(_ bytes: [UInt8], by reader: ReaderID) -> ResultView {
        ResultView(readers.decode(bytes, as: version, by: reader))
    }
}
