import Foundation

extension UserState {
    /// Marks `key` read or unread.
    @discardableResult
    public mutating func setRead(_ key: String, _ value: Bool = true, date: Date = Date()) -> UserStateChange
    {
        apply(.read(key, value, date: date))
    }

    /// Flips the read mark of `key`.
    @discardableResult
    public mutating func toggleRead(_ key: String, date: Date = Date()) -> UserStateChange {
        apply(.read(key, !isRead(key), date: date))
    }

    /// Stars or unstars `key`.
    @discardableResult
    public mutating func setStarred(_ key: String, _ value: Bool = true, date: Date = Date())
        -> UserStateChange
    {
        apply(.starred(key, value, date: date))
    }

    /// Flips the star of `key`.
    @discardableResult
    public mutating func toggleStarred(_ key: String, date: Date = Date()) -> UserStateChange {
        apply(.starred(key, !isStarred(key), date: date))
    }

    /// Records where the reader stopped in `key`; nil or a position at the top clears it.
    @discardableResult
    public mutating func setPosition(_ key: String, _ position: ReadingPosition?, date: Date = Date())
        -> UserStateChange
    {
        apply(.position(key, position, date: date))
    }

    /// Applies `change` and returns it. A record left with all-default fields is removed; a
    /// change that sets what is already there leaves the record (and its `updated`) alone.
    @discardableResult
    public mutating func apply(_ change: UserStateChange) -> UserStateChange {
        _ = applyReportingChange(change)
        return change
    }

    /// Applies `changes` in order.
    public mutating func apply(_ changes: [UserStateChange]) {
        _ = applyReportingChanges(changes)
    }

    /// Applies `changes` in order; returns whether any record changed.
    mutating func applyReportingChanges(_ changes: [UserStateChange]) -> Bool {
        var changed = false
        for change in changes where applyReportingChange(change) { changed = true }
        return changed
    }

    /// Applies `change`; returns whether its record changed.
    private mutating func applyReportingChange(_ change: UserStateChange) -> Bool {
        let stamp = Date(timeIntervalSince1970: change.date.timeIntervalSince1970.rounded(.down))
        let old = records[change.key]
        var record = old ?? ArticleState(updated: stamp)
        switch change.field {
        case .read(let value): record.read = value
        case .starred(let value): record.starred = value
        case .position(let value): record.position = value.flatMap { $0.isAtTop ? nil : $0 }
        case .forget: record = ArticleState(updated: stamp)
        }
        if record.isDefault {
            guard old != nil else { return false }
            records[change.key] = nil
            return true
        }
        guard record != old else { return false }
        record.updated = stamp
        records[change.key] = record
        return true
    }
}
