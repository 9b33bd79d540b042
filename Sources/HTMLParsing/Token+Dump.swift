extension Token {
    /// A one-line readable form for tests and debugging, such as `StartTag a href="x" /`,
    /// `Character "a\nb"` or `DOCTYPE html public="" system=nil quirks`.
    public var dump: String {
        switch self {
        case .doctype(let doctype):
            var line = "DOCTYPE " + Self.quotedOrNil(doctype.name)
            if doctype.publicIdentifier != nil || doctype.systemIdentifier != nil {
                line += " public=" + Self.quotedOrNil(doctype.publicIdentifier)
                line += " system=" + Self.quotedOrNil(doctype.systemIdentifier)
            }
            return doctype.forceQuirks ? line + " quirks" : line
        case .startTag(let tag):
            return "StartTag " + Self.describe(tag)
        case .endTag(let tag):
            return "EndTag " + Self.describe(tag)
        case .comment(let data):
            return "Comment " + Self.quoted(data)
        case .character(let data):
            return "Character " + Self.quoted(data)
        case .endOfFile:
            return "EOF"
        }
    }

    /// The name, attributes and self-closing flag of `tag`.
    private static func describe(_ tag: Tag) -> String {
        var line = tag.name
        for attribute in tag.attributes {
            line += " " + attribute.name + "=" + quoted(attribute.value)
        }
        return tag.selfClosing ? line + " /" : line
    }

    /// `text` quoted, or `nil`.
    private static func quotedOrNil(_ text: String?) -> String {
        text.map(quoted) ?? "nil"
    }

    /// `text` in double quotes with quotes, backslashes, controls and U+FFFD escaped.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{FFFD}":
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
