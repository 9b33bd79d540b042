import Foundation

/// The kernel's page cache, emptied so that the next reads come from the disk.
enum PageCache {
    /// Writes dirty pages out and drops the clean ones (`sync`, then `3` into
    /// `/proc/sys/vm/drop_caches`); nil when done, else why not (it needs root).
    static func drop() -> String? {
        sync()
        let descriptor = open("/proc/sys/vm/drop_caches", O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return "cannot open /proc/sys/vm/drop_caches: \(String(cString: strerror(errno)))"
        }
        defer { close(descriptor) }
        let written = write(descriptor, "3\n", 2)
        guard written == 2 else {
            return "cannot write /proc/sys/vm/drop_caches: \(String(cString: strerror(errno)))"
        }
        return nil
    }
}
