// swift-tools-version:5.4
// One libFuzzer executable per decoder. Build with the fuzzer and address sanitizer (`make fuzz-build`
// in ../Makefile); a plain `swift build` here cannot link, since libFuzzer provides `main`.
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM links each executable with `main` aliased to
// `<Target>_main` (testable executables), a symbol that does not exist when libFuzzer provides `main`.
import PackageDescription

let targets = ["FuzzCanonical", "FuzzGoPort", "FuzzTypeScriptPort", "FuzzPythonPort", "FuzzFixtureJSON", "FuzzLayoutsJSON", "FuzzPolicy"]

let package = Package(
    name: "dzcompat-fuzz",
    dependencies: [.package(name: "dzcompat", path: "..")],
    targets: targets.map { name in
        .executableTarget(name: name, dependencies: [.product(name: "DZFuzzTargets", package: "dzcompat")])
    },
    swiftLanguageVersions: [.v5]
)
