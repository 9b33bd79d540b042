/// Spots YAML anchors (`&name`) and aliases (`*name`) without parsing.
enum YAMLAliasScreen {
    /// Whether `text` has an anchor and an alias, each after a space, a line start or one of
    /// `[{,:-?` (where YAML allows a node property). Text in quotes may give a false positive,
    /// which only sends the front matter to the line-by-line reader.
    static func definesAnchorsAndUsesAliases(_ text: Substring) -> Bool {
        var anchor = false
        var alias = false
        var previous: UInt8 = 0x0A
        var iterator = text.utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            if byte == 0x26 || byte == 0x2A, startsNode(previous), let following = next, isNameByte(following)
            {
                if byte == 0x26 { anchor = true } else { alias = true }
                if anchor && alias { return true }
            }
            previous = byte
            current = next
        }
        return false
    }

    private static func startsNode(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x5B, 0x7B, 0x2C, 0x3A, 0x2D, 0x3F: return true
        default: return false
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2C || byte == 0x5B
            || byte == 0x5D || byte == 0x7B || byte == 0x7D)
    }
}
