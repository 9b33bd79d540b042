/// A short passage of an article around a match, with the matched texts' places in it.
public struct SearchSnippet: Sendable, Equatable {
    /// The passage on one line (`…` where it was cut).
    public var text: String
    /// The matched parts of `text`, in order, not overlapping.
    public var matches: [Range<String.Index>]

    /// Creates a snippet.
    public init(text: String, matches: [Range<String.Index>] = []) {
        self.text = text
        self.matches = matches
    }

    /// The passage with each match between `open` and `close`: `«` and `»` unless told otherwise
    /// (what `folio search` prints).
    public func marked(open: String = "«", close: String = "»") -> String {
        var out = ""
        var position = text.startIndex
        for match in matches {
            out += text[position..<match.lowerBound] + open + text[match] + close
            position = match.upperBound
        }
        return out + text[position...]
    }
}
