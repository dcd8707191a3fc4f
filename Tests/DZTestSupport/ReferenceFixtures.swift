import Foundation
import XCTest

/// The repository root, found from this file's own path (Tests/DZTestSupport/…).
public func repositoryRoot() -> String {
    URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}

/// The upstream reference fixtures: `DZCOMPAT_REFERENCE_DIR`, default `../shared/reference-fixtures` beside
/// the repository. A missing directory fails the test under CI=true and skips it elsewhere, so that CI can
/// never pass by skipping.
public func referenceDirectory() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    let directory = environment["DZCOMPAT_REFERENCE_DIR"]
        ?? URL(fileURLWithPath: repositoryRoot()).deletingLastPathComponent().appendingPathComponent("shared/reference-fixtures").path
    if FileManager.default.fileExists(atPath: directory) { return directory }
    if environment["CI"] == "true" {
        XCTFail("reference fixtures not found at \(directory) (CI=true: this must not be skipped)")
        throw XCTSkip("failed above")
    }
    throw XCTSkip("reference fixtures not found at \(directory); set DZCOMPAT_REFERENCE_DIR")
}
