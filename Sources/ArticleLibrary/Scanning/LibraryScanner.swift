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
        var files = paths.map { _ in [String]() }
        var found = 0
        let warnings = try visitFiles(under: paths) { path, file in
            files[path].append(file)
            found += 1
            return found < limit
        }
        return Array(zip(files, warnings))
    }

    /// The walk of `filesByPath` without gathering: each file goes to `visit` with the index of
    /// the path it was found under, as it is found (a folder's files, then its subfolders); the
    /// walk stops after the folder in which `visit` returns false. Gives each path's warnings;
    /// throws for a path that does not exist (every path is checked before any is walked).
    static func visitFiles(under paths: [String], visit: (Int, String) -> Bool) throws -> [[LibraryWarning]] {
        var isFolder: [Bool] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw MissingPath(path: path, reason: String(cString: strerror(errno)))
            }
            isFolder.append((info.st_mode & S_IFMT) == S_IFDIR)
        }
        var visited = Set<FileIdentity>()
        var warnings = paths.map { _ in [LibraryWarning]() }
        var going = true
        for (n, path) in paths.enumerated() where going {
            if isFolder[n] {
                walk(folder: path, visited: &visited, warnings: &warnings[n]) { file in
                    going = visit(n, file) && going
                    return going
                }
            } else {
                going = visit(n, path)
            }
        }
        return warnings
    }

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Walks the folders under `root`, each entered once, handing every article file to
    /// `visit`; stops after a folder in which `visit` returned false.
    private static func walk(
        folder root: String, visited: inout Set<FileIdentity>, warnings: inout [LibraryWarning],
        visit: (String) -> Bool
    ) {
        var stack = [root]
        var going = true
        while going, let folder = stack.popLast() {
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
                    going = visit(path) && going
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
