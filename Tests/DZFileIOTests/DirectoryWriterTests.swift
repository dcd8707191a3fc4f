import DZFileIO
import Foundation
import XCTest

final class DirectoryWriterTests: XCTestCase {
    var directory = ""

    override func setUp() {
        directory = NSTemporaryDirectory() + "dzcompat-directory-\(UUID().uuidString)"
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: directory) }

    let files: [(name: String, bytes: [UInt8])] = [
        (name: "user.bin", bytes: [7, 1, 2]), (name: "user.json", bytes: Array("{}".utf8)), (name: "device_v3.json", bytes: [])
    ]

    func testWriteThenCheckIsCleanAndASecondWriteChangesNothing() throws {
        let writer = DirectoryWriter(directory: directory)
        let written = try writer.write(files)
        XCTAssertEqual(written.missing.count, written.total)
        XCTAssertEqual(written.total, files.count)
        XCTAssertTrue(try writer.check(files).isClean)
        let again = try writer.write(files)
        XCTAssertTrue(again.changed.isEmpty && again.missing.isEmpty)
        XCTAssertFalse(FileIO.listDirectory(directory).contains { $0.contains(OutputFile.temporaryMark) }, "no temporary file is left")
    }

    func testCheckNamesEveryStaleMissingAndUnexpectedFile() throws {
        let writer = DirectoryWriter(directory: directory, keeping: ["layouts.lock.json"])
        _ = try writer.write(files)
        try OutputFile.write([1, 2, 3], to: "\(directory)/user.bin")
        try FileManager.default.removeItem(atPath: "\(directory)/device_v3.json")
        try OutputFile.write([], to: "\(directory)/leftover.bin")
        try OutputFile.write([], to: "\(directory)/layouts.lock.json")
        let report = try writer.check(files)
        XCTAssertEqual(report.changed, ["user.bin"])
        XCTAssertEqual(report.missing, ["device_v3.json"])
        XCTAssertEqual(report.unexpected, ["leftover.bin"], "a kept file is not unexpected")
    }
}
