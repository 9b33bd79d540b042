import ArticleLibrary
import Foundation
import ReaderCore

extension ListCommand {
    /// The library under `paths` from the index, brought up to date first (only new and changed
    /// files are read; the others are only stat'ed), with its warnings in the order a direct
    /// scan meets them. Nil, after one warning on standard error, when the index cannot be
    /// opened or written: the caller then reads every file. A missing path ends the command
    /// with status 2. What happened to the cache itself goes to standard error.
    static func indexedLibrary(paths: [String], sort: Library.SortOrder, environment: [String: String])
        throws -> Library?
    {
        let index: LibraryIndex
        do {
            index = try LibraryIndex.standard(environment: environment)
        } catch {
            unusable(error)
            return nil
        }
        do {
            let rebuilds = index.messages.count
            var (library, _) = try index.refresh(paths: paths, sort: sort)
            if index.messages.count > rebuilds {
                // The database was found corrupt and rebuilt during the refresh: if that happened
                // while loading, the result lacks what the lost database held. Again, then.
                (library, _) = try index.refresh(paths: paths, sort: sort)
            }
            Diagnostics.note(index.messages)
            library.warnings = ScanOrder(roots: paths).sorted(library.warnings)
            return library
        } catch let missing as LibraryScanner.MissingPath {
            Diagnostics.note(index.messages)
            throw Diagnostics.fail("\(missing)")
        } catch {
            Diagnostics.note(index.messages)
            unusable(error)
            return nil
        }
    }

    private static func unusable(_ error: Error) {
        let line =
            "folio: warning: "
            + OutputText.field("cannot use the index (\(describe(error))); reading every file")
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `path: reason` for a file system error, SQLite's own text for a database error.
    private static func describe(_ error: Error) -> String {
        if error is SQLiteError { return "\(error)" }
        let failure = error as NSError
        let cause = (failure.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
        let reason =
            cause.flatMap {
                $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil
            }
            ?? failure.localizedDescription
        return (failure.userInfo[NSFilePathErrorKey] as? String).map { "\($0): \(reason)" } ?? reason
    }

}
