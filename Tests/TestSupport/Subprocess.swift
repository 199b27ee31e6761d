import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a command with posix_spawn and waits for it. Used instead of Foundation's
/// `Process`, which on Linux did not notice a tmux client exit after it forked its server.
public enum Subprocess {
    /// Runs `args` (looked up on PATH); returns the status and, with `capture`, stdout+stderr.
    public static func run(_ args: [String], capture: Bool = true) throws -> (status: Int32, output: String) {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        var fds: [Int32] = [0, 0]
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            guard pipe(&fds) == 0 else { throw SubprocessError.spawn(errno) }
            posix_spawn_file_actions_adddup2(&fileActions, fds[1], 1)
            posix_spawn_file_actions_adddup2(&fileActions, fds[1], 2)
            posix_spawn_file_actions_addclose(&fileActions, fds[0])
            posix_spawn_file_actions_addclose(&fileActions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        }
        var pid: pid_t = 0
        let rc = spawn(args, &fileActions, &pid)
        guard rc == 0 else {
            if capture {
                close(fds[0])
                close(fds[1])
            }
            throw SubprocessError.spawn(rc)
        }
        var data = Data()
        if capture {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n > 0 { data.append(buffer, count: n) } else if n == 0 || errno != EINTR { break }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exit, String(decoding: data, as: UTF8.self))
    }
}

/// A command that could not be started.
public enum SubprocessError: Error { case spawn(Int32) }

extension Subprocess {
    /// Starts `args` with its standard output on a pipe; returns the pid and the pipe's
    /// read end. The caller reads, signals and reaps (`waitpid`).
    public static func spawn(_ args: [String]) throws -> (pid: pid_t, output: Int32) {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw SubprocessError.spawn(errno) }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&fileActions, fds[1], 1)
        posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&fileActions, fds[0])
        posix_spawn_file_actions_addclose(&fileActions, fds[1])
        var pid: pid_t = 0
        let rc = spawn(args, &fileActions, &pid)
        close(fds[1])
        guard rc == 0 else {
            close(fds[0])
            throw SubprocessError.spawn(rc)
        }
        return (pid, fds[0])
    }

    /// posix_spawnp with an empty signal mask: test threads may block signals, and the
    /// child (and a tmux server it forks) must not inherit that, or programs in tmux
    /// never see SIGWINCH.
    static func spawn(_ args: [String], _ fileActions: inout posix_spawn_file_actions_t, _ pid: inout pid_t) -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var cargs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        return posix_spawnp(&pid, args[0], &fileActions, &attributes, &cargs, environ)
    }

    /// Reads a pipe to its end.
    public static func readAll(_ fd: Int32) -> String {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { data.append(buffer, count: n) } else if n == 0 || errno != EINTR { break }
        }
        close(fd)
        return String(decoding: data, as: UTF8.self)
    }
}
