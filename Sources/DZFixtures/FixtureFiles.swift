import DZJSON
import DZLayouts

/// The fixture set as files (written by `DirectoryWriter`).
public enum FixtureFiles {
    /// Files that live in the fixture directory but are not generated (the gate's committed baseline).
    public static let handWritten: Set<String> = ["layouts.lock.json"]

    /// Every file of the set, by name: the fixtures and `layouts.json`.
    public static func files(_ fixtures: [Fixture], registry: Registry) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        for fixture in fixtures {
            files.append((name: "\(fixture.stem).bin", bytes: fixture.bytes))
            files.append((name: "\(fixture.stem).json", bytes: Array(fixture.json.utf8)))
        }
        let layouts = JSONWriter.render(registry.exportJSON(), style: .pretty) + "\n"
        files.append((name: "layouts.json", bytes: Array(layouts.utf8)))
        return files
    }
}
