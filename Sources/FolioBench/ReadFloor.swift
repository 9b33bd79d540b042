import Foundation

/// The physical floor of opening a library: list its folders and read the first 4 KB of every
/// file, on two threads, in this process.
enum ReadFloor {
    /// What one measurement gave.
    struct Result {
        /// Wall seconds for the listing and the reads together.
        var seconds: Double
        /// CPU seconds (user + system) this process spent on them.
        var cpuSeconds: Double
        /// The files read.
        var files: Int
        /// The bytes read.
        var bytes: Int
    }

    /// The bytes read from the start of each file.
    static let headBytes = 4096

    /// Lists `root` and reads the head of each file; the best of `runs` runs.
    static func measure(root: String, runs: Int) -> Result {
        var best: Result?
        for _ in 0..<max(1, runs) {
            let cpuBefore = processCPUSeconds()
            let start = Stopwatch.now()
            let files = FileWalk.files(under: root)
            let bytes = readHeads(files)
            let result = Result(
                seconds: Double(Stopwatch.now() - start) / 1e9, cpuSeconds: processCPUSeconds() - cpuBefore,
                files: files.count, bytes: bytes)
            if best.map({ result.seconds < $0.seconds }) ?? true { best = result }
        }
        return best ?? Result(seconds: 0, cpuSeconds: 0, files: 0, bytes: 0)
    }

    /// Reads the first `headBytes` of each file, half the files on each of two threads; gives the
    /// bytes read.
    static func readHeads(_ files: [String]) -> Int {
        let lanes = 2
        let sum = Sum()
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var buffer = [UInt8](repeating: 0, count: headBytes)
            var total = 0
            for index in stride(from: lane, to: files.count, by: lanes) {
                let descriptor = open(files[index], O_RDONLY | O_CLOEXEC)
                guard descriptor >= 0 else { continue }
                total += max(0, read(descriptor, &buffer, headBytes))
                close(descriptor)
            }
            sum.add(total)
        }
        return sum.value
    }

    /// A total that threads add to.
    private final class Sum: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0

        func add(_ count: Int) {
            lock.lock()
            total += count
            lock.unlock()
        }

        var value: Int {
            lock.lock()
            defer { lock.unlock() }
            return total
        }
    }

    /// The share (0...1) of `sample` files whose first page is in the page cache (`mincore`), or
    /// nil when none could be checked.
    static func residentShare(of files: [String], sample: Int = 500) -> Double? {
        guard !files.isEmpty else { return nil }
        let step = max(1, files.count / sample)
        var checked = 0
        var resident = 0
        for index in stride(from: 0, to: files.count, by: step) {
            let descriptor = open(files[index], O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard let mapped = mmap(nil, headBytes, PROT_READ, MAP_SHARED, descriptor, 0),
                mapped != MAP_FAILED
            else { continue }
            defer { munmap(mapped, headBytes) }
            var flag: UInt8 = 0
            guard mincore(mapped, headBytes, &flag) == 0 else { continue }
            checked += 1
            if flag & 1 == 1 { resident += 1 }
        }
        return checked == 0 ? nil : Double(resident) / Double(checked)
    }

    /// This process's user plus system CPU seconds so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
