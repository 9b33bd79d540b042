import Foundation

extension UserStateCodec {
    /// The state `bytes` hold; throws `Invalid` for anything but a version-1 state file.
    static func decode(_ bytes: [UInt8]) throws -> UserState {
        guard !bytes.isEmpty else { throw Invalid(description: "the file is empty") }
        do {
            return try decodeVersion1(bytes)
        } catch let failure as JSONScanner.Failure {
            if let found = try? versionOnly(bytes), found != version {
                throw Invalid(
                    description: "unsupported version \(found); this Folio reads version \(version)")
            }
            throw Invalid(description: "not a valid state file: \(failure)")
        }
    }

    private static func decodeVersion1(_ bytes: [UInt8]) throws -> UserState {
        var scanner = JSONScanner(bytes)
        var records: [String: ArticleState]?
        var found: Int?
        try scanner.object { scanner, key in
            switch key {
            case "version": found = try scanner.integer()
            case "articles": records = try articles(&scanner)
            default: try scanner.skipValue()
            }
        }
        try scanner.expectEnd()
        guard let found else { throw Invalid(description: "no \"version\" key") }
        guard found == version else {
            throw Invalid(description: "unsupported version \(found); this Folio reads version \(version)")
        }
        guard let records else { throw Invalid(description: "no \"articles\" key") }
        return UserState(checkedRecords: records)
    }

    private static func articles(_ scanner: inout JSONScanner) throws -> [String: ArticleState] {
        var records: [String: ArticleState] = [:]
        // A written record takes 80 bytes or more; reserving avoids rehashing as it grows.
        records.reserveCapacity(min(scanner.bytes.count / 80, 1 << 22))
        try scanner.object { scanner, key in
            let value = try record(&scanner)
            records[key] = value.isDefault ? nil : value
        }
        return records
    }

    private static func record(_ scanner: inout JSONScanner) throws -> ArticleState {
        var read = false
        var starred = false
        var position: ReadingPosition?
        var updated: Date?
        try scanner.object { scanner, key in
            switch key {
            case "read": read = try scanner.bool()
            case "starred": starred = try scanner.bool()
            case "position":
                let value = scanner.null() ? nil : try readingPosition(&scanner)
                position = value.flatMap { $0.isAtTop ? nil : $0 }
            case "updated":
                let text = try scanner.string()
                guard let date = TimestampFormat.parse(text) else {
                    throw scanner.failure("\"updated\" is not an ISO 8601 date")
                }
                updated = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
            default: try scanner.skipValue()
            }
        }
        guard let updated else { throw scanner.failure("an article has no \"updated\" date") }
        return ArticleState(read: read, starred: starred, position: position, updated: updated)
    }

    private static func readingPosition(_ scanner: inout JSONScanner) throws -> ReadingPosition {
        var line: Int?
        var width: Int?
        var fraction: Double?
        try scanner.object { scanner, key in
            switch key {
            case "line": line = try scanner.integer()
            case "width": width = try scanner.integer()
            case "fraction": fraction = try scanner.number()
            default: try scanner.skipValue()
            }
        }
        guard let line, let width, let fraction else {
            throw scanner.failure("a position needs \"line\", \"width\" and \"fraction\"")
        }
        return ReadingPosition(line: line, width: width, fraction: fraction)
    }

    /// The top-level `version`, read by skipping everything else.
    private static func versionOnly(_ bytes: [UInt8]) throws -> Int? {
        var scanner = JSONScanner(bytes)
        var found: Int?
        try scanner.object { scanner, key in
            if key == "version" { found = try scanner.integer() } else { try scanner.skipValue() }
        }
        return found
    }
}
