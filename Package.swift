// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "keukentafel",
    // macOS 15: TerminalNcurses uses Synchronization.Atomic, which is not in macOS 14.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "keukentafel", targets: ["keukentafel"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Sharing: scrypt (in _CryptoExtras) and ChaCha20-Poly1305 for encrypted bundles.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The team server: PostgreSQL through postgres-nio, TLS through swift-nio-ssl.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // Edge: the C library, imported through a shim header (see DESIGN.md).
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Pure: cell canvas, display width, styles, layout, widgets, input model, run loop.
        .target(name: "TerminalUI"),
        // Edge: the real terminal through ncursesw.
        .target(name: "TerminalNcurses", dependencies: ["TerminalUI", "CNcurses"]),
        // Pure: the domain vocabulary shared by every layer.
        .target(name: "KeukentafelDomain"),
        // Pure: the prompt file format, validation and the catalogue.
        .target(name: "PromptLibrary", dependencies: ["KeukentafelDomain"]),
        // Pure: genogram and network-map layout onto the cell canvas.
        .target(name: "Diagrams", dependencies: ["KeukentafelDomain", "TerminalUI"]),
        // Pure: GEDCOM 5.5/7 in and out of the genogram.
        .target(name: "Genealogy", dependencies: ["KeukentafelDomain"]),
        // Edge: SQLite's process-wide settings, which only a C caller can make (see the header).
        .target(name: "CSQLiteSetup", dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // Edge: the durable event store (SQLite through GRDB), search, export and import.
        .target(
            name: "KeukentafelStore",
            dependencies: [
                "KeukentafelDomain", "CSQLiteSetup", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The shipped Prompts/ folder, embedded at build time by the EmbedPrompts plugin, with
        // the catalogue parsed from it (so start-up need not parse it).
        .executableTarget(name: "PromptEmbedder", dependencies: ["PromptLibrary"]),
        .plugin(name: "EmbedPrompts", capability: .buildTool(), dependencies: ["PromptEmbedder"]),
        .target(name: "ShippedPrompts", dependencies: ["PromptLibrary"], plugins: ["EmbedPrompts"]),
        // Pure: the method in figures (one session, a family over time, a caseload), for review and practice.
        .target(name: "MethodAnalysis", dependencies: ["KeukentafelDomain", "PromptLibrary"]),
        // Pure: Keukentafel's screens, localisation and flows.
        .target(
            name: "KeukentafelApp",
            dependencies: ["TerminalUI", "KeukentafelDomain", "PromptLibrary", "Genealogy", "Diagrams", "MethodAnalysis"]),
        // Edge: writing a command's result to a file without harming what is at the path.
        .target(name: "SafeOutput"),
        // Pure: encrypted hand-over bundles (scrypt, ChaCha20-Poly1305) and pseudonymised records.
        .target(
            name: "Sharing",
            dependencies: [
                "KeukentafelDomain", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]),
        // Edge: the team server (PostgreSQL with row-level security) and syncing a store with it.
        .target(
            name: "TeamServer",
            dependencies: [
                "KeukentafelDomain", "KeukentafelStore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        // Edge: argument parsing and wiring.
        .executableTarget(
            name: "keukentafel",
            dependencies: [
                "KeukentafelApp", "KeukentafelDomain", "KeukentafelStore", "Genealogy", "Diagrams", "PromptLibrary", "ShippedPrompts",
                "MethodAnalysis",
                "TerminalUI", "TerminalNcurses", "SafeOutput", "Sharing", "TeamServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Start-up: the program's 140,000 relative relocations, packed (RELR, which only
            // lld of the linkers here writes), take the loader a fraction of the time, and the
            // program stays position-independent, its addresses random. Its own 43,000
            // symbols are not exported (Swift's static linking exports them for nothing we
            // use), which the loader and the runtime's start-up also searched.
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                    .when(platforms: [.linux]))
            ]
        ),
        // Benchmarks (not tests): `swift run -c release keukentafel-bench`.
        .executableTarget(
            name: "keukentafel-bench",
            dependencies: [
                "KeukentafelStore", "KeukentafelDomain", "KeukentafelApp", "Diagrams", "Genealogy",
                "ShippedPrompts", "MethodAnalysis", "PromptLibrary", "TerminalUI", "PtyHarness", "Sharing", "TeamServer",
                "PostgresHarness",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Test helper (not shipped): the writer the crash test kills; built by `swift build --build-tests`.
        .executableTarget(
            name: "store-crash-writer", dependencies: ["KeukentafelStore", "KeukentafelDomain"], path: "Tests/StoreCrashWriter"),
        // Test helpers (not shipped): what Swift's Glibc lacks for pseudo-terminals, then a
        // pseudo-terminal driver and a model of the screen it shows.
        .target(name: "CPty", path: "Tests/CPty"),
        .target(name: "PtyHarness", dependencies: ["CPty"], path: "Tests/PtyHarness"),
        // Test helper (not shipped): a private PostgreSQL in a temporary folder, for the team server's tests and benchmark.
        .target(name: "PostgresHarness", path: "Tests/PostgresHarness"),
        // The random-key fuzzer and the SIGKILL loop over the real binary: `swift run keukentafel-fuzz --help`.
        .executableTarget(
            name: "keukentafel-fuzz",
            dependencies: [
                "PtyHarness", "KeukentafelStore", "KeukentafelDomain", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Tests/KeukentafelFuzz"),
        .target(
            name: "TestSupport",
            dependencies: ["TerminalUI", "KeukentafelDomain", "KeukentafelApp", "PromptLibrary", "ShippedPrompts", "Genealogy"],
            path: "Tests/TestSupport"),
        .testTarget(name: "KeukentafelDomainTests", dependencies: ["KeukentafelDomain"]),
        .testTarget(name: "MethodAnalysisTests", dependencies: ["MethodAnalysis", "KeukentafelDomain", "PromptLibrary", "ShippedPrompts"]),
        .testTarget(name: "GenealogyTests", dependencies: ["Genealogy", "KeukentafelDomain", "TestSupport"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "Genealogy", "KeukentafelDomain", "TerminalUI", "TestSupport"]),
        .testTarget(
            name: "KeukentafelStoreTests",
            dependencies: ["KeukentafelStore", "KeukentafelDomain", .product(name: "GRDB", package: "GRDB.swift")], exclude: ["Fixtures"]),
        .testTarget(
            name: "PromptLibraryTests", dependencies: ["PromptLibrary", "KeukentafelDomain", "ShippedPrompts", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport", "KeukentafelDomain"]),
        .testTarget(
            name: "KeukentafelAppTests",
            dependencies: [
                "KeukentafelApp", "KeukentafelDomain", "MethodAnalysis", "PromptLibrary", "TerminalUI", "TestSupport", "Diagrams",
            ]),
        .testTarget(name: "SafeOutputTests", dependencies: ["SafeOutput"]),
        .testTarget(name: "CommandLineTests", dependencies: ["keukentafel", "KeukentafelDomain", "KeukentafelApp", "TerminalUI"]),
        .testTarget(name: "SharingTests", dependencies: ["Sharing", "KeukentafelDomain", "KeukentafelStore", "KeukentafelApp"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["TestSupport", "PtyHarness", "PostgresHarness", "KeukentafelStore", "KeukentafelDomain"]),
        .testTarget(
            name: "TeamServerTests", dependencies: ["TeamServer", "PostgresHarness", "KeukentafelStore", "KeukentafelDomain"]),
    ],
    swiftLanguageModes: [.v6]
)
