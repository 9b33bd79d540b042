// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "folio", targets: ["folio"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The only C shim: ncursesw with wide characters. Imported by CursesTerminal alone.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // cmark-gfm, the CommonMark/GFM reference implementation, for Markdown bodies.
        .systemLibrary(name: "CCmarkGFM", path: "Sources/CCmarkGFM"),
        .target(name: "MarkdownConversion", dependencies: ["CCmarkGFM"]),
        // SQLite's C API, for the library index (FTS5 with the trigram tokenizer).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // Pure core modules (no curses, no terminal).
        .target(name: "HTMLParsing"),
        .target(name: "TextLayout", dependencies: ["HTMLParsing"]),
        .target(
            name: "ArticleLibrary",
            dependencies: [.product(name: "Yams", package: "Yams"), "CSQLite"]
        ),
        .target(
            name: "ReaderCore",
            dependencies: ["HTMLParsing", "TextLayout", "ArticleLibrary", "MarkdownConversion"]),
        .target(name: "CursesTerminal", dependencies: ["ReaderCore", "CNcursesw"]),
        .executableTarget(
            name: "folio",
            dependencies: [
                "ReaderCore", "ArticleLibrary", "TextLayout", "HTMLParsing", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: a command that prints figures beside reference tools measured in the same run.
        .executableTarget(
            name: "folio-bench",
            dependencies: ["HTMLParsing", "TextLayout", "ArticleLibrary", "ReaderCore"],
            path: "Sources/FolioBench"
        ),
        // libFuzzer targets (scripts/fuzz); a normal build runs their invariants over files given.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzTokenizer", dependencies: ["FuzzSupport", "HTMLParsing"]),
        .executableTarget(name: "FuzzTreeBuilder", dependencies: ["FuzzSupport", "HTMLParsing"]),
        .executableTarget(name: "FuzzLayout", dependencies: ["FuzzSupport", "TextLayout", "HTMLParsing"]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport", "ArticleLibrary"]),
        .executableTarget(name: "FuzzTheme", dependencies: ["FuzzSupport", "ReaderCore"]),
        .testTarget(name: "HTMLParsingTests", dependencies: ["HTMLParsing"]),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
        .testTarget(name: "ArticleLibraryTests", dependencies: ["ArticleLibrary"]),
        .testTarget(
            name: "ReaderCoreTests",
            dependencies: ["ReaderCore", "ArticleLibrary", "TextLayout", "HTMLParsing"],
            exclude: ["Goldens"]
        ),
        .testTarget(name: "MarkdownConversionTests", dependencies: ["MarkdownConversion"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "ReaderCore"]),
        .testTarget(name: "FolioCLITests", dependencies: ["folio", "ArticleLibrary"]),
    ]
)
