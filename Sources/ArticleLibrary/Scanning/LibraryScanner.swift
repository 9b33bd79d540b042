import Foundation

/// Finds the article files under the paths a user gave.
///
/// Folders are walked recursively, names starting with a dot included (real libraries have
/// them), `.git` and other version-control folders skipped. Symbolic links are followed,
/// but each folder is entered once (by device and inode), so a link loop cannot trap the scan.
public enum LibraryScanner {
    /// File extensions that hold articles (compared case-insensitively).
    public static let articleExtensions: Set<String> = ["md", "markdown", "html", "htm", "txt"]
    /// Folders never entered: version-control stores.
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn"]

    /// A path the user named that does not exist or cannot be read.
    public struct MissingPath: Error, CustomStringConvertible {
        /// The path as given.
        public var path: String
        /// Why it could not be used.
        public var reason: String
        /// `path: reason`.
        public var description: String { "\(path): \(reason)" }
    }

    /// The article files under `paths`, in a stable order (folders sorted by name); a named
    /// file is taken whatever its extension. Throws for a path that does not exist.
    public static func files(under paths: [String]) throws -> (files: [String], warnings: [LibraryWarning]) {
        let perPath = try filesByPath(under: paths)
        return (perPath.flatMap(\.files), perPath.flatMap(\.warnings))
    }

    /// `files(under:)` for each path in turn: a folder reached again through another path (a
    /// symbolic link, a path inside an earlier one) is not listed again under the later path.
    /// With `limit`, the walk stops once that many files are found (a folder is listed whole),
    /// giving the first files of the full listing, in its order; every path is still checked.
    static func filesByPath(under paths: [String], limit: Int = .max) throws -> [(
        files: [String], warnings: [LibraryWarning]
    )] {
        var visited = Set<FileIdentity>()
        var result: [(files: [String], warnings: [LibraryWarning])] = []
        var found = 0
        for path in paths {
            var files: [String] = []
            var warnings: [LibraryWarning] = []
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw MissingPath(path: path, reason: String(cString: strerror(errno)))
            }
            if found >= limit {
                // Checked, not walked.
            } else if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(
                    folder: path, limit: limit - found, visited: &visited, files: &files, warnings: &warnings)
            } else {
                files.append(path)
            }
            found += files.count
            result.append((files, warnings))
        }
        return result
    }

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func walk(
        folder root: String, limit: Int, visited: inout Set<FileIdentity>, files: inout [String],
        warnings: inout [LibraryWarning]
    ) {
        var stack = [root]
        while files.count < limit, let folder = stack.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0 else { continue }
            let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard visited.insert(identity).inserted else { continue }
            guard let entries = DirectoryListing.entries(in: folder) else {
                warnings.append(
                    LibraryWarning(
                        path: folder, message: "cannot list folder: \(String(cString: strerror(errno)))"))
                continue
            }
            var subfolders: [String] = []
            // `readdir`'s type saves a `stat` per file; links and unknown types are stat'ed.
            for (name, kind) in entries.sorted(by: { $0.name < $1.name }) {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var isFolder = kind == .folder
                var isFile = kind == .file
                if kind == .other {
                    var entry = stat()
                    guard stat(path, &entry) == 0 else { continue }  // dangling link
                    isFolder = (entry.st_mode & S_IFMT) == S_IFDIR
                    isFile = (entry.st_mode & S_IFMT) == S_IFREG
                }
                if isFolder {
                    if !skippedFolders.contains(name) { subfolders.append(path) }
                } else if isFile, isArticleName(name) {
                    files.append(path)
                }
            }
            stack.append(contentsOf: subfolders.reversed())
        }
    }

    /// Whether a file name has an article extension.
    public static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
