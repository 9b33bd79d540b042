import Foundation

/// The state file's JSON form, version 1:
///
/// ```
/// {
///   "articles": {
///     "/home/u/news/a.md": {"position": {"fraction": 0.25, "line": 120, "width": 80}, "read": true, "updated": "2026-11-25T20:31:16Z"},
///     "/home/u/news/b.md": {"starred": true, "updated": "2026-11-25T20:32:02Z"}
///   },
///   "version": 1
/// }
/// ```
///
/// Keys are sorted at every level (articles in Swift's string order: Unicode scalar order, which is byte
/// order for ASCII) and each article
/// takes one line, so the file diffs well. `read` and `starred` are written only when true and
/// `position` only when set; an article with none of them is not written. Dates are ISO 8601
/// in UTC to the second. Readers ignore keys they do not know.
enum UserStateCodec {
    /// The format version written, and the only one read.
    static let version = 1

    /// Why bytes are not a state file this version reads.
    struct Invalid: Error, CustomStringConvertible {
        /// What is wrong, in plain words.
        var description: String
    }

    /// `state` as the file's bytes.
    static func encode(_ state: UserState) -> [UInt8] {
        var out = JSONOutput(capacity: 64 + state.count * 160)
        out.raw("{\n  \"articles\": {")
        let keys = state.records.keys.sorted()
        for (n, key) in keys.enumerated() {
            guard let record = state.records[key] else { continue }
            out.raw(n == 0 ? "\n    " : ",\n    ")
            out.string(key)
            out.raw(": {")
            if let position = record.position {
                out.raw("\"position\": {\"fraction\": ")
                out.number(position.fraction)
                out.raw(", \"line\": ")
                out.integer(position.line)
                out.raw(", \"width\": ")
                out.integer(position.width)
                out.raw("}, ")
            }
            if record.read { out.raw("\"read\": true, ") }
            if record.starred { out.raw("\"starred\": true, ") }
            out.raw("\"updated\": \"")
            TimestampFormat.append(record.updated, to: &out)
            out.raw("\"}")
        }
        out.raw(keys.isEmpty ? "},\n  \"version\": " : "\n  },\n  \"version\": ")
        out.integer(version)
        out.raw("\n}\n")
        return out.bytes
    }
}
