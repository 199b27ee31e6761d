import CPty
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program running under a pseudo-terminal this process opened itself: the child starts
/// a session (`setsid`) and opens the slave, which so becomes its controlling terminal;
/// we hold the master. Resizing the master makes the kernel send the child SIGWINCH.
///
/// Not thread-safe: one driver thread reads, writes and reaps.
public final class PtyProcess {
    public let pid: pid_t
    /// The master side, non-blocking.
    public let master: Int32
    public private(set) var size: (columns: Int, rows: Int)
    /// The raw wait status once reaped.
    public private(set) var waitStatus: Int32?
    private var closed = false

    /// Starts `arguments` (an absolute path first) with exactly `environment`, in `directory`,
    /// on a new terminal of `columns`×`rows`.
    public init(_ arguments: [String], environment: [String: String], directory: String, columns: Int, rows: Int) throws {
        let master = kt_pty_open()
        guard master >= 0 else { throw PtyError.system("posix_openpt", errno) }
        var name = [CChar](repeating: 0, count: 256)
        guard kt_pty_name(master, &name, name.count) == 0 else {
            Glibc.close(master)
            throw PtyError.system("ptsname", errno)
        }
        var window = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &window)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Without O_NOCTTY: the session leader's first terminal becomes its controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        _ = kt_pty_addchdir(&actions, directory)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A clean slate: test threads may block signals, and Foundation ignores SIGPIPE;
        // the child must see SIGWINCH and die of what kills it.
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in 1..<32 where sig != SIGKILL && sig != SIGSTOP { sigaddset(&defaults, Int32(sig)) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | kt_pty_setsid_flag())

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard rc == 0 else {
            Glibc.close(master)
            throw PtyError.system("posix_spawn \(arguments[0])", rc)
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.pid = pid
        self.master = master
        self.size = (columns, rows)
    }

    deinit {
        if waitStatus == nil {
            kill(pid, SIGKILL)
            _ = reap(wait: true)
        }
        closeMaster()
    }

    /// Sets the terminal size; the kernel signals the child's foreground group (SIGWINCH).
    public func resize(columns: Int, rows: Int) {
        var window = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &window)
        size = (columns, rows)
    }

    /// Reads what the child wrote, waiting at most `timeoutMilliseconds` for the first byte.
    /// Empty when nothing came; nil once the terminal is closed (the child and all it
    /// started are gone) and nothing is left to read.
    public func read(timeoutMilliseconds: Int32) -> [UInt8]? {
        if closed { return nil }
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&fds, 1, timeoutMilliseconds)
        if ready <= 0 { return [] }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = Glibc.read(master, &buffer, buffer.count)
            if n > 0 {
                out.append(contentsOf: buffer[0..<n])
                if out.count >= 1 << 20 { break }
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && errno == EAGAIN { break }
            // EIO (or end of file): the slave side is closed by everyone.
            if out.isEmpty { return nil }
            break
        }
        return out
    }

    /// Writes as much of `bytes` as the terminal takes now; the count written, or nil
    /// when the terminal is gone.
    public func writeSome(_ bytes: ArraySlice<UInt8>) -> Int? {
        if closed { return nil }
        let n = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
        if n >= 0 { return n }
        if errno == EAGAIN || errno == EINTR { return 0 }
        return nil
    }

    /// Waits until the master can take more input, at most `timeoutMilliseconds`; true when it can.
    public func waitWritable(timeoutMilliseconds: Int32) -> Bool {
        var fds = pollfd(fd: master, events: Int16(POLLOUT | POLLIN), revents: 0)
        _ = poll(&fds, 1, timeoutMilliseconds)
        return fds.revents & Int16(POLLOUT) != 0
    }

    public func signal(_ sig: Int32) {
        if waitStatus == nil { kill(pid, sig) }
    }

    /// Collects the child's status if it ended (or waits for it, with `wait`); the status or nil.
    @discardableResult
    public func reap(wait: Bool = false) -> Int32? {
        if let waitStatus { return waitStatus }
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, wait ? 0 : WNOHANG)
            if r == pid {
                waitStatus = status
                return status
            }
            if r == -1 && errno == EINTR { continue }
            return nil
        }
    }

    public var isRunning: Bool { reap() == nil }

    public func closeMaster() {
        guard !closed else { return }
        closed = true
        Glibc.close(master)
    }
}

/// How a child ended, from its wait status.
public enum Termination: Equatable, CustomStringConvertible, Sendable {
    case exited(Int32)
    case signalled(Int32)

    public init(waitStatus status: Int32) {
        if status & 0x7f == 0 { self = .exited((status >> 8) & 0xff) } else { self = .signalled(status & 0x7f) }
    }

    public var description: String {
        switch self {
        case .exited(let code): return "exit status \(code)"
        case .signalled(let sig): return "killed by signal \(sig) (\(Termination.signalName(sig)))"
        }
    }

    static func signalName(_ sig: Int32) -> String {
        let names: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT",
            SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE", SIGTERM: "SIGTERM",
        ]
        return names[sig] ?? "signal \(sig)"
    }
}

/// A system call that failed while setting up the terminal.
public enum PtyError: Error, CustomStringConvertible {
    case system(String, Int32)
    public var description: String {
        switch self {
        case .system(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}
