// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "dzcompat",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dzcompat", targets: ["dzcompat"]),
        .library(name: "DZLayouts", targets: ["DZLayouts"]),
        .library(name: "DZCodec", targets: ["DZCodec"]),
        // For the libFuzzer package in fuzz/, which builds every decoder with the fuzzer's instrumentation.
        .library(name: "DZFuzzTargets", targets: ["DZFuzzTargets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C libraries behind thin system-library targets.
        .systemLibrary(name: "CJansson", pkgConfig: "jansson", providers: [.apt(["libjansson-dev"])]),
        .systemLibrary(name: "CPython", pkgConfig: "python3-embed", providers: [.apt(["python3-dev"])]),

        // Plain POSIX file access: whole-file reads with a limit, atomic writes, directories, byte-exact names.
        .target(name: "DZFileIO"),
        // JSON reading and writing, always through jansson.
        .target(name: "DZJSON", dependencies: ["CJansson"]),
        // The layout model and the registry of every account version.
        .target(name: "DZLayouts", dependencies: ["DZJSON"]),
        // Values, the canonical Borsh encoder and the program's decoding rules.
        .target(name: "DZCodec", dependencies: ["DZLayouts", "DZJSON"]),
        // What the program's instructions do to accounts.
        .target(name: "DZProgram", dependencies: ["DZCodec"]),
        // The fixture generator and the upstream fixture JSON format (no file access: DZFileIO).
        .target(name: "DZFixtures", dependencies: ["DZCodec", "DZProgram", "DZJSON"]),
        // Swift ports of the Go, TypeScript and Python SDK readers (docs/readers.md), bugs included.
        .target(name: "DZPorts", dependencies: ["DZCodec", "DZLayouts", "DZJSON"]),
        .target(name: "DZGoPort", dependencies: ["DZPorts", "DZCodec", "DZLayouts"]),
        .target(name: "DZTypeScriptPort", dependencies: ["DZPorts", "DZCodec", "DZLayouts"]),
        .target(name: "DZPythonPort", dependencies: ["DZPorts", "DZCodec", "DZLayouts"]),
        // In-process CPython, to call sdk-py-spec per input.
        .target(name: "DZPython", dependencies: ["CPython"]),
        // Published SDK releases (PyPI) as readers, run in-process through DZPython (releases/).
        .target(name: "DZReleases", dependencies: ["DZPorts", "DZPython", "DZJSON", "DZLayouts"]),
        // The data of the diff, the matrix and the lint reports, and the accept lists of their policies: all
        // a renderer needs (no reader, no CPython).
        .target(name: "DZReportModel", dependencies: ["DZPorts", "DZJSON"]),
        // The damaged inputs every check runs over.
        .target(name: "DZCorpus", dependencies: ["DZCodec", "DZLayouts", "DZFixtures"]),
        // The readers compared: the reader set, the diff and its policy, the compatibility matrix.
        .target(name: "DZComparison", dependencies: [
            "DZReportModel", "DZCorpus", "DZPorts", "DZGoPort", "DZTypeScriptPort", "DZPythonPort",
            "DZCodec", "DZLayouts", "DZFixtures", "DZJSON",
        ]),
        // Each port against its native spec reader (processes, embedded CPython), each release against its port.
        .target(name: "DZCrossCheck", dependencies: [
            "DZComparison", "DZCorpus", "DZPorts", "DZPython", "DZReleases", "DZCodec", "DZLayouts", "DZJSON",
        ]),
        // A hand-written reader of the program's Rust source (structs, enums, TryFrom readers) into registry layouts.
        .target(name: "DZRustSource", dependencies: ["DZLayouts"]),
        // The layout-change gate: a baseline registry against the working one, verdicts from the ports.
        .target(name: "DZGate", dependencies: ["DZComparison", "DZCodec", "DZLayouts", "DZFixtures", "DZFileIO", "DZJSON", "DZPorts", "DZRustSource"]),
        // `dzcompat lint`: upstream's fixture review rules, checked over a fixture directory.
        .target(name: "DZLint", dependencies: ["DZComparison", "DZReportModel", "DZCodec", "DZLayouts", "DZFixtures", "DZFileIO", "DZJSON", "DZPorts"]),
        // Renderers of the diff, the matrix and the lint: Markdown, JSON, JUnit XML, Prometheus, GitHub annotations, HTML.
        .target(name: "DZReports", dependencies: ["DZReportModel", "DZJSON", "DZPorts"]),
        // `dzcompat bench`: the speed targets, measured as ratios within one run.
        .target(name: "DZBench", dependencies: ["DZCodec", "DZLayouts", "DZFixtures", "DZCorpus", "DZComparison", "DZCrossCheck", "DZPorts", "DZPython", "DZJSON", "DZReleases"]),
        // What each fuzz target does with an input: shared by the fuzzers (fuzz/) and the regression replay.
        .target(
            name: "DZFuzzTargets",
            dependencies: ["DZCodec", "DZComparison", "DZFixtures", "DZJSON", "DZLayouts", "DZPorts",
                           "DZGoPort", "DZTypeScriptPort", "DZPythonPort"],
            path: "fuzz/Sources/DZFuzzTargets"
        ),
        .executableTarget(
            name: "dzcompat",
            dependencies: [
                "DZLayouts", "DZCodec", "DZFixtures", "DZFileIO", "DZProgram", "DZJSON", "DZPorts", "DZReportModel", "DZCorpus",
                "DZComparison", "DZCrossCheck", "DZReports", "DZGate", "DZBench", "DZRustSource", "DZReleases", "DZLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers shared by the test targets (the reference fixtures, the repository root).
        .target(name: "DZTestSupport", dependencies: ["DZJSON", "DZLayouts"], path: "Tests/DZTestSupport"),
        .testTarget(name: "DZFileIOTests", dependencies: ["DZFileIO"]),
        .testTarget(name: "DZJSONTests", dependencies: ["DZJSON"]),
        .testTarget(name: "DZLayoutsTests", dependencies: ["DZLayouts"]),
        .testTarget(name: "DZCodecTests", dependencies: ["DZTestSupport", "DZCodec", "DZLayouts", "DZFixtures", "DZFileIO"]),
        .testTarget(name: "DZProgramTests", dependencies: ["DZProgram", "DZCodec", "DZLayouts", "DZFixtures"]),
        .testTarget(name: "DZFixturesTests", dependencies: ["DZTestSupport", "DZFixtures", "DZCodec", "DZJSON", "DZLayouts", "DZFileIO"]),
        .testTarget(name: "DZPortsTests", dependencies: ["DZPorts", "DZCodec", "DZFixtures", "DZLayouts"]),
        .testTarget(name: "DZGoPortTests", dependencies: ["DZTestSupport", "DZGoPort", "DZPorts", "DZCodec", "DZLayouts", "DZFixtures", "DZFileIO", "DZJSON"]),
        .testTarget(name: "DZTypeScriptPortTests", dependencies: ["DZTestSupport", "DZTypeScriptPort", "DZPorts", "DZCodec", "DZLayouts", "DZFixtures", "DZFileIO", "DZJSON"]),
        .testTarget(name: "DZPythonPortTests", dependencies: ["DZTestSupport", "DZPythonPort", "DZPorts", "DZCodec", "DZLayouts", "DZFixtures", "DZFileIO", "DZJSON"]),
        .testTarget(name: "DZPythonTests", dependencies: ["DZTestSupport", "DZPython"]),
        .testTarget(name: "DZReportModelTests", dependencies: ["DZReportModel", "DZPorts"]),
        .testTarget(name: "DZCorpusTests", dependencies: ["DZCorpus", "DZCodec", "DZLayouts"]),
        .testTarget(name: "DZComparisonTests", dependencies: ["DZComparison", "DZReportModel", "DZCorpus", "DZPorts", "DZCodec", "DZLayouts", "DZJSON", "DZFixtures"]),
        .testTarget(name: "DZCrossCheckTests", dependencies: ["DZCrossCheck", "DZCorpus", "DZPorts", "DZGoPort", "DZLayouts", "DZJSON"]),
        .testTarget(name: "DZGateTests", dependencies: ["DZTestSupport", "DZGate", "DZCorpus", "DZCodec", "DZLayouts", "DZJSON", "DZPorts"]),
        .testTarget(name: "DZRustSourceTests", dependencies: ["DZRustSource", "DZGate", "DZLayouts", "DZJSON"]),
        .testTarget(name: "DZLintTests", dependencies: ["DZTestSupport", "DZLint", "DZReportModel", "DZComparison", "DZCodec", "DZLayouts", "DZFixtures", "DZFileIO", "DZJSON", "DZPorts"]),
        .testTarget(name: "DZReportsTests", dependencies: ["DZReports", "DZReportModel", "DZJSON", "DZPorts"]),
        .testTarget(name: "DZReleasesTests", dependencies: ["DZTestSupport", "DZReleases", "DZComparison", "DZCrossCheck", "DZCorpus", "DZReportModel", "DZGate", "DZPorts", "DZPythonPort", "DZLayouts", "DZJSON"]),
        .testTarget(name: "DZBenchTests", dependencies: ["DZBench", "DZJSON"]),
        .testTarget(name: "DZFuzzTargetsTests", dependencies: ["DZFuzzTargets"]),
        // The CLI as a subprocess (the executable beside the tests, built by `swift build --build-tests`).
        .testTarget(name: "dzcompatTests", dependencies: ["DZTestSupport", "DZCorpus"]),
    ],
    swiftLanguageModes: [.v5]
)
