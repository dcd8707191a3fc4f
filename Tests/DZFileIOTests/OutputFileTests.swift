import DZFileIO
import Foundation
import XCTest

/// Output paths as a careless user gives them (issue 17): only an absent path or a regular file is
/// replaced; links, pipes and devices are written through, never replaced.
final class OutputFileTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "dzcompat-output-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: directory) }

    /// The file's type bits, from lstat (S_IFLNK for a link itself).
    private func kind(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    private func contents(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    func testARegularFileIsReplacedAtomicallyKeepingItsMode() throws {
        let path = "\(directory)/out.txt"
        try OutputFile.write(Array("first".utf8), to: path)
        chmod(path, 0o600)
        try OutputFile.write(Array("second".utf8), to: path)
        XCTAssertEqual(try contents(path), Array("second".utf8))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(FileIO.listDirectory(directory), ["out.txt"], "no temporary file is left")
    }

    func testASymbolicLinkIsFollowedNeverReplaced() throws {
        let target = "\(directory)/target.json", link = "\(directory)/link.json"
        try OutputFile.write(Array("old".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")
        try OutputFile.write(Array("new".utf8), to: link)
        XCTAssertEqual(kind(link), S_IFLNK)
        XCTAssertEqual(try contents(target), Array("new".utf8))
    }

    func testADanglingLinkOrADirectoryIsRefused() throws {
        let link = "\(directory)/dangling"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "nowhere")
        XCTAssertThrowsError(try OutputFile.write([1], to: link)) { error in
            XCTAssertTrue("\(error)".contains("symbolic link to a missing target"), "\(error)")
        }
        XCTAssertEqual(kind(link), S_IFLNK)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(directory)/nowhere"))
        XCTAssertThrowsError(try OutputFile.write([1], to: directory)) { error in
            XCTAssertEqual(error as? FileError, .cannotWrite(path: directory, reason: "is a directory"))
        }
    }

    /// A named pipe stands for every special file (a device takes the same path): written as a stream.
    func testANamedPipeIsWrittenAsAStreamAndKept() throws {
        let pipe = "\(directory)/pipe"
        XCTAssertEqual(mkfifo(pipe, 0o644), 0)
        XCTAssertThrowsError(try OutputFile.write([1], to: pipe), "no reader: an error, not a wait") { error in
            XCTAssertTrue("\(error)".contains("no reader"), "\(error)")
        }
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        try OutputFile.write(Array("streamed".utf8), to: pipe)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        XCTAssertEqual(Array(buffer.prefix(max(count, 0))), Array("streamed".utf8))
        XCTAssertEqual(kind(pipe), S_IFIFO, "still a pipe")
        XCTAssertFalse(FileIO.listDirectory(directory).contains { $0.contains(OutputFile.temporaryMark) })
    }

    /// The temporary file is created exclusively and never through a link planted at its name.
    func testALinkPlantedAtTheTemporaryNameIsNotFollowed() throws {
        let victim = "\(directory)/victim", path = "\(directory)/out.bin"
        try OutputFile.write(Array("victim".utf8), to: victim)
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/.out.bin\(OutputFile.temporaryMark)\(getpid())",
                                                   withDestinationPath: victim)
        try OutputFile.write(Array("output".utf8), to: path)
        XCTAssertEqual(try contents(victim), Array("victim".utf8))
        XCTAssertEqual(try contents(path), Array("output".utf8))
    }

    func testStaleTemporariesAreRecognisedAndRemoved() throws {
        let dead = try deadProcessID()
        let names = [".user.bin\(OutputFile.temporaryMark)\(dead)", "user.bin.tmp-\(dead)", ".live.bin\(OutputFile.temporaryMark)\(getpid())", "keep.tmp-x"]
        for name in names { try OutputFile.write([], to: "\(directory)/\(name)") }
        XCTAssertEqual(OutputFile.staleTemporaries(in: directory), names.prefix(2).sorted())
        XCTAssertEqual(try OutputFile.removeStaleTemporaries(in: directory), names.prefix(2).sorted())
        XCTAssertEqual(FileIO.listDirectory(directory), names.suffix(2).sorted(), "a running writer's file and other names stay")
    }

    /// A named pipe with no writer: refused at once where a file is required, a time limit where a
    /// stream is accepted. Before, `open` waited for a writer for ever.
    func testReadingANamedPipeDoesNotHang() throws {
        let pipe = "\(directory)/pipe"
        XCTAssertEqual(mkfifo(pipe, 0o644), 0)
        XCTAssertThrowsError(try FileIO.read(pipe)) { error in
            XCTAssertEqual(error as? FileError, .cannotRead(path: pipe, reason: "not a regular file (a named pipe)"))
        }
        XCTAssertThrowsError(try FileIO.readIfPresent(pipe))
        XCTAssertThrowsError(try FileIO.read(pipe, streamTimeout: 0.1)) { error in
            XCTAssertTrue("\(error)".contains("no data for 0.1 s"), "\(error)")
        }
    }

    func testNonUTF8NamesKeepTheirBytes() throws {
        let raw: [UInt8] = [0x75, 0xFF, 0xFE, 0x2E, 0x62, 0xE9]
        let name = FileName.decode(raw)
        XCTAssertEqual(FileName.bytes(name), raw)
        XCTAssertEqual(FileName.display(name), "u\\xff\\xfe.b\\xe9")
        XCTAssertEqual(FileName.decode(Array("plain é".utf8)), "plain é")
        let path = "\(directory)/\(name)"
        try OutputFile.write([7], to: path)
        XCTAssertEqual(FileIO.listDirectory(directory).map(FileName.bytes), [raw])
        XCTAssertEqual(try FileIO.read(path), [7])
    }

    func testADirectoryThatIsAFileIsRefused() throws {
        let file = "\(directory)/regular"
        try OutputFile.write([1], to: file)
        let expected = FileError.cannotRead(path: file, reason: "not a directory")
        XCTAssertThrowsError(try DirectoryWriter(directory: file).check([(name: "a.bin", bytes: [1])])) { XCTAssertEqual($0 as? FileError, expected) }
        XCTAssertThrowsError(try DirectoryWriter(directory: file).write([(name: "a.bin", bytes: [1])])) { XCTAssertEqual($0 as? FileError, expected) }
    }

    func testAKilledRunsTemporariesAreNamedByCheckAndRemovedByWrite() throws {
        let files = [(name: "a.bin", bytes: [UInt8](repeating: 1, count: 3))]
        let writer = DirectoryWriter(directory: directory)
        _ = try writer.write(files)
        let stale = ".a.bin\(OutputFile.temporaryMark)\(try deadProcessID())"
        try OutputFile.write([1], to: "\(directory)/\(stale)")
        XCTAssertEqual(try writer.check(files).staleTemporaries, [stale])
        XCTAssertEqual(try writer.write(files).staleTemporaries, [stale])
        XCTAssertTrue(try writer.check(files).isClean)
        XCTAssertEqual(FileIO.listDirectory(directory), ["a.bin"])
    }

    /// The PID of a process that has exited (its ID is free until the system reuses it).
    private func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
