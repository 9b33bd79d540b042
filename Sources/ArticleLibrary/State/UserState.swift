import Foundation

/// The user's marks on articles (read, starred, reading position), keyed by `ArticleKey`.
///
/// A record whose fields are all defaults is dropped at once, so the state (and its file) holds
/// only articles the user did something to. Every mutation returns the `UserStateChange` it
/// made, for a `UserStateStore` to save.
public struct UserState: Sendable, Equatable {
    /// The records, by article key; none has all-default fields.
    public internal(set) var records: [String: ArticleState]

    /// An empty state.
    public init() {
        records = [:]
    }

    /// A state holding `records`; records with all-default fields are left out and `updated`
    /// dates are rounded down to the second, as the file keeps them.
    public init(records: [String: ArticleState]) {
        self.records = records.compactMapValues { record in
            guard !record.isDefault else { return nil }
            var kept = record
            kept.updated = Date(timeIntervalSince1970: record.updated.timeIntervalSince1970.rounded(.down))
            return kept
        }
    }

    /// A state holding `records` as they are: the caller guarantees none is all defaults.
    init(checkedRecords records: [String: ArticleState]) {
        self.records = records
    }

    /// The record for `key`, if the user did anything to that article.
    public subscript(key: String) -> ArticleState? { records[key] }

    /// How many articles have a record.
    public var count: Int { records.count }

    /// Whether `key` is marked read.
    public func isRead(_ key: String) -> Bool { records[key]?.read ?? false }

    /// Whether `key` is starred.
    public func isStarred(_ key: String) -> Bool { records[key]?.starred ?? false }

    /// Where the reader stopped in `key`, or nil for the top.
    public func position(for key: String) -> ReadingPosition? { records[key]?.position }
}
