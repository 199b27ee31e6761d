import Foundation

/// Drives the real `keukentafel` binary inside a private tmux server: start at a size,
/// send keys, wait for text, capture the screen. Each session gets its own socket and
/// temporary HOME (so a temporary store), removed on `stop()`.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let home: URL
    public let name = "kt"
    private var stopped = false

    /// The built binary beside the test bundle (`.build/<triple>/debug/keukentafel`),
    /// or `KEUKENTAFEL_BINARY`.
    public static var binary: URL {
        if let b = ProcessInfo.processInfo.environment["KEUKENTAFEL_BINARY"] { return URL(fileURLWithPath: b) }
        return BuiltProduct.url("keukentafel")
    }

    public static var isAvailable: Bool {
        (try? run(["tmux", "-V"]).status) == 0
    }

    /// Starts `command` (a shell command line) in a new detached session of `width`×`height`.
    /// `$KT` in the command is the binary; `$HOME` is the temporary home.
    public init(width: Int, height: Int, command: String = "\"$KT\"", environment: [String: String] = [:]) throws {
        socket = "kt-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent("kt-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var env: [String: String] = [
            "HOME": home.path, "KT": Self.binary.path, "TERM": "tmux-256color",
            "LANG": "C.UTF-8", "KEUKENTAFEL_CLOCK": "2026-11-23T14:05",
            // The same fictional worker as the screen goldens (the login name otherwise).
            "USER": "Marieke",
        ]
        env.merge(environment) { _, new in new }
        let exports = env.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quote($0.value))" }.joined(separator: "; ")
        let script =
            "unset KEUKENTAFEL_STORE XDG_DATA_HOME XDG_CONFIG_HOME NO_COLOR LC_ALL LC_MESSAGES; \(exports); cd \"$HOME\"; \(command)"
        // The tmux server forks from this client and would hold a capture pipe open: no capture here.
        let status = try Self.run(
            [
                "tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", name,
                "-x", "\(width)", "-y", "\(height)", "bash", "--norc", "--noprofile", "-c", script,
            ],
            capture: false
        ).status
        if status != 0 { throw TmuxError.failed("new-session", "exit status \(status)") }
        _ = try? tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { stop() }

    public func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: home)
    }

    /// Sends keys in tmux's notation (`Enter`, `C-c`, `q`, `F1`…).
    public func send(_ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends text literally (no key names).
    public func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Pastes text the way a terminal does: bracketed when the program asked for it.
    /// Long text goes through a file (a tmux command line holds some 16 KB).
    public func paste(_ text: String) throws {
        if text.utf8.count < 8_000 {
            _ = try tmux(["set-buffer", "-b", "kt", "--", text])
        } else {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("kt-paste-\(UUID().uuidString)")
            try text.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            _ = try tmux(["load-buffer", "-b", "kt", file.path])
        }
        _ = try tmux(["paste-buffer", "-p", "-b", "kt", "-t", name])
    }

    public func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as text; with `escapes`, including colour and attribute codes.
    public func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : [])).output
    }

    /// Waits until `predicate` holds for the screen text and the screen has settled;
    /// returns the last capture.
    ///
    /// A large frame reaches the terminal in several writes, and a capture between them
    /// shows the new frame's first rows above the old one's last: the text waited for is
    /// there, and so are rows that are no longer on screen. So a capture counts only when
    /// the next one, a moment later, is the same.
    @discardableResult
    public func waitFor(timeout: TimeInterval = 5, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if predicate(screen) {
                Thread.sleep(forTimeInterval: 0.025)
                if try capture() == screen { return screen }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw TmuxError.timeout(screen)
    }

    /// Waits until `text` is on screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 5) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Waits for a file in the temporary home to exist and returns its content.
    public func waitForFile(_ name: String, timeout: TimeInterval = 5) throws -> String {
        let url = home.appendingPathComponent(name)
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let s = try? String(contentsOf: url, encoding: .utf8), s.hasSuffix("\n") { return s }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw TmuxError.timeout("file \(name) did not appear; screen:\n" + ((try? capture()) ?? ""))
    }

    private func tmux(_ args: [String]) throws -> (status: Int32, output: String) {
        let r = try Self.run(["tmux", "-L", socket] + args)
        if r.status != 0 { throw TmuxError.failed(args.joined(separator: " "), r.output) }
        return r
    }

    static func run(_ args: [String], capture: Bool = true) throws -> (status: Int32, output: String) {
        try Subprocess.run(args, capture: capture)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// What went wrong driving tmux.
public enum TmuxError: Error, CustomStringConvertible {
    case timeout(String)
    case failed(String, String)
    public var description: String {
        switch self {
        case .timeout(let screen): return "timed out; last screen:\n\(screen)"
        case .failed(let cmd, let out): return "tmux \(cmd) failed: \(out)"
        }
    }
}

extension TmuxSession {
    /// The process id of the shell running in the pane.
    public func panePID() throws -> Int32 {
        let r = try Self.run(["tmux", "-L", socket, "display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = Int32(r.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError.failed("display-message", r.output)
        }
        return pid
    }
}
