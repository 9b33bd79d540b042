import Foundation

/// One test of an html5lib tree-construction `.dat` file.
struct TreeConstructionCase {
    /// The file name and 1-based position in it, for messages.
    let label: String
    /// The input.
    let data: String
    /// The `#document-fragment` context (`td`, `svg path`, `math mi`), if any.
    let fragmentContext: String?
    /// Whether the test requires scripting (`#script-on`).
    let scriptingOn: Bool
    /// The `#document` lines as written (with `| ` prefixes and continuation lines).
    let documentLines: [String]

    /// Reads every test of a `.dat` file given as raw bytes (the `-unsafe` files hold NULs).
    static func cases(in bytes: [UInt8], file: String) -> [TreeConstructionCase] {
        let lines = String(decoding: bytes, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        var result: [TreeConstructionCase] = []
        var sections: [String: [Substring]] = [:]
        var current: String?
        func flush() {
            guard sections["#data"] != nil else { return }
            var document = sections["#document"] ?? []
            if document.last == "" { document.removeLast() }
            result.append(
                TreeConstructionCase(
                    label: "\(file) #\(result.count + 1)",
                    data: (sections["#data"] ?? []).joined(separator: "\n"),
                    fragmentContext: sections["#document-fragment"]?.first.map(String.init),
                    scriptingOn: sections["#script-on"] != nil,
                    documentLines: document.map(String.init)))
        }
        for line in lines {
            if line.hasPrefix("#"), Self.headers.contains(String(line)) {
                if line == "#data" {
                    flush()
                    sections = [:]
                }
                current = String(line)
                sections[String(line), default: []] += []
            } else if let current {
                sections[current, default: []].append(line)
            }
        }
        flush()
        return result
    }

    private static let headers: Set<String> = [
        "#data", "#errors", "#new-errors", "#document-fragment", "#script-off", "#script-on", "#document",
    ]
}

/// A tree in html5lib dump form, reduced to what Folio keeps: no comments, no doctype, no
/// template contents, and adjacent text merged.
struct Html5libTree {
    /// One `| ` entry: its depth and its text without prefix and indentation.
    struct Entry: Equatable {
        var depth: Int
        var content: String

        var isText: Bool { content.hasPrefix("\"") }
    }

    var entries: [Entry] = []

    /// Parses dump lines (continuation lines belong to the entry before them) and reduces them.
    init(lines: [String]) {
        var raw: [Entry] = []
        for line in lines {
            if line.hasPrefix("| ") {
                let body = line.dropFirst(2)
                let spaces = body.prefix { $0 == " " }.count
                raw.append(Entry(depth: spaces / 2, content: String(body.dropFirst(spaces))))
            } else if !raw.isEmpty {
                raw[raw.count - 1].content += "\n" + line
            }
        }
        var skipDeeperThan: Int?
        for entry in raw {
            if let limit = skipDeeperThan {
                if entry.depth > limit { continue }
                skipDeeperThan = nil
            }
            if entry.content.hasPrefix("<!--") || entry.content.hasPrefix("<!DOCTYPE") { continue }
            if entry.content == "content" {
                skipDeeperThan = entry.depth
                continue
            }
            if entry.isText, let last = entries.last, last.isText, last.depth == entry.depth {
                entries[entries.count - 1].content =
                    String(last.content.dropLast()) + entry.content.dropFirst()
                continue
            }
            entries.append(entry)
        }
    }

    /// The text nodes' strings in document order.
    var texts: [String] {
        entries.filter(\.isText).map { String($0.content.dropFirst().dropLast()) }
    }

    /// The reduced tree as dump text.
    var dump: String {
        entries.map { "| " + String(repeating: "  ", count: $0.depth) + $0.content }.joined(separator: "\n")
    }
}
