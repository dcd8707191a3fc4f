import DZJSON

/// The measured rows, as a table for people and JSON for machines.
public struct BenchReport: Sendable {
    public static let schemaName = "dzcompat-bench/1"
    public var rows: [BenchRow]
    public var options: BenchOptions
    /// The 1-minute load average when the run started and ended.
    public var loadAverage: (start: Double?, end: Double?)

    /// Rows that were measured and fall short of their target.
    public var missed: [BenchRow] { rows.filter { $0.meetsTarget == false } }

    public func table() -> String {
        let header = ["section", "measurement", "median", "per second", "MB/s", "cpu/op", "allocs/op", "peak/input", "speed vs baseline", "target", "met"]
        var lines = [header]
        for row in rows {
            guard row.skipped == nil, let seconds = row.seconds else {
                lines.append([row.section.rawValue, row.name, "-", "-", "-", "-", "-", "-", "-", row.target.map(Self.describe) ?? "",
                              "skipped: \(row.skipped ?? "no samples")"])
                continue
            }
            lines.append([
                row.section.rawValue, row.name, Self.duration(seconds),
                row.bytesPerOperation == nil ? "-" : Self.rate(1 / seconds),
                row.megabytesPerSecond.map { Self.fixed($0, digits: 0) } ?? "-",
                row.cpuSeconds.map(Self.duration) ?? "-",
                row.allocations.map { Self.fixed($0, digits: $0 < 10 ? 2 : 0) } ?? "-",
                row.peakPerInputByte.map { "\(Self.fixed($0, digits: 2))×" } ?? "",
                row.ratio.map { "\(Self.fixed($0, digits: $0 < 10 ? 2 : 0))× \(row.baseline!)" } ?? "",
                row.target.map(Self.describe) ?? "",
                row.meetsTarget.map { $0 ? "yes" : "no" } ?? "",
            ])
        }
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for (index, line) in lines.enumerated() {
            text += zip(line, widths).map { cell, width in cell.padding(to: width) }.joined(separator: "  ")
                .trimmingTrailingSpaces() + "\n"
            if index == 0 { text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        text += "medians of \(options.repetitions) repetitions (\(options.jobRepetitions) for processes and jobs) after "
            + "\(options.warmups) warm-ups; median, per second, ratios and targets are wall-clock; cpu/op is CPU time "
            + "(this thread's, plus its child processes' for processes and jobs); allocs/op counts the Swift heap objects this process allocates per operation through the runtime's `_swift_allocObject` hook (objects, arrays, strings, boxes; not raw mallocs, not a child's: '-'); peak/input is the child's peak resident memory over its input file's size; speed vs baseline = baseline time / this time, from this run\n"
        if let start = loadAverage.start, let end = loadAverage.end {
            text += "load average \(Self.fixed(start, digits: 2)) at the start, \(Self.fixed(end, digits: 2)) at the end "
                + "(above the core count, the wall clock includes waiting for a core)\n"
        }
        return text
    }

    public func json() -> JSONValue {
        .object([
            "schema": .string(Self.schemaName),
            "repetitions": .integer(Int64(options.repetitions)),
            "job_repetitions": .integer(Int64(options.jobRepetitions)),
            "warmups": .integer(Int64(options.warmups)),
            "load_average": .object(["start": loadAverage.start.map(JSONValue.real) ?? .null,
                                     "end": loadAverage.end.map(JSONValue.real) ?? .null]),
            "rows": .array(rows.map(Self.json)),
        ])
    }

    private static func json(_ row: BenchRow) -> JSONValue {
        var object: JSONObject = ["section": .string(row.section.rawValue), "name": .string(row.name)]
        object.append("median_seconds", row.seconds.map(JSONValue.real) ?? .null)
        object.append("per_second", row.bytesPerOperation == nil ? .null : row.operationsPerSecond.map(JSONValue.real) ?? .null)
        object.append("megabytes_per_second", row.megabytesPerSecond.map(JSONValue.real) ?? .null)
        object.append("samples_seconds", .array(row.samples.map(JSONValue.real)))
        object.append("median_cpu_seconds", row.cpuSeconds.map(JSONValue.real) ?? .null)
        object.append("allocations_per_operation", row.allocations.map(JSONValue.real) ?? .null)
        object.append("peak_bytes_per_input_byte", row.peakPerInputByte.map(JSONValue.real) ?? .null)
        object.append("baseline", row.baseline.map(JSONValue.string) ?? .null)
        object.append("ratio", row.ratio.map(JSONValue.real) ?? .null)
        object.append("target", row.target.map { target in
            switch target {
            case .rate(let value): .object(["min_per_second": .real(value)])
            case .seconds(let value): .object(["max_seconds": .real(value)])
            case .ratio(let value): .object(["min_ratio": .real(value)])
            case .peakPerInputByte(let value): .object(["max_peak_per_input_byte": .real(value)])
            }
        } ?? .null)
        object.append("met", row.meetsTarget.map(JSONValue.bool) ?? .null)
        object.append("skipped", row.skipped.map(JSONValue.string) ?? .null)
        return .object(object)
    }

    private static func describe(_ target: BenchTarget) -> String {
        switch target {
        case .rate(let value): "≥ \(rate(value))"
        case .seconds(let value): "≤ \(duration(value))"
        case .ratio(let value): "≥ \(fixed(value, digits: 2))× baseline"
        case .peakPerInputByte(let value): "peak ≤ \(fixed(value, digits: 0))× input"
        }
    }

    /// 14.2 M, 85.3 k, 512.
    static func rate(_ value: Double) -> String {
        switch value {
        case 1e6...: "\(fixed(value / 1e6, digits: 1)) M"
        case 1e3...: "\(fixed(value / 1e3, digits: 1)) k"
        default: fixed(value, digits: 1)
        }
    }

    /// 70.4 ns, 1.23 µs, 4.56 ms, 1.23 s.
    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<1e-6: "\(fixed(seconds * 1e9, digits: 1)) ns"
        case ..<1e-3: "\(fixed(seconds * 1e6, digits: 2)) µs"
        case ..<1: "\(fixed(seconds * 1e3, digits: 2)) ms"
        default: "\(fixed(seconds, digits: 2)) s"
        }
    }

    /// Fixed-point text without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded()
        let whole = Int64(scaled / scale)
        guard digits > 0 else { return "\(whole)" }
        let fraction = String(Int64(abs(scaled) - abs(Double(whole)) * scale))
        return "\(whole).\(String(repeating: "0", count: digits - fraction.count))\(fraction)"
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
