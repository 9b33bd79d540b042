import Foundation

/// Finds the shared corpus folder: `FOLIO_CORPUS`, else `../shared/corpus` from the current
/// folder, else `../shared/corpus` from the repository this file was compiled in.
enum CorpusLocator {
    /// The corpus folder, or nil with the places that were tried.
    static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment, filePath: String = #filePath
    ) -> (path: String?, tried: [String]) {
        var candidates: [String] = []
        if let override = environment["FOLIO_CORPUS"], !override.isEmpty {
            candidates.append(override)
        } else {
            let current = FileManager.default.currentDirectoryPath
            candidates.append(current + "/../shared/corpus")
            // Sources/FolioBench/CorpusLocator.swift → the repository root → its parent.
            let repository = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(repository.deletingLastPathComponent().path + "/shared/corpus")
        }
        for candidate in candidates {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder.boolValue {
                return (URL(fileURLWithPath: candidate).standardizedFileURL.path, candidates)
            }
        }
        return (nil, candidates)
    }
}
