import Foundation
import PtyHarness

#if canImport(Glibc)
    import Glibc
#endif

/// `keukentafel` under a pseudo-terminal of our own, on a private HOME (so a private store),
/// with its output read all the time: a program whose terminal fills up blocks, and a
/// blocked program is no test.
final class Child {
    let pty: PtyProcess
    let started = Date()
    /// The last output, raw, for the failure report (a backtrace ends up here too).
    private(set) var tail: [UInt8] = []
    private let tailLimit = 256 * 1024
    private(set) var lastOutput = Date()
    private(set) var outputBytes = 0
    /// The screen as a person would see it, when someone wants to read it.
    var screen: Screen?
    /// Called after each piece of output reached the screen.
    var onScreenChange: ((Screen) -> Void)?

    static func environment(home: String) -> [String: String] {
        [
            "HOME": home, "PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8",
            // A fictional worker, as in the screen goldens.
            "USER": "Marieke", "LOGNAME": "Marieke",
            // A crash prints its backtrace and ends; interactive it would wait for keys we never mean for it.
            "SWIFT_BACKTRACE": "interactive=no,color=no",
        ]
    }

    init(binary: String, arguments: [String], home: String, columns: Int, rows: Int, readScreen: Bool = false) throws {
        pty = try PtyProcess([binary] + arguments, environment: Self.environment(home: home), directory: home, columns: columns, rows: rows)
        if readScreen { screen = Screen(columns: columns, rows: rows) }
    }

    /// Reads what is there, waiting at most `milliseconds` for the first byte; false once the
    /// terminal is closed.
    @discardableResult
    func drain(milliseconds: Int32 = 0) -> Bool {
        guard let bytes = pty.read(timeoutMilliseconds: milliseconds) else { return false }
        if !bytes.isEmpty { take(bytes) }
        return true
    }

    /// Reads until nothing more comes within `milliseconds` (or the terminal closes).
    func drainAll(milliseconds: Int32 = 5) {
        while let bytes = pty.read(timeoutMilliseconds: milliseconds), !bytes.isEmpty { take(bytes) }
    }

    private func take(_ bytes: [UInt8]) {
        lastOutput = Date()
        outputBytes += bytes.count
        tail += bytes
        if tail.count > tailLimit + 64 * 1024 { tail.removeFirst(tail.count - tailLimit) }
        if screen != nil {
            screen!.feed(bytes)
            if let onScreenChange { onScreenChange(screen!) }
        }
    }

    func resize(columns: Int, rows: Int) {
        drain()
        pty.resize(columns: columns, rows: rows)
        screen?.resize(columns: columns, rows: rows)
    }

    /// How the child ended, if it has.
    var termination: Termination? { pty.reap().map(Termination.init(waitStatus:)) }

    /// What a wait ended with.
    enum Wait: Equatable {
        case done
        case ended(Termination)
        case stalled
    }

    /// Writes `bytes` in one write when the terminal has room (an escape sequence split in
    /// two would read as Escape and some letters), reading output meanwhile. Stalled when
    /// nothing could be written and nothing came out for `limit` seconds.
    func write(_ bytes: [UInt8], limit: TimeInterval) -> Wait {
        var offset = 0
        var progress = Date()
        while offset < bytes.count {
            guard let n = pty.writeSome(bytes[offset...]) else { return endedOrStalled(limit: limit) }
            if n > 0 {
                offset += n
                progress = Date()
                continue
            }
            // The terminal's input is full: the program is busy, or blocked writing to us.
            guard drain(milliseconds: 0) else { return endedOrStalled(limit: limit) }
            if let t = termination { return .ended(t) }
            _ = pty.waitWritable(timeoutMilliseconds: 20)
            if Date().timeIntervalSince(max(progress, lastOutput)) > limit { return .stalled }
        }
        guard drain() else { return endedOrStalled(limit: limit) }
        if let t = termination { return .ended(t) }
        return .done
    }

    /// Waits until output comes (at least one byte), the child ends, or `limit` seconds pass.
    func awaitOutput(limit: TimeInterval) -> Wait {
        let since = Date()
        let before = outputBytes
        while Date().timeIntervalSince(since) < limit {
            guard drain(milliseconds: 50) else { return endedOrStalled(limit: limit) }
            if outputBytes > before { return .done }
            if let t = termination { return .ended(t) }
        }
        return .stalled
    }

    /// Waits until `predicate` holds for the screen (checked after every piece of output).
    func awaitScreen(limit: TimeInterval, _ predicate: (Screen) -> Bool) -> Wait {
        let since = Date()
        while true {
            if let screen, predicate(screen) { return .done }
            if Date().timeIntervalSince(since) > limit { return .stalled }
            guard drain(milliseconds: 20) else { return endedOrStalled(limit: limit) }
            if let t = termination {
                // Whatever it wrote before it ended is still on the screen.
                drainAll()
                if let screen, predicate(screen) { return .done }
                return .ended(t)
            }
        }
    }

    /// Reads output for `milliseconds`, whatever comes.
    func pause(milliseconds: Int) -> Wait {
        let until = Date().addingTimeInterval(Double(milliseconds) / 1000)
        while Date() < until {
            guard drain(milliseconds: Int32(max(1, until.timeIntervalSinceNow * 1000))) else { return endedOrStalled(limit: 10) }
        }
        if let t = termination { return .ended(t) }
        return .done
    }

    /// Waits for the end after the terminal closed (or for `limit` seconds).
    func awaitEnd(limit: TimeInterval) -> Termination? {
        let since = Date()
        while Date().timeIntervalSince(since) < limit {
            if let t = termination { return t }
            if !drain(milliseconds: 20) { usleep(20_000) }
        }
        return termination
    }

    /// The child's state as the kernel sees it (`R`, `S`, `D` …), what it waits in, and its
    /// kernel stack when readable: a hang report says whether the program or the disk is stuck.
    var kernelState: (state: Character, detail: String) {
        let base = "/proc/\(pty.pid)/"
        let stat = (try? String(contentsOfFile: base + "stat", encoding: .utf8)) ?? ""
        // The state follows the command name in brackets, which may hold spaces.
        let state = stat.range(of: ") ", options: .backwards).flatMap { stat[$0.upperBound...].first } ?? "?"
        let wchan = (try? String(contentsOfFile: base + "wchan", encoding: .utf8)) ?? ""
        let stack = (try? String(contentsOfFile: base + "stack", encoding: .utf8)) ?? ""
        return (state, "process state \(state), waiting in \(wchan.isEmpty ? "?" : wchan)" + (stack.isEmpty ? "" : "\n" + stack))
    }

    /// CPU seconds the child has used (user and system time), from /proc.
    var cpuSeconds: Double {
        let stat = (try? String(contentsOfFile: "/proc/\(pty.pid)/stat", encoding: .utf8)) ?? ""
        guard let r = stat.range(of: ") ", options: .backwards) else { return 0 }
        // After the name: state is field 3, utime field 14, stime field 15.
        let fields = stat[r.upperBound...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Working: running or waiting to run (R), or waiting for the disk (D).
    var isWorking: Bool { "RD".contains(kernelState.state) }

    /// How a stall ended, once the child was given the time it was working for.
    enum StallOutcome: Equatable {
        /// Output came after all, this many seconds after the stall.
        case answered(TimeInterval)
        case ended(Termination)
        /// Idle (or stopped) and silent: the state letter.
        case idle(Character)
        /// Still busy after using `cpuLimit` CPU seconds since `cpuStart`.
        case busy(Double)
        /// Waiting (for the disk) longer than `wallLimit`.
        case tooLong(TimeInterval)
    }

    /// After a stall: a loaded machine (other builds, a slow fsync) stretches wall time,
    /// so while the child works, wait on until output comes, it goes idle, or it has used
    /// `cpuLimit` CPU seconds since `cpuStart` (a loop that never ends), or `wallLimit` passes.
    func waitWhileWorking(cpuStart: Double, cpuLimit: Double, wallLimit: TimeInterval) -> StallOutcome {
        let since = Date()
        let before = outputBytes
        var idleSamples = 0
        while true {
            if outputBytes > before { return .answered(Date().timeIntervalSince(since)) }
            if let t = termination { return .ended(t) }
            let state = kernelState.state
            // Idle three times in a row (300 ms), not one sleep between two bursts of work.
            idleSamples = "RD".contains(state) ? 0 : idleSamples + 1
            if idleSamples >= 3 { return .idle(state) }
            let used = cpuSeconds - cpuStart
            if used > cpuLimit { return .busy(used) }
            if Date().timeIntervalSince(since) > wallLimit { return .tooLong(Date().timeIntervalSince(since)) }
            if !drain(milliseconds: 100) { return termination.map { .ended($0) } ?? .idle("?") }
        }
    }

    /// The terminal is closed: the child ended (or closed its terminal and went on: stalled).
    private func endedOrStalled(limit: TimeInterval) -> Wait {
        if let t = awaitEnd(limit: limit) { return .ended(t) }
        return .stalled
    }

    /// Ends the child for good, first with SIGABRT so a hung one prints where it hangs.
    func abortAndKill() {
        if termination == nil {
            pty.signal(SIGABRT)
            _ = awaitEnd(limit: 10)
        }
        if termination == nil {
            pty.signal(SIGKILL)
            _ = awaitEnd(limit: 10)
        }
        drainAll()
    }

    /// SIGKILL now; then everything it wrote before dying is read (it was on the screen).
    func killNow() -> Termination? {
        pty.signal(SIGKILL)
        let t = awaitEnd(limit: 10)
        drainAll()
        return t
    }
}
