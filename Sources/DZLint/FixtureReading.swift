import DZCodec
import DZFixtures
import DZLayouts

/// What the program makes of one fixture, worked out once for every rule: its decoding, the document
/// its values call for, and where each field's bytes are.
struct FixtureReading {
    let fixture: LintFixture
    let decoding: Result<ProgramDecoding, ProgramDecodingError>
    /// The entries the JSON should list: the program's values in the upstream form.
    let expected: [FixtureJSON.Entry]
    /// The program's encoding of its decoded value, with the reading version (instruction tag included).
    let canonical: [UInt8]
    /// Where each encoded field starts in `canonical`, by span path.
    private let offsets: [String: Int]
    private let spans: [FieldSpan]

    init(_ fixture: LintFixture, registry: Registry) {
        self.fixture = fixture
        let version = fixture.version
        decoding = Result { () throws(ProgramDecodingError) in try ProgramDecoder(registry: registry).decode(fixture.bytes, as: version) }
        guard case .success(let decoded) = decoding else {
            (expected, canonical, offsets, spans) = ([], [], [:], [])
            return
        }
        let form = FixtureJSON(name: fixture.document.name, accountType: fixture.document.accountType, variant: fixture.variant)
        expected = form.entries(decoded.record, version)
        // The decoded value always encodes with its own version; a failure leaves no spans to point with.
        let encoded = (try? BinaryEncoder.encodeWithSpans(decoded.record, version, registry: registry)) ?? (bytes: [], spans: [])
        let lead = fixture.variant == nil ? 0 : 1
        canonical = (fixture.variant.map { [$0] } ?? []) + encoded.bytes
        spans = encoded.spans.map { span in
            var span = span
            span.offset += lead
            return span
        }
        var offsets: [String: Int] = ["(variant)": 0]
        for span in spans where offsets[span.path] == nil { offsets[span.path] = span.offset }
        self.offsets = offsets
    }

    var record: Record? { try? decoding.get().record }

    /// Where the entry's bytes start in the .bin; nil for a value the bytes do not hold (one the program
    /// derives, like the interfaces it rebuilds from a legacy account). A missing field points at the end.
    func offset(of entry: FixtureJSON.Entry) -> Int? {
        offsets[entry.path].map { $0 + entry.delta }.flatMap { $0 <= fixture.bytes.count ? $0 : nil }
    }

    /// The innermost field whose bytes hold `offset` (at or past the end: the end).
    func field(at offset: Int) -> String {
        var best: FieldSpan?
        for span in spans where span.offset <= offset && offset < span.offset + max(span.length, 1) {
            if best == nil || span.length <= best!.length { best = span }
        }
        if let best { return best.path }
        return offset < fixture.variant.map { _ in 1 } ?? 0 ? "(variant)" : "(end)"
    }

    /// How findings name an entry: its layout path; framing as `path.count`, `path.size`, `path.version`.
    static func label(_ entry: FixtureJSON.Entry) -> String {
        guard entry.isHeader, entry.path != "(variant)" else { return entry.path }
        if entry.name.hasSuffix("Len") { return entry.path + ".count" }
        if entry.name.hasSuffix("Size") { return entry.path + ".size" }
        return entry.path + ".version"
    }
}
