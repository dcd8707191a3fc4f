import DZCorpus
import DZGate
import DZJSON
import DZLayouts
import XCTest

/// The layouts file is untrusted input (a lock file, any git revision, later a fuzzer): every problem is
/// a typed error that names the file and the JSON path, and nothing traps.
final class LayoutsJSONDecoderTests: XCTestCase {
    let file = "lock.json"
    let valid = Registry.standard.exportJSON()

    private func decode(_ json: JSONValue) throws -> Registry { try LayoutsJSONDecoder().decode(json, file: file) }

    /// `valid` with the value at `path` replaced (nil removes the key).
    private func editing(_ path: [Any], _ value: JSONValue?) -> JSONValue {
        func edit(_ node: JSONValue, _ rest: ArraySlice<Any>) -> JSONValue {
            guard let key = rest.first else { return value ?? .null }
            switch (node, key) {
            case (.object(var object), let name as String):
                object[name] = rest.count == 1 ? value : edit(object[name] ?? .null, rest.dropFirst())
                return .object(object)
            case (.array(var items), let index as Int):
                items[index] = edit(items[index], rest.dropFirst())
                return .array(items)
            default: preconditionFailure("bad test path \(path)")
            }
        }
        return edit(valid, path[...])
    }

    private func assertError(_ json: JSONValue, _ expected: LayoutsJSONError, line: UInt = #line) {
        XCTAssertThrowsError(try decode(json), line: line) { error in
            XCTAssertEqual(error as? LayoutsJSONError, expected, line: line)
            XCTAssertTrue("\(error)".hasPrefix("\(file): "), "names the file: \(error)", line: line)
        }
    }

    private let user = ["accounts", 0] as [Any]
    private var u7: [Any] { user + ["versions", 7] }

    /// The SDK facts come back as exported; a file written before they moved into the registry has none,
    /// and today's stand in.
    func testSDKFactsRoundTripAndMayBeAbsent() throws {
        XCTAssertEqual(try decode(valid).sdks, Registry.standard.sdks)
        XCTAssertEqual(try decode(editing(["sdks"], nil)).sdks, SDKKnowledge.standard)
    }

    func testBadSDKFactsAreRefusedByPath() {
        assertError(editing(["sdks", 0, "enums", "UserType", "form"], .string("bits")),
                    .unknownName(file: file, path: "$.sdks[0].enums.UserType.form", name: "bits", known: ["number", "labelled"]))
        assertError(editing(["sdks", 0, "enums", "UserType", "unlisted", "kind"], .string("shrug")),
                    .unknownName(file: file, path: "$.sdks[0].enums.UserType.unlisted.kind", name: "shrug",
                                 known: ["label", "type_name", "panic", "raise"]))
        assertError(editing(["sdks", 0, "readers", "nope"], .object([:])),
                    .unknownName(file: file, path: "$.sdks[0].readers.nope", name: "nope", known: Registry.standard.accounts.map(\.name)))
        assertError(editing(["sdks", 0, "readers", "user", "defaults"], .object(["max_users": .integer(-1)])),
                    .outOfRange(file: file, path: "$.sdks[0].readers.user.defaults.max_users", value: "-1", allowed: "0...4294967295"))
        XCTAssertThrowsError(try decode(editing(["sdks", 0, "readers", "user", "lacks"], .array([.string("nope")])))) { error in
            guard case .unknownName(_, let path, let name, _)? = error as? LayoutsJSONError else { return XCTFail("\(error)") }
            XCTAssertEqual([path, name], ["$.sdks[0].readers.user.lacks[0]", "nope"])
        }
    }

    func testWrongTypes() {
        assertError(.array([]), .wrongType(file: file, path: "$", expected: "object", found: "array"))
        assertError(editing(user + ["account_type"], .string("7")),
                    .wrongType(file: file, path: "$.accounts[0].account_type", expected: "integer", found: "string"))
        assertError(editing(user + ["account_type"], .real(7.0)),
                    .wrongType(file: file, path: "$.accounts[0].account_type", expected: "integer", found: "number"))
        assertError(editing(u7 + ["fields"], .object([:])),
                    .wrongType(file: file, path: "$.accounts[0].versions[7].fields", expected: "array", found: "object"))
        assertError(editing(u7 + ["fields", 0, "name"], .bool(true)),
                    .wrongType(file: file, path: "$.accounts[0].versions[7].fields[0].name", expected: "string", found: "boolean"))
        assertError(editing(["enums", "BGPStatus", "values", 0], .integer(0)),
                    .wrongType(file: file, path: "$.enums.BGPStatus.values[0]", expected: "[value, name]", found: "integer"))
    }

    func testMissingKeys() {
        assertError(editing(["schema"], nil), .missingKey(file: file, path: "$", key: "schema"))
        assertError(editing(u7 + ["fields", 3, "type"], nil), .missingKey(file: file, path: "$.accounts[0].versions[7].fields[3]", key: "type"))
        assertError(editing(u7 + ["fields", 22, "type", "element"], nil),
                    .missingKey(file: file, path: "$.accounts[0].versions[7].fields[22].type", key: "element"))
    }

    func testNumbersOutOfRange() {
        assertError(editing(user + ["account_type"], .integer(300)),
                    .outOfRange(file: file, path: "$.accounts[0].account_type", value: "300", allowed: "0...255"))
        assertError(editing(user + ["account_type"], .integer(.min)),
                    .outOfRange(file: file, path: "$.accounts[0].account_type", value: "\(Int64.min)", allowed: "0...255"))
        assertError(editing(["enums", "BGPStatus", "values", 0], .array([.integer(-1), .string("X")])),
                    .outOfRange(file: file, path: "$.enums.BGPStatus.values[0][0]", value: "-1", allowed: "0...255"))
        let index = Registry.standard.accounts.firstIndex { $0.name == "reserve_connection" }!
        let reserve = ["accounts", index, "versions", 1, "fields", 0] as [Any]
        assertError(editing(reserve + ["default"], .integer(70_000)),
                    .outOfRange(file: file, path: "$.accounts[\(index)].versions[1].fields[0].default", value: "70000", allowed: "0...65535"))
        // A bitmap's start: an encoder pads up to it, so it is bounded like a size.
        let extensionIndex = Registry.standard.accounts.firstIndex { $0.name == "resource_extension" }!
        let storage = ["accounts", extensionIndex, "versions", 2, "fields", 5, "type"] as [Any]
        let storagePath = "$.accounts[\(extensionIndex)].versions[2].fields[5].type"
        assertError(editing(storage + ["at"], .integer(1 << 20)),
                    .outOfRange(file: file, path: "\(storagePath).at", value: "\(1 << 20)", allowed: "0...65535"))
        assertError(editing(storage + ["at"], nil), .missingKey(file: file, path: storagePath, key: "at"))
        XCTAssertEqual(try decode(editing(storage + ["at"], .integer(96))).account("resource_extension")?.current.field("storage")?.type,
                       .bitmap(at: 96))
    }

    /// The native readers size their work by the limits: each must be an integer within bounds.
    func testReaderLimitsOutOfBoundsAreRefused() throws {
        let copies = "max_expanded_copies"
        for bad in [0, -1, 1 << 40] as [Int64] {
            assertError(editing(["limits", copies], .integer(bad)),
                        .outOfRange(file: file, path: "$.limits.\(copies)", value: String(bad), allowed: "1...16777216"))
        }
        assertError(editing(["limits", copies], .string("65536")),
                    .wrongType(file: file, path: "$.limits.\(copies)", expected: "integer", found: "string"))
        assertError(editing(["limits", copies], nil), .missingKey(file: file, path: "$.limits", key: copies))
        XCTAssertNoThrow(try decode(editing(["limits", copies], .integer(1))))
        for (sdk, model) in ReaderLimits.memory {
            let path = "$.limits.\(sdk)"
            assertError(editing(["limits", sdk], nil), .missingKey(file: file, path: "$.limits", key: sdk))
            assertError(editing(["limits", sdk, "growth"], .string("doubling")),
                        .unknownName(file: file, path: "\(path).growth", name: "doubling", known: [model.growth.rawValue]))
            for (key, _) in model.exported {
                let lowest: Int64 = key == "memory_budget_bytes" ? 1 : 0
                for bad: Int64 in [lowest - 1, (1 << 53) + 1] {
                    assertError(editing(["limits", sdk, key], .integer(bad)),
                                .outOfRange(file: file, path: "\(path).\(key)", value: String(bad), allowed: "\(lowest)...9007199254740992"))
                }
                assertError(editing(["limits", sdk, key], nil), .missingKey(file: file, path: path, key: key))
                XCTAssertNoThrow(try decode(editing(["limits", sdk, key], .integer(lowest))))
            }
        }
        assertError(editing(["limits"], nil), .missingKey(file: file, path: "$", key: "limits"))
    }

    /// A file written before the memory model (the committed lock) bounds by count: those limits are checked.
    func testCountLimitsOfOlderFilesAreChecked() throws {
        let bounds = [("element_limit", "1...16777216"), ("iteration_limit", "1...4294967295")]
        let older = editing(["limits"], .object(["element_limit": .integer(65_536), "iteration_limit": .integer(16_777_216)]))
        XCTAssertNoThrow(try decode(older))
        for (key, allowed) in bounds {
            var limits = older["limits"]!.objectValue!
            limits[key] = .integer(0)
            var edited = older.objectValue!
            edited["limits"] = .object(limits)
            assertError(.object(edited), .outOfRange(file: file, path: "$.limits.\(key)", value: "0", allowed: allowed))
            limits[key] = nil
            edited["limits"] = .object(limits)
            // Without element_limit the limits are read as today's, which lack their first key.
            let missing = key == "element_limit" ? "max_expanded_copies" : key
            assertError(.object(edited), .missingKey(file: file, path: "$.limits", key: missing))
        }
    }

    func testHugeNumbersInTheTextAreRefused() {
        for number in ["99999999999999999999999", "1e999", "-1e999"] {
            let text = "{\"schema\": \"dzcompat-layouts/1\", \"enums\": {}, \"accounts\": [{\"name\": \"x\", \"kind\": \"account\", \"account_type\": \(number)}]}"
            XCTAssertThrowsError(try LayoutsJSONDecoder().decode(Array(text.utf8), file: file)) { error in
                XCTAssertTrue("\(error)".hasPrefix("\(file)"), "\(error)")
            }
        }
    }

    func testUnknownNames() {
        assertError(editing(["schema"], .string("dzcompat-layouts/2")),
                    .unknownName(file: file, path: "$.schema", name: "dzcompat-layouts/2", known: ["dzcompat-layouts/1"]))
        assertError(editing(user + ["kind"], .string("program")),
                    .unknownName(file: file, path: "$.accounts[0].kind", name: "program", known: ["account", "instruction"]))
        XCTAssertThrowsError(try decode(editing(u7 + ["fields", 2, "type", "kind"], .string("u256")))) { error in
            guard case .unknownName(_, "$.accounts[0].versions[7].fields[2].type.kind", "u256", _)? = error as? LayoutsJSONError else {
                return XCTFail("\(error)")
            }
        }
        XCTAssertThrowsError(try decode(editing(u7 + ["fields", 12, "type", "enum"], .string("NoSuchEnum")))) { error in
            guard case .unknownName(_, "$.accounts[0].versions[7].fields[12].type.enum", "NoSuchEnum", let known)? = error as? LayoutsJSONError else {
                return XCTFail("\(error)")
            }
            XCTAssertTrue(known.contains("UserStatus"))
        }
        assertError(editing(u7 + ["acknowledgements", 0, "change"], .string("anything_goes")),
                    .unknownName(file: file, path: "$.accounts[0].versions[7].acknowledgements[0].change", name: "anything_goes", known: ["slot_reuse"]))
    }

    func testDuplicateNames() {
        let accounts = valid["accounts"]!.arrayValue!
        assertError(editing(["accounts"], .array(accounts + [accounts[0]])),
                    .duplicate(file: file, path: "$.accounts[\(accounts.count)].name", name: "user"))
        let fields = valid["accounts"]!.arrayValue![0]["versions"]!.arrayValue![7]["fields"]!.arrayValue!
        assertError(editing(u7 + ["fields"], .array(fields + [fields[1]])),
                    .duplicate(file: file, path: "$.accounts[0].versions[7].fields[23].name", name: "owner"))
        assertError(editing(u7 + ["id"], .string("v6")), .duplicate(file: file, path: "$.accounts[0].versions[7].id", name: "v6"))
        var enums = valid["enums"]!.objectValue!
        enums.append("BGPStatus", enums["BGPStatus"]!)
        assertError(editing(["enums"], .object(enums)), .duplicate(file: file, path: "$.enums", name: "BGPStatus"))
        assertError(editing(["enums", "BGPStatus", "values"], .array([.array([.integer(0), .string("A")]), .array([.integer(0), .string("B")])])),
                    .duplicate(file: file, path: "$.enums.BGPStatus.values[1]", name: "0"))
    }

    func testWhatTheCodecWouldTrapOnIsRefused() {
        assertError(editing(user + ["versions"], .array([])), .invalid(file: file, path: "$.accounts[0].versions", reason: "no versions"))
        assertError(editing(["enums", "BGPStatus", "default"], .integer(9)),
                    .invalid(file: file, path: "$.enums.BGPStatus.default", reason: "9 is not one of the enum's values"))
        let legacy = ["accounts", 1, "versions", 15, "fields", 14, "type", "element"] as [Any]
        assertError(editing(legacy + ["variants"], .array([])),
                    .invalid(file: file, path: "$.accounts[1].versions[15].fields[14].type.element.variants", reason: "no variants"))
        assertError(editing(["accounts", 1, "versions", 15, "rules", 0, "trailing"], .string("code")),
                    .invalid(file: file, path: "$.accounts[1].versions[15].rules[0].trailing",
                             reason: "'code' is not a vector of sized elements of this version"))
        XCTAssertThrowsError(try decode(editing(legacy + ["fields"], .array([])))) { error in
            guard case .invalid(_, "$.accounts[1].versions[15].fields[14].type.element.variants[0].fields", _)? = error as? LayoutsJSONError else {
                return XCTFail("a variant field missing from the union: \(error)")
            }
        }
    }

    func testDeepNesting() {
        var type: JSONValue = .object(["kind": .string("u8")])
        for _ in 0..<12 { type = .object(["kind": .string("vec"), "element": type]) }
        assertError(editing(u7 + ["fields", 1, "type"], type),
                    .invalid(file: file, path: "$.accounts[0].versions[7].fields[1].type" + String(repeating: ".element", count: 8),
                             reason: "field types nested deeper than 8"))
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try LayoutsJSONDecoder().decode(Array(deep.utf8), file: file)) { error in
            guard case .unreadable(file: file, _)? = error as? LayoutsJSONError else { return XCTFail("\(error)") }
        }
    }

    func testNotJSONAtAll() {
        for text in ["", "{", "\u{0}", "{\"schema\": \"dzcompat-layouts/1\", \"schema\": \"x\"}"] {
            XCTAssertThrowsError(try LayoutsJSONDecoder().decode(Array(text.utf8), file: file)) { error in
                guard case .unreadable(file: file, _)? = error as? LayoutsJSONError else { return XCTFail("\(text): \(error)") }
            }
        }
    }

    /// Seeded random damage to the text and to the document: every outcome is a registry or a typed
    /// error, and a registry that comes out serves as the gate's baseline without a trap.
    func testRandomDamageNeverTraps() {
        var random = SplitMix64(seed: 0xD2_6A7E)
        let text = Array(JSONWriter.render(valid, style: .compact).utf8)
        var decoded = 0
        var programOnly = GateOptions()
        programOnly.readers = [.program]
        for _ in 0..<200 {
            var bytes = text
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                bytes[index] = UInt8.random(in: 0x20...0x7E, using: &random)
            }
            if (try? LayoutsJSONDecoder().decode(bytes, file: file)) != nil { decoded += 1 }
        }
        let replacements: [JSONValue] = [.null, .bool(false), .integer(-1), .integer(1 << 40), .real(0.5), .string(""), .array([]), .object([:])]
        for _ in 0..<200 {
            let damaged = Self.replaceRandomNode(valid, with: replacements.randomElement(using: &random)!, using: &random)
            if let registry = try? decode(damaged) {
                decoded += 1
                _ = Gate.compare(baseline: registry, working: .standard, options: programOnly)
            }
        }
        XCTAssertGreaterThan(decoded, 0, "some damage leaves a valid registry (a changed summary, a value)")
    }

    private static func replaceRandomNode(_ value: JSONValue, with replacement: JSONValue, using random: inout SplitMix64) -> JSONValue {
        switch value {
        case .object(var object) where !object.members.isEmpty && Int.random(in: 0..<4, using: &random) > 0:
            let index = Int.random(in: 0..<object.members.count, using: &random)
            object.members[index].value = replaceRandomNode(object.members[index].value, with: replacement, using: &random)
            return .object(object)
        case .array(var items) where !items.isEmpty && Int.random(in: 0..<4, using: &random) > 0:
            let index = Int.random(in: 0..<items.count, using: &random)
            items[index] = replaceRandomNode(items[index], with: replacement, using: &random)
            return .array(items)
        default:
            return replacement
        }
    }
}
