import Foundation

/// One edit to the user's state, kept as a value so a store can replay it onto whatever
/// another Folio process saved meanwhile (see `UserStateStore.apply(_:)`).
///
/// A change carries the value it sets, never "toggle": replaying it twice, or onto a state
/// that another window changed, gives the same answer.
public struct UserStateChange: Sendable, Equatable {
    /// Which field the change sets, and to what.
    public enum Field: Sendable, Equatable {
        /// Sets the read mark.
        case read(Bool)
        /// Sets the star.
        case starred(Bool)
        /// Sets where the reader stopped; nil (or a position at the top) clears it.
        case position(ReadingPosition?)
        /// Drops the whole record.
        case forget
    }

    /// The article's key (`ArticleKey.canonical`).
    public var key: String
    /// What is set.
    public var field: Field
    /// When the user made the change; stored to the whole second as the record's `updated`.
    public var date: Date

    /// Creates a change.
    public init(key: String, field: Field, date: Date = Date()) {
        self.key = key
        self.field = field
        self.date = date
    }

    /// Sets the read mark of `key`.
    public static func read(_ key: String, _ value: Bool, date: Date = Date()) -> UserStateChange {
        UserStateChange(key: key, field: .read(value), date: date)
    }

    /// Sets the star of `key`.
    public static func starred(_ key: String, _ value: Bool, date: Date = Date()) -> UserStateChange {
        UserStateChange(key: key, field: .starred(value), date: date)
    }

    /// Sets or clears the reading position of `key`.
    public static func position(_ key: String, _ value: ReadingPosition?, date: Date = Date())
        -> UserStateChange
    {
        UserStateChange(key: key, field: .position(value), date: date)
    }

    /// Drops every mark of `key`.
    public static func forget(_ key: String, date: Date = Date()) -> UserStateChange {
        UserStateChange(key: key, field: .forget, date: date)
    }
}
