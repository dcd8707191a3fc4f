import DZPython
import DZTestSupport
import Foundation
import XCTest

/// The interpreter runs sdk-py-spec in-process: one JSON line per input, and a module that cannot be
/// loaded is an error naming it (the interpreter starts once per process, so both cases share it).
final class EmbeddedPythonTests: XCTestCase {
    func testTheSpecReaderAnswersOneLinePerInputAndAMissingModuleIsAnError() throws {
        let root = repositoryRoot()
        let layouts = try String(contentsOfFile: "\(root)/fixtures/layouts.json", encoding: .utf8)
        let python = try EmbeddedPython(specDirectory: "\(root)/sdk-py-spec", layoutsJSON: layouts)
        let user = try XCTUnwrap(FileManager.default.contents(atPath: "\(root)/fixtures/user.bin"))
        let answer = python.decode(layout: "user@v7", bytes: Array(user))
        XCTAssertFalse(answer.contains("\n"))
        XCTAssertTrue(answer.hasPrefix(#"{"ok":{"#), answer)
        let unknown = python.decode(layout: "no_such@v0", bytes: [1])
        XCTAssertTrue(unknown.hasPrefix(#"{"fatal""#) && unknown.contains("no_such@v0"), unknown)

        XCTAssertThrowsError(try EmbeddedPython(paths: ["\(root)/no-such-directory"], module: "dzcompat_no_such_module", load: [])) { error in
            guard case .load(let module, let reason)? = error as? EmbeddedPythonError else { return XCTFail("\(error)") }
            XCTAssertEqual(module, "dzcompat_no_such_module")
            XCTAssertTrue(reason.contains("dzcompat_no_such_module"), reason)
        }
    }
}
