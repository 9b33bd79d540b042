import Foundation

extension UserStateStore {
    /// What reading the file gave: the state, messages for the user, and, when the file is
    /// unusable and still in place, the error that must stop any write over it.
    struct Inspection {
        var state: UserState
        var messages: [String]
        var blocker: UserStateStoreError?
    }

    /// Reads the state file. With `repair` (only under the lock), temporary files left by a
    /// crash are removed and an unusable file is renamed aside.
    func inspect(repair: Bool) -> Inspection {
        if repair { removeStaleTemporaries() }
        let path = fileURL.path
        let problem: String
        do {
            guard let bytes = try StateFileIO.read(path, limit: UserStateStore.sizeLimit) else {
                return Inspection(state: UserState(), messages: [], blocker: nil)
            }
            return Inspection(state: try UserStateCodec.decode(bytes), messages: [], blocker: nil)
        } catch let error as UserStateStoreError {
            problem = error.reason
        } catch {
            problem = "\(error)"
        }
        let opening = "Folio's state file \(path) could not be read (\(problem))"
        let blocker = UserStateStoreError(
            path: path, action: "will not overwrite unreadable state file", reason: problem)
        guard repair else {
            return Inspection(
                state: UserState(), messages: ["\(opening); it was left in place."], blocker: blocker)
        }
        do {
            let aside = try setAside()
            let message =
                "\(opening); it was moved to \(aside) and Folio starts without read marks, stars or positions."
            return Inspection(state: UserState(), messages: [message], blocker: nil)
        } catch {
            let message =
                "\(opening) and could not be moved aside (\(error)); nothing will be saved until it is."
            return Inspection(state: UserState(), messages: [message], blocker: blocker)
        }
    }

    /// Renames the state file to a `state.json.corrupt-…` name not yet taken; returns that path.
    private func setAside() throws -> String {
        let base = folder.appendingPathComponent(UserStateStore.corruptPrefix).path
        let stamp = TimestampFormat.compact(Date())
        for attempt in 1...1000 {
            let target = attempt == 1 ? base + stamp : base + stamp + "-\(attempt)"
            if StateFileIO.exists(target) { continue }
            guard rename(fileURL.path, target) == 0 else {
                let code = errno
                throw UserStateStoreError.system("cannot rename \(fileURL.path) to", target, errno: code)
            }
            try? StateFileIO.syncFolder(folder.path)
            return target
        }
        throw UserStateStoreError(
            path: base + stamp, action: "cannot name", reason: "too many files set aside")
    }

    /// Removes `state.json.tmp-…` files: under the lock no write is in progress, so any such
    /// file was left by a process that died mid-write.
    private func removeStaleTemporaries() {
        guard let names = DirectoryListing.names(in: folder.path) else { return }
        for name in names where name.hasPrefix(UserStateStore.temporaryPrefix) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
