import XCTest

@testable import HTMLParsing

/// An array-backed token source for testing the tree builder without the real tokenizer.
/// It records the state switches the builder asks for.
struct FakeTokenSource: TokenSource {
    /// A shared log, so tests can read what the builder asked after the source was consumed.
    final class Log {
        var switches: [TokenizerState] = []
        var cdataFlags: [Bool] = []
    }

    let tokens: [Token]
    var position = 0
    let log: Log
    var allowsCDATA = false {
        didSet { log.cdataFlags.append(allowsCDATA) }
    }

    init(_ tokens: [Token], log: Log = Log()) {
        self.tokens = tokens
        self.log = log
    }

    mutating func next() -> Token {
        guard position < tokens.count else { return .endOfFile }
        position += 1
        return tokens[position - 1]
    }

    mutating func switchState(to state: TokenizerState) {
        log.switches.append(state)
    }
}

/// A deliberately small markup lexer that turns test HTML into tokens for `FakeTokenSource`:
/// tags with quoted or bare attributes, comments, doctypes, text, and the raw-text elements.
/// No character references; CR LF becomes LF.
enum FakeMarkup {
    static let rawText: Set<String> = [
        "title", "textarea", "style", "script", "xmp", "iframe", "noembed", "noframes",
    ]

    static func tokens(_ html: String) -> [Token] {
        var input = Substring(html.replacingOccurrences(of: "\r\n", with: "\n"))
        var tokens: [Token] = []
        while !input.isEmpty {
            if input.hasPrefix("<!--") {
                let end = input.range(of: "-->")
                tokens.append(
                    .comment(
                        String(
                            input[
                                input.index(
                                    input.startIndex, offsetBy: 4)..<(end?.lowerBound ?? input.endIndex)])))
                input = end.map { input[$0.upperBound...] } ?? ""
            } else if input.hasPrefix("<!") {
                let end = input.firstIndex(of: ">") ?? input.endIndex
                let words = input[input.index(input.startIndex, offsetBy: 2)..<end].split(separator: " ")
                tokens.append(.doctype(Doctype(name: words.count > 1 ? words[1].lowercased() : nil)))
                input = end < input.endIndex ? input[input.index(after: end)...] : ""
            } else if input.hasPrefix("</") {
                let end = input.firstIndex(of: ">") ?? input.endIndex
                let name = input[input.index(input.startIndex, offsetBy: 2)..<end].lowercased()
                tokens.append(.endTag(Tag(name: name)))
                input = end < input.endIndex ? input[input.index(after: end)...] : ""
            } else if input.hasPrefix("<"), let next = input.dropFirst().first, next.isLetter {
                let tag = startTag(&input)
                tokens.append(.startTag(tag))
                if tag.name == "plaintext" {
                    tokens.append(.character(String(input)))
                    input = ""
                } else if rawText.contains(tag.name) {
                    let end = input.range(of: "</" + tag.name, options: .caseInsensitive)
                    let text = input[..<(end?.lowerBound ?? input.endIndex)]
                    if !text.isEmpty { tokens.append(.character(String(text))) }
                    input = end.map { input[$0.lowerBound...] } ?? ""
                }
            } else {
                let end = input.dropFirst().firstIndex(of: "<") ?? input.endIndex
                tokens.append(.character(String(input[..<end])))
                input = input[end...]
            }
        }
        return tokens
    }

    private static func startTag(_ input: inout Substring) -> Tag {
        input = input.dropFirst()
        let name = input.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        input = input.dropFirst(name.count)
        var tag = Tag(name: name.lowercased())
        while let first = input.first {
            if first == ">" {
                input = input.dropFirst()
                break
            }
            if first.isWhitespace {
                input = input.dropFirst()
            } else if first == "/" {
                tag.selfClosing = true
                input = input.dropFirst()
            } else {
                let attribute = input.prefix { !$0.isWhitespace && $0 != ">" && $0 != "=" && $0 != "/" }
                input = input.dropFirst(attribute.count)
                var value = ""
                if input.first == "=" {
                    input = input.dropFirst()
                    if let quote = input.first, quote == "\"" || quote == "'" {
                        input = input.dropFirst()
                        value = String(input.prefix { $0 != quote })
                        input = input.dropFirst(value.count + 1)
                    } else {
                        value = String(input.prefix { !$0.isWhitespace && $0 != ">" })
                        input = input.dropFirst(value.count)
                    }
                }
                if tag.attribute(attribute.lowercased()) == nil {
                    tag.attributes.append(Attribute(name: attribute.lowercased(), value: value))
                }
            }
        }
        return tag
    }

    /// Parses `html` through the fake lexer and the tree builder.
    static func parse(_ html: String, log: FakeTokenSource.Log = FakeTokenSource.Log()) -> HTMLDocument {
        HTMLDocument.parse(tokens: FakeTokenSource(tokens(html), log: log))
    }
}
