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

        // JSON reading and writing, always through jansson.
        .target(name: "DZJSON", dependencies: ["CJansson"]),
        // The layout model and the registry of every account version.
        .target(name: "DZLayouts", dependencies: ["DZJSON"]),
        // Values, the canonical Borsh encoder and the program's decoding rules.
        .target(name: "DZCodec", dependencies: ["DZLayouts", "DZJSON"]),
        // What the program's instructions do to accounts.
        .target(name: "DZProgram", dependencies: ["DZCodec"]),
        // The fixture generator and the upstream fixture JSON format.
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
        // The compatibility engine: corpus, native readers, cross-check.
        .target(name: "DZCompat", dependencies: [
            "DZCodec", "DZLayouts", "DZFixtures", "DZJSON", "DZPorts", "DZPython", "DZReleases",
            "DZGoPort", "DZTypeScriptPort", "DZPythonPort",
        ]),
        // A hand-written reader of the program's Rust source (structs, enums, TryFrom readers) into registry layouts.
        .target(name: "DZRustSource", dependencies: ["DZLayouts"]),
        // The layout-change gate: a baseline registry against the working one, verdicts from the ports.
        .target(name: "DZGate", dependencies: ["DZCompat", "DZCodec", "DZLayouts", "DZFixtures", "DZJSON", "DZPorts", "DZRustSource"]),
        // `dzcompat lint`: upstream's fixture review rules, checked over a fixture directory.
        .target(name: "DZLint", dependencies: ["DZCompat", "DZCodec", "DZLayouts", "DZFixtures", "DZJSON", "DZPorts"]),
        // Renderers of the diff, the matrix and the lint: Markdown, JSON, JUnit XML, Prometheus, GitHub annotations, HTML.
        .target(name: "DZReports", dependencies: ["DZCompat", "DZLint", "DZJSON", "DZPorts"]),
        // `dzcompat bench`: the speed targets, measured as ratios within one run.
        .target(name: "DZBench", dependencies: ["DZCodec", "DZLayouts", "DZFixtures", "DZCompat", "DZPorts", "DZPython", "DZJSON", "DZReleases"]),
        // What each fuzz target does with an input: shared by the fuzzers (fuzz/) and the regression replay.
        .target(
            name: "DZFuzzTargets",
            dependencies: ["DZCodec", "DZCompat", "DZFixtures", "DZJSON", "DZLayouts", "DZPorts",
                           "DZGoPort", "DZTypeScriptPort", "DZPythonPort"],
            path: "fuzz/Sources/DZFuzzTargets"
        ),
        .executableTarget(
            name: "dzcompat",
            dependencies: [
                "DZLayouts", "DZCodec", "DZFixtures", "DZProgram", "DZJSON", "DZPorts",
                "DZGoPort", "DZTypeScriptPort", "DZPythonPort", "DZCompat", "DZReports", "DZGate", "DZBench", "DZRustSource", "DZReleases",
                "DZLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers shared by the test targets (the reference fixtures, the repository root).
        .target(name: "DZTestSupport", dependencies: ["DZJSON", "DZLayouts"], path: "Tests/DZTestSupport"),
        .testTarget(name: "DZLayoutsTests", dependencies: ["DZLayouts"]),
        .testTarget(name: "DZJSONTests", dependencies: ["DZJSON"]),
        .testTarget(name: "DZCodecTests", dependencies: ["DZTestSupport", "DZCodec", "DZLayouts", "DZProgram", "DZFixtures"]),
        .testTarget(name: "DZGoPortTests", dependencies: ["DZTestSupport", "DZGoPort", "DZPorts", "DZCodec", "DZLayouts", "DZFixtures", "DZJSON"]),
        .testTarget(name: "DZTypeScriptPortTests", dependencies: ["DZTestSupport", "DZTypeScriptPort", "DZPorts", "DZCodec", "DZLayouts", "DZFixtures", "DZJSON"]),
        .testTarget(name: "DZPythonPortTests", dependencies: ["DZTestSupport", "DZPythonPort", "DZPorts", "DZCodec", "DZLayouts", "DZFixtures", "DZJSON"]),
        .testTarget(name: "DZCompatTests", dependencies: ["DZCompat", "DZPorts", "DZGoPort", "DZCodec", "DZLayouts", "DZJSON", "DZFixtures"]),
        .testTarget(name: "DZGateTests", dependencies: ["DZTestSupport", "DZGate", "DZCompat", "DZCodec", "DZLayouts", "DZJSON", "DZPorts"]),
        .testTarget(name: "DZRustSourceTests", dependencies: ["DZRustSource", "DZGate", "DZLayouts", "DZJSON"]),
        .testTarget(name: "DZLintTests", dependencies: ["DZTestSupport", "DZLint", "DZCompat", "DZCodec", "DZLayouts", "DZFixtures", "DZJSON", "DZPorts"]),
        .testTarget(name: "DZReportsTests", dependencies: ["DZReports", "DZCompat", "DZLint", "DZJSON", "DZPorts"]),
        .testTarget(name: "DZFixturesTests", dependencies: ["DZFixtures", "DZCodec", "DZJSON"]),
        .testTarget(name: "DZReleasesTests", dependencies: ["DZTestSupport", "DZReleases", "DZCompat", "DZGate", "DZPorts", "DZPythonPort", "DZLayouts", "DZJSON"]),
        .testTarget(name: "DZFuzzRegressionTests", dependencies: ["DZFuzzTargets"]),
        // The CLI as a subprocess (the executable beside the tests, built by `swift build --build-tests`).
        .testTarget(name: "dzcompatTests", dependencies: ["DZTestSupport", "DZCompat"]),
    ],
    swiftLanguageModes: [.v5]
)
