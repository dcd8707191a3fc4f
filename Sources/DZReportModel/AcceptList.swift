import DZJSON

/// Why a policy file could not be read. Each case names the file and, where it applies, the entry.
public enum PolicyError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case json(JSONDecodingError)
    case schema(path: String, found: String, expected: String)
    case entry(path: String, index: Int, key: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .json(let error): error.description
        case .schema(let path, let found, let expected): "\(path): schema is '\(found)', expected '\(expected)'"
        case .entry(let path, let index, let key, let reason): "\(path): accepted[\(index)].\(key): \(reason)"
        }
    }
}

/// A checked-in accept list: `{"schema": S, "accepted": [{<key>: <pattern>, …, "reason": R}, …]}`. The
/// divergence policy and the lint policy are both one: a finding that no entry accepts fails the run, and
/// so does an entry that accepts nothing any more.
public struct AcceptList: Sendable {
    public struct Entry: Sendable, Equatable {
        /// One pattern per key (`*` matches any run of characters).
        public var patterns: [String: String]
        public var reason: String

        public init(patterns: [String: String], reason: String) {
            self.patterns = patterns
            self.reason = reason
        }
    }

    public var entries: [Entry]

    /// Every key of `keys` and `reason` must be a non-empty string in every entry, and so must exactly one
    /// key of `oneOf` where it is not empty (the policy's `readers` or `release`).
    public init(json bytes: [UInt8], path: String, schema: String, keys: [String], oneOf: [String] = []) throws(PolicyError) {
        let document: JSONValue
        do {
            document = try JSONReader.parse(bytes, source: path)
        } catch {
            throw .json(error)
        }
        guard let found = document["schema"]?.stringValue, found == schema else {
            throw .schema(path: path, found: document["schema"]?.stringValue ?? document["schema"]?.typeName ?? "missing",
                          expected: schema)
        }
        guard let accepted = document["accepted"]?.arrayValue else {
            throw .entry(path: path, index: 0, key: "accepted", reason: "expected an array of entries")
        }
        var entries: [Entry] = []
        for (index, item) in accepted.enumerated() {
            func text(_ key: String) throws(PolicyError) -> String {
                guard let value = item[key] else { throw .entry(path: path, index: index, key: key, reason: "missing") }
                guard let string = value.stringValue, !string.isEmpty else {
                    throw .entry(path: path, index: index, key: key, reason: "expected a non-empty string, found \(value.typeName)")
                }
                return string
            }
            var patterns: [String: String] = [:]
            for key in keys { patterns[key] = try text(key) }
            if !oneOf.isEmpty {
                let present = oneOf.filter { item[$0] != nil }
                guard present.count == 1 else {
                    throw .entry(path: path, index: index, key: oneOf.joined(separator: "|"),
                                 reason: present.isEmpty ? "missing: one of them is needed" : "only one of them may be given")
                }
                patterns[present[0]] = try text(present[0])
            }
            entries.append(Entry(patterns: patterns, reason: try text("reason")))
        }
        self.entries = entries
    }

    /// Whether every pattern of `entry` matches the finding's value of its key.
    public static func accepts(_ patterns: [String: String], _ values: [String: String]) -> Bool {
        patterns.allSatisfy { key, pattern in glob(pattern, values[key] ?? "") }
    }

    /// `*` matches any run of characters; everything else matches itself.
    public static func glob(_ pattern: String, _ text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return pattern == text }
        guard text.hasPrefix(parts[0]), text.hasSuffix(parts[parts.count - 1]),
              text.count >= parts[0].count + parts[parts.count - 1].count else { return false }
        var rest = text.dropFirst(parts[0].count).dropLast(parts[parts.count - 1].count)
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let range = rest.firstRange(of: middle) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }
}
