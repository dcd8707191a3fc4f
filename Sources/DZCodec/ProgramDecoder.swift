import DZLayouts

/// How one top-level field came out of a program decode.
public enum FieldOutcome: Hashable, Sendable {
    /// Read from the bytes.
    case read
    /// No bytes were left: the default, as the zero-fill rule says.
    case missing
    /// Partly present, or present but invalid: the default, and the bytes were consumed.
    case defaulted(reason: String)
}

/// The result of decoding with the program's rules.
public struct ProgramDecoding: Sendable, Equatable {
    public var record: Record
    /// One entry per top-level field: where it starts and how it was decoded.
    public var outcomes: [(field: String, offset: Int, outcome: FieldOutcome)]
    /// Where the cursor stopped; bytes after it were ignored.
    public var consumed: Int

    public static func == (lhs: ProgramDecoding, rhs: ProgramDecoding) -> Bool {
        lhs.record == rhs.record && lhs.consumed == rhs.consumed
            && lhs.outcomes.map(\.field) == rhs.outcomes.map(\.field)
            && lhs.outcomes.map(\.offset) == rhs.outcomes.map(\.offset)
            && lhs.outcomes.map(\.outcome) == rhs.outcomes.map(\.outcome)
    }
}

/// Decodes bytes the way the on-chain program does (layouts.md §8): every field falls back to its
/// default, a missing tail is zero-filled, a partly present field ends the input, invalid values consume
/// their bytes, trailing bytes are ignored and the account type is checked last.
public struct ProgramDecoder: Sendable {
    public let registry: Registry

    public init(registry: Registry = .standard) { self.registry = registry }

    public func decode(_ bytes: [UInt8], as version: LayoutVersion) throws(ProgramDecodingError) -> ProgramDecoding {
        guard let account = registry.account(version.account) else {
            preconditionFailure("version \(version.reference) is not in the registry")
        }
        switch account.kind {
        case .account(let type):
            let decoding = try decodeAccount(bytes, version)
            let found = UInt8(truncatingIfNeeded: decoding.record["account_type"]?.uintValue ?? 0)
            guard found == type else {
                throw .invalidAccountData(account: account.title, expected: type, found: found)
            }
            return decoding
        case .instruction(let variant):
            guard let tag = bytes.first, tag == variant else {
                throw .invalidInstructionData(instruction: account.title, expected: variant, found: bytes.first)
            }
            return try decodeArgs(Array(bytes.dropFirst()), version, instruction: account.title)
        }
    }

    // MARK: Accounts (hand-written TryFrom readers)

    private func decodeAccount(_ bytes: [UInt8], _ version: LayoutVersion) throws(ProgramDecodingError) -> ProgramDecoding {
        var cursor = Cursor(bytes: bytes)
        var record = Record()
        var outcomes: [(field: String, offset: Int, outcome: FieldOutcome)] = []
        record.entries.reserveCapacity(version.fields.count)
        for field in version.fields {
            let offset = cursor.position
            let value: Value
            let outcome: FieldOutcome
            if cursor.isAtEnd {
                value = fallback(field.type)
                outcome = .missing
            } else {
                do {
                    value = try readTopLevel(field.type, &cursor)
                    outcome = .read
                } catch {
                    if field.onError == .propagate {
                        throw .fieldFailed(account: version.account, field: field.name, offset: offset, reason: error.reason)
                    }
                    value = fallback(field.type)
                    outcome = .defaulted(reason: error.reason)
                }
            }
            record.entries.append((name: field.name, value: value))
            outcomes.append((field: field.name, offset: offset, outcome: outcome))
        }
        for rule in version.rules {
            try apply(rule, to: &record, outcomes: outcomes, account: version.account)
        }
        return ProgramDecoding(record: record, outcomes: outcomes, consumed: cursor.position)
    }

    /// The default a failed top-level field takes. Enums take their `#[default]` variant.
    private func fallback(_ type: FieldType) -> Value { Value.zero(of: type, registry: registry) }

    /// A top-level field: scalars fall back individually; vectors follow their own helper's rules.
    private func readTopLevel(_ type: FieldType, _ cursor: inout Cursor) throws(ReadFailure) -> Value {
        switch type {
        case .vec(.pubkey):
            // deserialize_vec_with_capacity: fewer than 4 bytes is an empty vec and consumes nothing.
            guard cursor.remaining >= 4 else { return .list([]) }
            return try readVec(.pubkey, &cursor, strict: false)
        case .vec(.sized(let element)):
            return readSizedVec(element, &cursor)
        case .enumeration(let id):
            let raw = try cursor.readByte()
            let definition = registry.enumDefinition(id)
            return .uint(UInt64(definition.contains(raw) ? raw : definition.defaultValue))
        default:
            return try read(type, &cursor, strict: false)
        }
    }

    /// Reads one value. `strict` is derived Borsh (legacy interface bodies): unknown enum values and
    /// bools other than 0/1 fail; otherwise (hand-written readers) they fall back or read non-zero as true.
    private func read(_ type: FieldType, _ cursor: inout Cursor, strict: Bool) throws(ReadFailure) -> Value {
        switch type {
        case .u8: return .uint(UInt64(try cursor.readByte()))
        case .u16: return .uint(try cursor.readLittleEndian(2))
        case .u32: return .uint(try cursor.readLittleEndian(4))
        case .u64: return .uint(try cursor.readLittleEndian(8))
        case .i64: return .int(Int64(bitPattern: try cursor.readLittleEndian(8)))
        case .f64: return .f64(try cursor.readLittleEndian(8))
        case .u128:
            let low = try cursor.readLittleEndian(8)
            let high = try cursor.readLittleEndian(8)
            return .u128(UInt128(high) << 64 | UInt128(low))
        case .bool:
            let raw = try cursor.readByte()
            if strict && raw > 1 { throw ReadFailure(reason: "invalid bool \(raw)") }
            return .bool(raw != 0)
        case .enumeration(let id):
            let raw = try cursor.readByte()
            let definition = registry.enumDefinition(id)
            guard definition.contains(raw) else {
                if strict { throw ReadFailure(reason: "unknown \(id) value \(raw)") }
                return .uint(UInt64(definition.defaultValue))
            }
            return .uint(UInt64(raw))
        case .pubkey: return .pubkey(Pubkey(try cursor.readBytes(32)))
        case .ipv4:
            let raw = try cursor.readBytes(4)
            return .ipv4(IPv4(raw[raw.startIndex], raw[raw.startIndex + 1], raw[raw.startIndex + 2], raw[raw.startIndex + 3]))
        case .networkV4:
            let raw = try cursor.readBytes(5)
            let start = raw.startIndex
            guard raw[start + 4] <= 32 else { throw ReadFailure(reason: "network prefix \(raw[start + 4]) > 32") }
            return .network(NetworkV4(address: IPv4(raw[start], raw[start + 1], raw[start + 2], raw[start + 3]),
                                      prefix: raw[start + 4]))
        case .string:
            let length = try cursor.readLittleEndian(4)
            let content = try cursor.readBytes(length)
            guard UTF8Validation.isValid(content) else { throw ReadFailure(reason: "invalid UTF-8") }
            return .string(Array(content))
        case .vec(let element):
            return try readVec(element, &cursor, strict: true)
        case .option(let element):
            switch try cursor.readByte() {
            case 0: return .option(nil)
            case 1: return .option(try read(element, &cursor, strict: strict))
            case let tag: throw ReadFailure(reason: "invalid option tag \(tag)")
            }
        case .structure(let fields):
            var record = Record()
            for field in fields { record.entries.append((name: field.name, value: try read(field.type, &cursor, strict: true))) }
            return .record(record)
        case .tagged(let element):
            return try readTagged(element, &cursor)
        case .sized(let element):
            // Only inside the trailing vec (readSizedVec); reaching here means a layout nests it elsewhere.
            return .record(Value.zeroRecord(element.fields, registry: registry))
        }
    }

    /// A Borsh vector: the count, then the elements. Running out of input fails the whole vector; the
    /// capacity never comes from the count.
    private func readVec(_ element: FieldType, _ cursor: inout Cursor, strict: Bool) throws(ReadFailure) -> Value {
        let count = try cursor.readLittleEndian(4)
        var items: [Value] = []
        items.reserveCapacity(Int(min(count, UInt64(cursor.remaining))))
        for _ in 0..<count { items.append(try read(element, &cursor, strict: strict || !element.isScalar)) }
        return .list(items)
    }

    /// A legacy interface element: tag, then that variant's derived body; unknown tags per the layout.
    private func readTagged(_ element: TaggedElement, _ cursor: inout Cursor) throws(ReadFailure) -> Value {
        let tag = try cursor.readByte()
        var record = Record()
        if let known = element.variant(for: tag) {
            record.entries.append((name: "version", value: .uint(UInt64(tag))))
            var body: [String: Value] = [:]
            for field in known.fields { body[field.name] = try read(field.type, &cursor, strict: true) }
            for field in element.fields {
                record.entries.append((name: field.name, value: body[field.name] ?? fallback(field.type)))
            }
        } else {
            switch element.unknownTag {
            case .fail: throw ReadFailure(reason: "unknown interface tag \(tag)")
            case .defaultBody(let defaultTag):
                record.entries.append((name: "version", value: .uint(UInt64(defaultTag))))
                for field in element.fields { record.entries.append((name: field.name, value: fallback(field.type))) }
            }
        }
        return .record(record)
    }

    /// The Device trailing vec of size-prefixed elements. Any failure makes it empty (then rebuilt).
    private func readSizedVec(_ element: SizedElement, _ cursor: inout Cursor) -> Value {
        do {
            let count = try cursor.readLittleEndian(4)
            var items: [Value] = []
            items.reserveCapacity(Int(min(count, UInt64(cursor.remaining / 3))))
            for _ in 0..<count {
                let size = Int(try cursor.readLittleEndian(2))
                let version = try cursor.readByte()
                let body = try cursor.readBytes(UInt64(max(size - 3, 0)))
                var bodyCursor = Cursor(slice: body)
                var record: Record = ["size": .uint(UInt64(size)), "version": .uint(UInt64(version))]
                for field in element.fields {
                    let value = (try? readTopLevel(field.type, &bodyCursor)) ?? fallback(field.type)
                    record.entries.append((name: field.name, value: value))
                }
                items.append(.record(record))
            }
            return .list(items)
        } catch {
            cursor.drain()
            return .list([])
        }
    }

    // MARK: Rules

    private func apply(
        _ rule: Rule, to record: inout Record, outcomes: [(field: String, offset: Int, outcome: FieldOutcome)],
        account: String
    ) throws(ProgramDecodingError) {
        switch rule {
        case .rebuildInterfaces(let legacyName, let trailingName):
            let legacy = record[legacyName]?.listValue ?? []
            let trailing = record[trailingName]?.listValue ?? []
            if trailing.isEmpty {
                record[trailingName] = .list(legacy.map(rebuild))
            } else if trailing.count != legacy.count {
                let offset = outcomes.first { $0.field == trailingName }?.offset ?? 0
                throw .panic(account: account, field: trailingName, offset: offset,
                             message: "assertion `left == right` failed: interfaces length \(trailing.count) != deprecated_interfaces length \(legacy.count)")
            }
        }
    }

    /// A legacy element as the program rebuilds it into the trailing form: version 4, a real size, V1
    /// entries widened with mtu 9000, segments dropped.
    func rebuild(_ legacy: Value) -> Value {
        guard var record = legacy.recordValue else { return legacy }
        let wasV1 = record["version"]?.uintValue == 0
        record["version"] = nil
        if wasV1 { record["mtu"] = .uint(9000) }
        record["flex_algo_node_segments"] = .list([])
        let nameLength = record["name"].flatMap { if case .string(let s) = $0 { s.count } else { nil } } ?? 0
        // Size of a version-4 element with no segments: 45 + name length (layouts.md §2.3).
        let size = 45 + nameLength
        return .record(Record([(name: "size", value: .uint(UInt64(size))), (name: "version", value: .uint(4))]) + record)
    }

    // MARK: Instruction args (borsh-incremental 0.1.2)

    /// Fields decode in order; input exhausted at a field boundary gives that field and every later one
    /// its declared default; a partly present or invalid field is an error, which `.unwrap()` turns into
    /// a panic.
    private func decodeArgs(_ bytes: [UInt8], _ version: LayoutVersion, instruction: String) throws(ProgramDecodingError) -> ProgramDecoding {
        var cursor = Cursor(bytes: bytes)
        var record = Record()
        var outcomes: [(field: String, offset: Int, outcome: FieldOutcome)] = []
        for field in version.fields {
            let offset = cursor.position + 1
            if cursor.isAtEnd {
                let value: Value = field.defaultValue.map { .uint(UInt64($0)) } ?? fallback(field.type)
                record.entries.append((name: field.name, value: value))
                outcomes.append((field: field.name, offset: offset, outcome: .missing))
                continue
            }
            do {
                record.entries.append((name: field.name, value: try read(field.type, &cursor, strict: true)))
                outcomes.append((field: field.name, offset: offset, outcome: .read))
            } catch {
                throw .panic(account: instruction, field: field.name, offset: offset,
                             message: "called `Result::unwrap()` on an `Err` value: \(error.reason)")
            }
        }
        return ProgramDecoding(record: record, outcomes: outcomes, consumed: cursor.position + 1)
    }
}

/// A read that failed; the field takes its default (or the account fails, for propagating fields).
struct ReadFailure: Error {
    var reason: String
}

extension FieldType {
    /// A value with no structure of its own (its failures are the field's own).
    var isScalar: Bool { fixedWidth != nil }
}
