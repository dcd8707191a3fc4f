import Foundation
import XCTest

/// The repository root, found from this file's own path (Tests/DZTestSupport/…).
public func repositoryRoot() -> String {
    URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}

/// The upstream reference fixtures in the tree (`Tests/ReferenceFixtures`, copied from upstream; its README names the
/// commit), or `DZCOMPAT_REFERENCE_DIR` to compare with another set. A missing directory is a failure:
/// a test that needs them never skips.
public func referenceDirectory() throws -> String {
    let directory = ProcessInfo.processInfo.environment["DZCOMPAT_REFERENCE_DIR"]
        ?? "\(repositoryRoot())/Tests/ReferenceFixtures"
    guard FileManager.default.fileExists(atPath: "\(directory)/README.md") else {
        XCTFail("reference fixtures not found at \(directory)")
        throw ReferenceFixturesMissing(directory: directory)
    }
    return directory
}

/// Thrown after the failure is recorded, so the test stops there.
public struct ReferenceFixturesMissing: Error { public let directory: String }

/// The built `dzcompat` executable beside the test bundle (`swift build --build-tests` builds both), or
/// `DZCOMPAT_EXECUTABLE`. Missing is a failure, never a skip.
public func dzcompatExecutable() throws -> String {
    let directory = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).deletingLastPathComponent().path
    let path = ProcessInfo.processInfo.environment["DZCOMPAT_EXECUTABLE"] ?? "\(directory)/dzcompat"
    guard FileManager.default.isExecutableFile(atPath: path) else {
        XCTFail("dzcompat executable not found at \(path): build it with `swift build --build-tests`")
        throw ExecutableMissing(path: path)
    }
    return path
}

/// Thrown after the failure is recorded, so the test stops there.
public struct ExecutableMissing: Error { public let path: String }
