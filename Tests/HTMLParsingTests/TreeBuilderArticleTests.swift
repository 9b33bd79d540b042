import Foundation
import XCTest

@testable import HTMLParsing

/// Real articles from `../shared/corpus` (or `$FOLIO_CORPUS_DIR`): the seed's cnBeta body in
/// detail, and every other corpus file parsed without a crash.
final class TreeBuilderArticleTests: XCTestCase {
    func testSeedArticleBody() throws {
        let corpus = try Self.corpusDirectory()
        let text = try String(
            contentsOf: corpus.appendingPathComponent("seed/000_5543bc4e5507afc4.txt"), encoding: .utf8)
        let document = HTMLDocument.parse(Self.bodyAfterFrontMatter(text))
        guard let body = document.body else { return XCTFail("no body") }

        let blocks = document.children(of: body).filter { document.name(of: $0) != nil }
        XCTAssertEqual(blocks.map { document.name(of: $0) }, ["div"])
        let paragraphs = document.children(of: blocks[0]).filter { document.name(of: $0) == "p" }
        XCTAssertEqual(paragraphs.count, 22)

        var links: [String] = []
        var images = 0
        var strong: [String] = []
        document.walk(from: body) { event in
            guard case .enter(let id) = event else { return .proceed }
            switch document.name(of: id) {
            case "a": links.append(document.attribute("href", of: id) ?? "")
            case "img": images += 1
            case "strong": strong.append(document.textContent(of: id))
            default: break
            }
            return .proceed
        }
        XCTAssertEqual(links.count, 5)
        XCTAssertEqual(links.first, "https://static.cnbetacdn.com/article/2022/0222/c0127052f632e7f.png")
        XCTAssertEqual(
            links[3],
            "https://c.duomai.com/track.php?site_id=242986&aid=450&euid=&t=http%3A%2F%2Fwww.mi.com%2F",
            "&aid is not a character reference")
        XCTAssertEqual(images, 3)
        XCTAssertEqual(strong, ["App 被曝已在多个应用市场下架", "从来往到Real如我，阿里社交APP接连衰落"])

        let content = document.textContent(of: body)
        XCTAssertTrue(content.contains("阿里近期发布了阿里旺旺群聊服务下线通知"))
        XCTAssertTrue(content.contains("经测试，阿里旺旺 App 已在苹果 App Store、华为应用市场、小米应用商店等"))
        XCTAssertTrue(content.hasSuffix("但都没有引起太大的市场反响。   \n\n            "))
        XCTAssertFalse(content.contains("<"), "no markup leaks into text")

        let dump = document.dump().split(separator: "\n").prefix(5).joined(separator: "\n")
        XCTAssertEqual(
            dump,
            """
            | <html>
            |   <head>
            |   <body>
            |     <div>
            |       "   
            """)
    }

    func testEveryCorpusFileParses() throws {
        let corpus = try Self.corpusDirectory()
        var files = 0
        for folder in ["seed", "rsshub", "blogs"] {
            let directory = corpus.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() {
                let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
                let document = HTMLDocument.parse(bytes: bytes)
                XCTAssertNotNil(document.body, name)
                files += 1
            }
        }
        XCTAssertGreaterThan(files, 400)
    }

    /// The HTML after the YAML front matter's closing `---` line.
    private static func bodyAfterFrontMatter(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.isEmpty }
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return text }
        return lines[(end + 1)...].joined(separator: "\n")
    }

    /// `$FOLIO_CORPUS_DIR`, or `../shared/corpus` from the repository root.
    private static func corpusDirectory() throws -> URL {
        let directory: URL
        if let override = ProcessInfo.processInfo.environment["FOLIO_CORPUS_DIR"] {
            directory = URL(fileURLWithPath: override)
        } else {
            directory = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("shared/corpus")
        }
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("seed").path) else {
            print("article corpus not found at \(directory.path): skipping")
            throw XCTSkip("article corpus not found at \(directory.path)")
        }
        return directory
    }
}
