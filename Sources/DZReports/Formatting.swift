/// Number, count and hex formatting shared by the renderers (no Foundation: plain arithmetic).
enum Format {
    /// `1 group`, `3 groups`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Seconds with a fixed number of decimals: `3.20`, `0.05`. Keeps reports stable where a raw
    /// `Double` would print `3.2000000000000002`.
    static func seconds(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "\(value)" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = "\(sign)\(scaled / scale)"
        return decimals == 0 ? whole : whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// Bytes in a hex string.
    static func byteCount(hex: String) -> Int { hex.utf8.count / 2 }

    /// `hex` cut into lines of `width` characters, so a long input stays readable in a code block.
    static func hexLines(_ hex: String, width: Int = 64) -> [String] {
        var lines: [String] = []
        var rest = Substring(hex)
        repeat {
            lines.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        } while !rest.isEmpty
        return lines
    }

    /// `hex` whole if it has at most `limit` characters, else its start and the size: `0a0b0c… (812 bytes)`.
    /// For places that show an example at a glance (annotations, tooltips); the full bytes are in the
    /// Markdown, JSON and JUnit reports.
    static func abbreviated(hex: String, limit: Int = 128) -> String {
        hex.utf8.count <= limit ? hex : "\(hex.prefix(limit))… (\(byteCount(hex: hex)) bytes)"
    }
}
