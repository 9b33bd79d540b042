import Foundation

extension FolderWatcher {
    /// One `inotify_event`: the watch, what happened, and the name in a watched folder (empty
    /// for an event on the watched folder or file itself).
    struct Record {
        var watch: Int32
        var mask: UInt32
        var name: String

        /// Whether any of `bits` is set.
        func has(_ bits: Int32) -> Bool { mask & UInt32(bits) != 0 }

        /// The records in `bytes` as `read` returned them: a header, then `len` bytes of name
        /// padded with NULs; a record cut short (never, from the kernel) ends the list.
        static func records(in bytes: UnsafeRawBufferPointer) -> [Record] {
            let header = MemoryLayout<inotify_event>.size
            var records: [Record] = []
            var offset = 0
            while offset + header <= bytes.count {
                let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                let end = offset + header + Int(event.len)
                guard end <= bytes.count else { break }
                let name = bytes[(offset + header)..<end]
                let length = name.firstIndex(of: 0).map { $0 - name.startIndex } ?? name.count
                records.append(
                    Record(
                        watch: event.wd, mask: event.mask,
                        name: String(decoding: name.prefix(length), as: UTF8.self)))
                offset = end
            }
            return records
        }
    }
}

extension FolderWatcher.Table {
    private static let articleEvents =
        IN_CREATE | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
    private static let arrivals = IN_CREATE | IN_MOVED_TO
    private static let departures = IN_DELETE | IN_MOVED_FROM

    /// The events queued now, or nil when there are none left (`EAGAIN`) or reading failed.
    mutating func readRecords() -> [FolderWatcher.Record]? {
        let descriptor = descriptor
        return buffer.withUnsafeMutableBytes { bytes -> [FolderWatcher.Record]? in
            while true {
                let count = read(descriptor, bytes.baseAddress, bytes.count)
                if count > 0 {
                    return FolderWatcher.Record.records(in: UnsafeRawBufferPointer(rebasing: bytes[..<count]))
                }
                if count < 0, errno == EINTR { continue }
                return nil
            }
        }
    }

    /// Brings the watches up to date with one event; true when it can change the library.
    mutating func handle(_ record: FolderWatcher.Record) -> Bool {
        if record.has(IN_Q_OVERFLOW) {
            // Events were lost, folder creations among them: walk everything again.
            try? watchRoots(revisit: true)
            return true
        }
        if record.has(IN_IGNORED) {
            watches[record.watch] = nil
            return false
        }
        guard let watched = watches[record.watch] else { return false }
        if record.name.isEmpty { return handleSelf(record, watched) }
        let path = watched.path.hasSuffix("/") ? watched.path + record.name : watched.path + "/" + record.name
        if record.has(IN_ISDIR) {
            guard !Self.skippedFolders.contains(record.name) else { return false }
            if record.has(Self.arrivals) { try? watchTree(path) }
            return record.has(Self.arrivals | Self.departures)
        }
        if LibraryScanner.isArticleName(record.name) { return record.has(Self.articleEvents) }
        // Another name matters only as a symbolic link to a folder, which the scanner follows.
        guard !Self.skippedFolders.contains(record.name) else { return false }
        if record.has(Self.arrivals), Self.isFolder(path) {
            try? watchTree(path)
            return true
        }
        return record.has(Self.departures) && watches.values.contains { $0.path == path }
    }

    /// An event on a watched folder or file itself.
    private mutating func handleSelf(_ record: FolderWatcher.Record, _ watched: FolderWatcher.Watch) -> Bool {
        if watched.isFile {
            // Written, touched, or replaced: watch whatever file now has the name.
            if record.has(IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB) {
                try? watchFile(watched.path)
            }
            return record.has(IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
        }
        if record.has(IN_MOVE_SELF) {
            // Moved within the library, the folder was watched again under its new path when it
            // arrived; moved out, its old path leads elsewhere or nowhere.
            let now = inotify_add_watch(descriptor, watched.path, Self.folderMask)
            if now != record.watch {
                forgetTree(record.watch)
                // Another folder took the name: walk it like one that arrived.
                if now >= 0 { try? watchTree(watched.path) }
            }
            return true
        }
        return record.has(IN_DELETE_SELF | IN_UNMOUNT)
    }
}
