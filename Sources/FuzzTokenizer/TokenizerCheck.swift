import FuzzSupport
import HTMLParsing

/// Tokenizes the input from a start state chosen by its first byte and checks every token.
///
/// Invariants: the tokenizer reaches `.endOfFile` after at most one token per input byte (plus
/// the end itself) and stays there; U+000D comes only from character references such as
/// `&#13;` (preprocessing turns every raw CR into LF), so there are no more of them than `&#`;
/// tag names are non-empty and lowercase; attribute names are unique and lowercase; U+0000
/// appears only in character tokens of the data and CDATA section states (every other state
/// replaces it with U+FFFD; an end tag returns a text state to the data state); character tokens are never empty.
enum TokenizerCheck {
    /// The "last start tag" names a tokenizer can start with, so end tags in text states match.
    static let lastStartTags: [String?] = [nil, "title", "textarea", "style", "script", "xmp", "plaintext"]

    /// Runs the check over one input.
    static func run(_ input: [UInt8]) {
        let selector = Int(input.first ?? 0)
        let states = TokenizerState.allCases
        let state = states[selector % states.count]
        let lastStartTag = lastStartTags[(selector / states.count) % lastStartTags.count]
        let bytes = input.dropFirst()
        var tokenizer = Tokenizer(bytes: bytes, initialState: state, lastStartTag: lastStartTag)
        var allowsNUL = state == .data || state == .cdataSection
        let references = Invariant.numericReferenceCount(bytes)
        var carriageReturns = 0
        var count = 0
        while true {
            let token = tokenizer.next()
            count += 1
            Invariant.require(
                count <= bytes.count + 1, "more than \(bytes.count + 1) tokens from \(bytes.count) bytes")
            if token == .endOfFile { break }
            check(token, allowsNUL: allowsNUL)
            // An appropriate end tag leaves a text state for the data state, where U+0000 stays.
            if case .endTag = token { allowsNUL = true }
            carriageReturns += carriageReturnCount(token)
            Invariant.require(
                carriageReturns <= references,
                "\(carriageReturns) U+000D from \(references) numeric references")
        }
        Invariant.require(tokenizer.next() == .endOfFile, "a token after .endOfFile")
    }

    /// Checks one token other than the end of file.
    static func check(_ token: Token, allowsNUL: Bool) {
        switch token {
        case .character(let text):
            Invariant.require(!text.isEmpty, "empty character token")
            Invariant.require(
                allowsNUL || !text.unicodeScalars.contains("\0"),
                "U+0000 in a character token of a state that replaces it")
        case .startTag(let tag), .endTag(let tag):
            check(tag)
        case .comment(let data):
            requireClean(data, "comment")
        case .doctype(let doctype):
            for field in [doctype.name, doctype.publicIdentifier, doctype.systemIdentifier] {
                requireClean(field ?? "", "DOCTYPE field")
            }
        case .endOfFile:
            break
        }
    }

    /// Checks a tag's name and attributes.
    static func check(_ tag: Tag) {
        Invariant.require(!tag.name.isEmpty, "empty tag name")
        requireClean(tag.name, "tag name")
        Invariant.require(!tag.name.utf8.contains(where: isUppercase), "uppercase tag name '\(tag.name)'")
        var names: Set<String> = []
        for attribute in tag.attributes {
            Invariant.require(!attribute.name.isEmpty, "empty attribute name")
            Invariant.require(
                names.insert(attribute.name).inserted, "duplicate attribute '\(attribute.name)'")
            Invariant.require(
                !attribute.name.utf8.contains(where: isUppercase), "uppercase attribute '\(attribute.name)'")
            requireClean(attribute.name, "attribute name")
            requireClean(attribute.value, "attribute value")
        }
    }

    /// Requires `text` to hold no U+0000.
    static func requireClean(_ text: String, _ what: String) {
        Invariant.require(
            !text.unicodeScalars.contains("\0"), "U+0000 in a \(what): \(Invariant.codes(text))")
    }

    /// The number of U+000D scalars in a token's strings.
    static func carriageReturnCount(_ token: Token) -> Int {
        let strings: [String]
        switch token {
        case .character(let text), .comment(let text): strings = [text]
        case .startTag(let tag), .endTag(let tag):
            strings = [tag.name] + tag.attributes.flatMap { [$0.name, $0.value] }
        case .doctype(let doctype):
            strings = [doctype.name, doctype.publicIdentifier, doctype.systemIdentifier].compactMap { $0 }
        case .endOfFile: strings = []
        }
        return strings.reduce(0) { $0 + Invariant.count(of: "\r", in: $1) }
    }

    /// Whether an ASCII byte is an uppercase letter.
    static func isUppercase(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte)
    }
}
