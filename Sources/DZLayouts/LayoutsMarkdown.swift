/// The registry as `docs/layouts.md`: every account and instruction with its history and its current
/// fields, then the enums. Generated (`dzcompat layouts --markdown`) and checked by `make check-fixtures`,
/// so the document cannot drift from the layouts the readers walk.
extension Registry {
    /// - Parameter minimumSize: the encoded size of a version with every vector and string empty, where
    ///   the caller can compute it (the encoder lives above this module); nil leaves the column blank.
    public func markdown(minimumSize: (LayoutVersion) -> Int? = { _ in nil }) -> String {
        var out = """
            # Layouts

            Generated from the registry (`Sources/DZLayouts`) by `dzcompat layouts --markdown`; `make \
            check-fixtures` fails when this file is stale. How the program decodes these bytes is in \
            `docs/program-rules.md`; how each SDK reads them, in `docs/readers.md`.

            | account | kind | versions | current | since |
            |---|---|---|---|---|

            """
        for account in accounts {
            let first = account.versions[0]
            out += "| [\(account.title)](#\(anchor(account))) | \(account.kind) | \(account.versions.count) "
                + "| `\(account.current.reference)` | \(first.commit) (\(first.date)) |\n"
        }
        for account in accounts { out += section(account, minimumSize: minimumSize) }
        out += "\n## Enums\n\nThe byte each value is written as, and the variant the program substitutes for an "
            + "unknown or missing byte (its `#[default]`).\n"
        for definition in enumDefinitions {
            let defaultName = definition.name(of: definition.defaultValue) ?? "?"
            out += "\n### \(definition.id.name)\n\nDefault: \(definition.defaultValue) (\(defaultName)).\n\n"
            out += "| value | variant |\n|---|---|\n"
            for entry in definition.cases { out += "| \(entry.value) | \(entry.name) |\n" }
        }
        return out
    }

    private func anchor(_ account: AccountLayouts) -> String { account.name.replacingUnderscores() }

    private func section(_ account: AccountLayouts, minimumSize: (LayoutVersion) -> Int?) -> String {
        var out = "\n<a id=\"\(anchor(account))\"></a>\n## \(account.title) (`\(account.name)`, \(account.kind))\n\n"
        out += "| version | label | commit | date | min size | change |\n|---|---|---|---|---|---|\n"
        for version in account.versions {
            let size = minimumSize(version).map { "\($0) B" } ?? ""
            out += "| `\(version.reference)` | \(version.label) | \(version.commit) | \(version.date) | \(size) "
                + "| \(version.summary.escapingPipes()) |\n"
        }
        let current = account.current
        out += "\nFields of `\(current.reference)` in wire order (offsets are fixed up to the first "
            + "variable-width field):\n\n| offset | field | type | fixture JSON |\n|---|---|---|---|\n"
        var offset: Int? = account.kindOffset
        for field in current.fields {
            out += row(field, path: field.name, offset: offset)
            offset = offset.flatMap { start in field.type.fixedWidth.map { start + $0 } }
        }
        for rule in current.rules {
            switch rule {
            case .rebuildInterfaces(let legacy, let trailing):
                out += "\nRule: an empty `\(trailing)` is rebuilt from `\(legacy)`; a non-empty one whose count "
                    + "differs from it is fatal (docs/program-rules.md §3.3).\n"
            }
        }
        for acknowledgement in current.acknowledgements {
            switch acknowledgement.change {
            case .slotReuse(let field, let replaces):
                out += "\nAcknowledged: `\(field)` reuses the slot of `\(replaces)`: \(acknowledgement.reason.escapingPipes())\n"
            }
        }
        return out
    }

    /// One table row, then one per nested field (`interfaces[].name`, `tag 1: mtu`).
    private func row(_ field: Field, path: String, offset: Int?) -> String {
        let position = offset.map(String.init) ?? ""
        var out = "| \(position) | `\(path)` | \(typeText(field.type)) | \(field.jsonName) |\n"
        for (child, childPath) in nested(field.type, path: path) { out += row(child, path: childPath, offset: nil) }
        return out
    }

    private func nested(_ type: FieldType, path: String) -> [(Field, String)] {
        switch type {
        case .vec(let element), .option(let element): return nested(element, path: "\(path)[]")
        case .structure(let fields): return fields.map { ($0, "\(path).\($0.name)") }
        case .sized(let element): return element.fields.map { ($0, "\(path).\($0.name)") }
        case .tagged(let element):
            return element.variants.flatMap { variant in
                variant.fields.map { ($0, "\(path)<tag \(variant.tag) \(variant.name)>.\($0.name)") }
            }
        default: return []
        }
    }

    private func typeText(_ type: FieldType) -> String {
        switch type {
        case .enumeration(let id): "enum \(id.name)"
        case .vec(let element): "vec<\(typeText(element))>"
        case .option(let element): "option<\(typeText(element))>"
        case .structure: "struct"
        case .tagged(let element):
            "tagged (\(element.variants.count) variants; unknown tag: \(element.unknownTag == .fail ? "fails" : "default body"))"
        case .sized(let element): "size-prefixed, version \(element.version)"
        case .bitmap(let offset): "bitmap: bytes \(offset) to the end"
        default: type.kindName
        }
    }
}

extension AccountLayouts {
    /// Where field 0 starts: instruction data begins with the variant tag.
    fileprivate var kindOffset: Int {
        switch kind {
        case .account: 0
        case .instruction: 1
        }
    }
}

extension String {
    fileprivate func escapingPipes() -> String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
