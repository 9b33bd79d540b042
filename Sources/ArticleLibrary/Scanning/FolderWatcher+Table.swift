import Foundation

extension FolderWatcher {
    /// A watch the kernel gave: what it watches, and whether that is a file the user named.
    struct Watch {
        var path: String
        var isFile: Bool
    }

    /// A watch could not be added because of a kernel limit (`ENOSPC`, `ENOMEM`).
    struct LimitReached: Error {}

    /// The inotify descriptor's watches by watch descriptor, and the read buffer.
    struct Table {
        let descriptor: Int32
        /// The paths the user gave, walked again after a queue overflow.
        let roots: [String]
        /// Every live watch. The kernel gives one descriptor per watched inode, so a folder
        /// reached twice (a link, a root inside another) gets the same one: that is how each
        /// folder is entered once, without a `stat`.
        var watches: [Int32: Watch] = [:]
        /// False once a folder could not be watched for a kernel limit.
        var isComplete = true
        /// Room for many events; at least one of the largest (`sizeof(inotify_event)` +
        /// `NAME_MAX` + 1).
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)

        static let folderMask = UInt32(
            IN_CREATE | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
        static let fileMask = UInt32(IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
        /// Folders the scanner does not enter.
        static var skippedFolders: Set<String> { LibraryScanner.skippedFolders }

        init(descriptor: Int32, roots: [String]) {
            self.descriptor = descriptor
            self.roots = roots
        }

        /// Watches every root: folders and all under them, files themselves; a root that is
        /// gone is left out (the rescan reports it).
        mutating func watchRoots(revisit: Bool = false) throws(LimitReached) {
            for root in roots {
                var info = stat()
                guard stat(root, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    try watchTree(root, revisit: revisit)
                } else {
                    try watchFile(root)
                }
            }
        }

        /// Watches a file the user named, again after it was replaced (an editor's rename over it).
        mutating func watchFile(_ path: String) throws(LimitReached) {
            let watch = inotify_add_watch(descriptor, path, Self.fileMask)
            guard watch >= 0 else { return try checkLimit() }
            watches[watch] = Watch(path: path, isFile: true)
        }

        /// Watches `start` and every folder under it the scanner would enter. A folder watched
        /// already under another path that still leads to it is not walked again, unless
        /// `revisit` (after lost events, when folders may have appeared anywhere).
        mutating func watchTree(_ start: String, revisit: Bool = false) throws(LimitReached) {
            var walked = Set<Int32>()
            var stack = [start]
            while let folder = stack.popLast() {
                let watch = inotify_add_watch(descriptor, folder, Self.folderMask)
                guard watch >= 0 else {
                    try checkLimit()
                    continue  // gone already, not a folder, or not readable: the scanner skips it too
                }
                guard walked.insert(watch).inserted else { continue }
                if !revisit, let known = watches[watch]?.path,
                    known == folder || Self.sameFolder(known, folder)
                {
                    continue
                }
                watches[watch] = Watch(path: folder, isFile: false)
                stack += Self.subfolders(of: folder)
            }
        }

        /// Stops watching the folder `watch` and every folder known under its path (it moved
        /// out of the library).
        mutating func forgetTree(_ watch: Int32) {
            guard let path = watches[watch]?.path else { return }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            for (other, entry) in watches where other == watch || entry.path.hasPrefix(prefix) {
                inotify_rm_watch(descriptor, other)
                watches[other] = nil
            }
        }

        /// Throws when the last `inotify_add_watch` failed for a kernel limit.
        private mutating func checkLimit() throws(LimitReached) {
            guard errno == ENOSPC || errno == ENOMEM else { return }
            isComplete = false
            throw LimitReached()
        }

        /// The folders in `folder` the scanner enters; `readdir`'s type saves a `stat` per file.
        private static func subfolders(of folder: String) -> [String] {
            guard let entries = DirectoryListing.entries(in: folder) else { return [] }
            var found: [String] = []
            for (name, kind) in entries where kind != .file && !skippedFolders.contains(name) {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                if kind == .folder || isFolder(path) { found.append(path) }
            }
            return found
        }

        /// Whether `path` is a folder, following links.
        static func isFolder(_ path: String) -> Bool {
            var info = stat()
            return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        }

        /// Whether two paths lead to the same folder (device and inode).
        private static func sameFolder(_ one: String, _ other: String) -> Bool {
            var first = stat()
            var second = stat()
            guard stat(one, &first) == 0, stat(other, &second) == 0 else { return false }
            return first.st_dev == second.st_dev && first.st_ino == second.st_ino
        }
    }
}
