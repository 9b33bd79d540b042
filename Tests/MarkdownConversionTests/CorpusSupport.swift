import Foundation
import XCTest

/// Locates the shared corpus (`../shared/corpus` beside the repository, or `FOLIO_CORPUS_ROOT`)
/// and lists its Markdown files.
enum CorpusSupport {
    /// The corpus folder, or an `XCTSkip` (after a visible message) when it is absent.
    static func corpusRoot(for test: String) throws -> URL {
        if let override = ProcessInfo.processInfo.environment["FOLIO_CORPUS_ROOT"] {
            return URL(fileURLWithPath: override)
        }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            print("\(test): SKIPPED, \(folder.path) not found (set FOLIO_CORPUS_ROOT)")
            throw XCTSkip("shared corpus not found at \(folder.path)")
        }
        return folder
    }

    /// Every `.md` and `.markdown` file under `root` (hidden names included), sorted by path.
    static func markdownFiles(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return []
        }
        var files: [URL] = []
        for case let url as URL in walker where ["md", "markdown"].contains(url.pathExtension.lowercased()) {
            if url.lastPathComponent != "README.md" || url.deletingLastPathComponent() != root {
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The body of a corpus file: the text after a leading `---`/`+++` front matter block, if any.
    static func body(of text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        for fence in ["---", "+++"] where normalized.hasPrefix(fence + "\n") {
            let rest = normalized.dropFirst(fence.count + 1)
            if let end = rest.range(of: "\n" + fence + "\n") {
                return String(rest[end.upperBound...])
            }
        }
        return normalized
    }
}
