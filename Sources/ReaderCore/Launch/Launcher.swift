import Foundation

/// Starts external programs (browser, image viewer) with an argument vector, never a shell.
public enum Launcher {
    /// How a program is run.
    public enum Mode: Sendable {
        /// With the terminal handed over, waiting until it exits (a terminal browser).
        case foreground
        /// In the background, with no access to the terminal (`xdg-open`).
        case detached
    }

    /// A program that could not be started.
    public struct Failure: Error, CustomStringConvertible {
        /// Why.
        public var description: String
    }

    /// Runs `arguments` (the first is the program, looked up on `PATH`). Foreground runs
    /// return the exit status; detached runs return nil at once.
    @discardableResult
    public static func run(_ arguments: [String], mode: Mode) throws -> Int32? {
        guard let program = arguments.first, !program.isEmpty else {
            throw Failure(description: "no program to run")
        }
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        if mode == .detached {
            for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
                posix_spawn_file_actions_addopen(
                    &fileActions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCHLD, SIGPIPE, SIGWINCH] {
            sigaddset(&defaultSignals, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var flags = Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        if mode == .detached { flags |= posixSpawnSetSID }
        posix_spawnattr_setflags(&attributes, flags)

        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        cArguments.append(nil)
        defer { for pointer in cArguments { free(pointer) } }
        var pid = pid_t()
        let status = posix_spawnp(&pid, program, &fileActions, &attributes, cArguments, environ)
        guard status == 0 else {
            throw Failure(description: "cannot run \(program): \(String(cString: strerror(status)))")
        }
        if mode == .detached {
            children.append(pid)
            return nil
        }
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0 {
            guard errno == EINTR else { break }
        }
        return (exit & 0x7F) == 0 ? (exit >> 8) & 0xFF : 128 + (exit & 0x7F)
    }

    /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension Swift does not import): a new session,
    /// so a detached program never reads from or signals our terminal.
    private static let posixSpawnSetSID: Int16 = 0x80

    nonisolated(unsafe) private static var children: [pid_t] = []

    /// Collects background children that have exited, so none stays a zombie.
    public static func reapChildren() {
        children.removeAll { pid in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) != 0
        }
    }
}
