import DZJSON
import DZLayouts
import DZPorts
import DZPythonPort
import DZReleases
import DZTestSupport
import XCTest

/// The releases need `make setup`; without it these tests fail (the error names the command).
final class ReleaseReaderTests: XCTestCase {
    static let loaded: Result<[ReleaseReader], ReleaseError> = Result { () throws(ReleaseError) in
        try ReleaseReader.all(root: repositoryRoot())
    }

    func releases() throws -> [ReleaseReader] { try Self.loaded.get() }

    func testCatalogueNamesLayoutsOfTheRegistry() throws {
        let releases = try releases()
        XCTAssertEqual(releases.map(\.id.rawValue), ["py@0.0.2", "py@0.0.3"])
        for reader in releases {
            for (account, id) in reader.release.reads {
                XCTAssertNotNil(Registry.standard.account(account)?.version(id), "\(reader.id) reads \(account)@\(id)")
            }
            for entry in reader.release.fidelity {
                XCTAssertNoThrow(try Registry.standard.resolve(entry.layout), "\(reader.id) fidelity \(entry.layout)")
            }
            // Every layout a release reads has its fidelity entry (same code or not, and why), and no other.
            XCTAssertEqual(Set(reader.release.fidelity.map(\.layout)), Set(reader.release.reads.map { "\($0.key)@\($0.value)" }), "\(reader.id)")
            for entry in reader.release.fidelity where !entry.sameCode {
                XCTAssertFalse(entry.differences.isEmpty, "\(reader.id) \(entry.layout): a different code says how")
            }
        }
    }

    /// `reads` is checked against the release's own classes when it loads: a class it does not name, or a
    /// name with no class, is an error that says which.
    func testReadsMustMatchTheReleasesClasses() throws {
        var release = try XCTUnwrap(try releases().first).release
        let read = try XCTUnwrap(release.reads.keys.sorted().first)
        var missing = release
        missing.reads[read] = nil
        XCTAssertThrowsError(try ReleaseReader(missing, root: repositoryRoot())) { error in
            XCTAssertTrue("\(error)".contains("names no version of \(read)"), "\(error)")
        }
        let classless = try XCTUnwrap(Registry.standard.accounts.first { !$0.kind.isInstruction && $0.removed != nil })
        release.reads[classless.name] = classless.current.id
        XCTAssertThrowsError(try ReleaseReader(release, root: repositoryRoot())) { error in
            XCTAssertTrue("\(error)".contains("reads \(classless.name), but the release has no class for it"), "\(error)")
        }
    }

    /// Each release reads the sample account of the version it was written for: a value, whose fields are
    /// the layout's fields it has, each equal to what the program reads where the two hold plain values.
    func testReadsTheSampleOfItsOwnVersion() throws {
        let program = ProgramReader(registry: .standard)
        for reader in try releases() {
            for account in Registry.standard.accounts {
                for version in reader.versions(of: account) {
                    let bytes = try sample(version)
                    let got = reader.read(bytes, as: version)
                    guard let value = got["ok"]?.objectValue else { XCTFail("\(reader.id) \(version.reference): \(got)"); continue }
                    let expected = try XCTUnwrap(program.read(bytes, as: version)["ok"])
                    XCTAssertFalse(value.members.isEmpty)
                    for member in value.members {
                        XCTAssertNotNil(version.field(member.key), "\(reader.id) \(version.reference): \(member.key) is a layout field")
                        guard case .string = member.value else { continue }
                        XCTAssertEqual(member.value, expected[member.key], "\(reader.id) \(version.reference).\(member.key)")
                    }
                }
            }
        }
    }

    /// Without `make setup` a release is an error that names the command, never a skipped reader.
    func testAMissingInstallNamesMakeSetup() throws {
        let release = try XCTUnwrap(try releases().first).release
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dzcompat-no-venv-\(getpid())").path
        XCTAssertThrowsError(try ReleaseReader(release, root: root)) { error in
            XCTAssertTrue("\(error)".contains("run `make setup`"), "\(error)")
            XCTAssertTrue("\(error)".contains("\(root)/.venv/releases/\(release.package)-\(release.version)"), "\(error)")
        }
    }

    /// An account type with no class in the release (the removed Reservation, the accounts added after
    /// it), and every instruction, answers "unsupported"; the accounts it has a class for are read,
    /// whatever version.
    func testAccountsWithoutAReaderAreUnsupported() throws {
        for reader in try releases() {
            for account in Registry.standard.accounts {
                let answer = reader.read([], as: account.current)
                let unsupported = reader.versions(of: account).isEmpty
                XCTAssertEqual(answer["unsupported"]?.stringValue != nil, unsupported, "\(reader.id) \(account.name): \(answer)")
            }
        }
    }

    /// The release's exceptions are its answers, with its own class and message.
    func testExceptionsAreAnswers() throws {
        let user = try XCTUnwrap(Registry.standard.account("user")).current
        let answers = try releases().map { $0.read([7, 1], as: user) }
        // 0.0.2 reads strictly (IncrementalReader); 0.0.3 reads missing bytes as defaults (DefensiveReader).
        XCTAssertEqual(answers[0]["error"]?["class"], .string("ValueError"))
        XCTAssertEqual(answers[0]["error"]?["message"], .string("borsh: not enough data for 32 bytes at offset 1"))
        XCTAssertNotNil(answers[1]["ok"])
    }

    /// A Device whose legacy interface count has nothing behind it makes 0.0.3 build default elements
    /// until its process has no memory left: the runner stops it past max_expanded_copies and does not
    /// answer for it, while the port charges the list to CPython's memory and dies with the bytes.
    func testRunawayElementLoopIsBounded() throws {
        let device = try XCTUnwrap(Registry.standard.account("device"))
        let version = try XCTUnwrap(device.version("v10"))
        var bytes = try sample(version)
        // The legacy count sits where the sample's first interface count is: find it as the port reads it.
        let python = PythonPort(registry: .standard)
        let count = try XCTUnwrap(legacyCountOffset(bytes, version))
        bytes.replaceSubrange(count..., with: [0xFF, 0xFF, 0xFF, 0x7F])
        let release = try XCTUnwrap(try releases().first { $0.id.rawValue == "py@0.0.3" })
        XCTAssertEqual(release.read(bytes, as: version), .object(["unsupported": .string(
            "\(release.release.package) \(release.release.version) built more than \(ReaderLimits.maxExpandedCopies) elements; the runner does not run it further")]))
        let port = python.decodeToJSON(bytes, as: version)
        XCTAssertEqual(port["fatal"], .string("out of memory"))
        let needed = try XCTUnwrap(port["bytes"]?.stringValue.flatMap(UInt64.init))
        XCTAssertGreaterThan(needed, MemoryModel.py.budgetBytes)
    }

    private func sample(_ version: LayoutVersion) throws -> [UInt8] {
        let name = version.reference.replacingOccurrences(of: "@", with: "_")
        return Array(try Data(contentsOf: URL(fileURLWithPath: "\(repositoryRoot())/fixtures/\(name).bin")))
    }

    /// Where the legacy interface count of a sample Device starts: the fields before it are fixed-width
    /// or a string/vec whose count the sample holds.
    private func legacyCountOffset(_ bytes: [UInt8], _ version: LayoutVersion) -> Int? {
        var offset = 0
        for field in version.fields {
            if field.name == "deprecated_interfaces" { return offset }
            switch field.type {
            case .string: offset += 4 + Int(u32(bytes, offset))
            case .vec(let element): offset += 4 + (element.fixedWidth ?? 0) * Int(u32(bytes, offset))
            default: offset += field.type.fixedWidth ?? 0
            }
        }
        return nil
    }

    private func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
    }
}
