import Foundation
import PtyHarness

#if canImport(Glibc)
    import Glibc
#endif

/// The figures of a fuzz: what was sent and what went wrong.
struct FuzzFigures: Codable {
    var keys = 0
    var runs = 0
    /// Times the program quit by itself (a `q` on the home screen) and was started again.
    var restarts = 0
    var crashes = 0
    var hangs = 0
    var integrityFailures = 0
    /// Times the program answered only after the hang limit, working all along (a loaded machine).
    var slowAnswers = 0
    var slowestAnswer = 0.0
    /// Probes that brought no output while the program was idle, answered by a second one.
    var secondProbes = 0
    var resizes = 0
    var pastes = 0
    var pasteBytes = 0
    var seconds = 0.0
    /// Where each failure's key file and output were saved.
    var failures: [String] = []

    mutating func add(_ other: FuzzFigures) {
        keys += other.keys
        runs += other.runs
        restarts += other.restarts
        crashes += other.crashes
        hangs += other.hangs
        integrityFailures += other.integrityFailures
        slowAnswers += other.slowAnswers
        slowestAnswer = max(slowestAnswer, other.slowestAnswer)
        secondProbes += other.secondProbes
        resizes += other.resizes
        pastes += other.pastes
        pasteBytes += other.pasteBytes
        failures += other.failures
    }

    var summary: String {
        let slow = slowAnswers > 0 ? String(format: " (slowest %.0f s)", slowestAnswer) : ""
        return "keys \(keys), runs \(runs), restarts \(restarts), crashes \(crashes), hangs \(hangs), "
            + "integrity failures \(integrityFailures), slow answers \(slowAnswers)\(slow), second probes \(secondProbes), "
            + "resizes \(resizes), pastes \(pastes) (\(pasteBytes) bytes), " + String(format: "%.0f s", seconds)
    }
}

struct FuzzOptions {
    var binary: String
    var seed: UInt64
    var keysPerRun: Int
    var runs: Int
    var allControls: Bool
    var maxPaste: Int
    /// No output for this long after a probe (or no way to write) is a hang.
    var hangLimit: TimeInterval
    var out: URL
}

/// One run: a fresh HOME and store, the program started (and started again whenever it
/// quits by itself), the actions, a normal quit, the store checked.
final class FuzzRun {
    let options: FuzzOptions
    let setup: KeyFile.Setup
    let name: String
    let home: String
    let keys: KeyFileWriter
    var figures = FuzzFigures()
    private var child: Child?
    /// What went wrong; the first failure ends the run.
    private(set) var failure: (kind: String, detail: String)?

    init(options: FuzzOptions, setup: KeyFile.Setup, name: String, header: [String]) throws {
        self.options = options
        self.setup = setup
        self.name = name
        home = FileManager.default.temporaryDirectory.appendingPathComponent("kt-fuzz-\(getpid())-\(name)").path
        try? FileManager.default.removeItem(atPath: home)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        keys = try KeyFileWriter(url: URL(fileURLWithPath: home + ".keys"), header: header, setup: setup)
        figures.runs = 1
        currentSize = (setup.columns, setup.rows)
    }

    var arguments: [String] { ["--lang", setup.language] }

    /// Seeds the store (the demo family, for screens with something on them), then starts.
    func begin() {
        if setup.demo {
            let demo = Process()
            demo.executableURL = URL(fileURLWithPath: options.binary)
            demo.arguments = ["demo", "--no-open"]
            demo.environment = Child.environment(home: home)
            demo.currentDirectoryURL = URL(fileURLWithPath: home)
            demo.standardOutput = FileHandle.nullDevice
            demo.standardError = FileHandle.nullDevice
            do {
                try demo.run()
                demo.waitUntilExit()
                if demo.terminationStatus != 0 { fail("setup", "keukentafel demo ended with status \(demo.terminationStatus)") }
            } catch {
                fail("setup", "keukentafel demo did not run: \(error)")
            }
        }
        _ = ensureChild()
    }

    /// The program, started (again) when it is not running.
    private func ensureChild() -> Child? {
        if let child { return child }
        guard failure == nil else { return nil }
        do {
            let c = try Child(
                binary: options.binary, arguments: arguments, home: home, columns: currentSize.columns, rows: currentSize.rows)
            child = c
            // The first frame, within the hang limit, or it never came up.
            switch c.awaitOutput(limit: options.hangLimit) {
            case .done: return c
            case .ended(let t): ended(t)
            case .stalled:
                // Starting on a loaded machine: as for any stall, working earns it more time.
                if case .answered = c.waitWhileWorking(cpuStart: 0, cpuLimit: options.hangLimit, wallLimit: 12 * options.hangLimit) {
                    return c
                }
                if let t = c.termination { ended(t) } else { hang("no output within \(Int(options.hangLimit)) s of starting") }
            }
        } catch {
            fail("setup", "could not start \(options.binary): \(error)")
        }
        return nil
    }

    private var currentSize: (columns: Int, rows: Int)

    func perform(_ action: FuzzAction) {
        guard failure == nil else { return }
        keys.record(action)
        if case .resize(let c, let r) = action { currentSize = (c, r) }
        if case .probe(let c, let r) = action { currentSize = (c, r) }
        guard let c = ensureChild() else { return }
        let cpuStart = c.cpuSeconds
        let result: Child.Wait
        switch action {
        case .write(let bytes):
            result = c.write(bytes, limit: options.hangLimit)
        case .resize(let columns, let rows):
            c.resize(columns: columns, rows: rows)
            figures.resizes += 1
            result = c.termination.map { .ended($0) } ?? .done
        case .probe(let columns, let rows):
            c.resize(columns: columns, rows: rows)
            result = c.awaitOutput(limit: options.hangLimit)
        case .pause(let ms):
            result = c.pause(milliseconds: ms)
        }
        switch result {
        case .done: break
        case .ended(let t): ended(t)
        case .stalled: stalled(after: action, c, cpuStart: cpuStart)
        }
    }

    /// No output (or no room for input) for the hang limit. Working (running, or on the
    /// disk) it gets more time, up to the hang limit in CPU seconds of its own: on a loaded
    /// machine wall time says little. Idle and silent after a probe, it gets a second probe.
    private func stalled(after action: FuzzAction, _ c: Child, cpuStart: Double) {
        let limit = options.hangLimit
        switch c.waitWhileWorking(cpuStart: cpuStart, cpuLimit: limit, wallLimit: 12 * limit) {
        case .answered(let seconds):
            figures.slowAnswers += 1
            figures.slowestAnswer = max(figures.slowestAnswer, limit + seconds)
            keys.note(String(format: "slow: output came %.1f s after the hang limit, the program working all along", seconds))
        case .ended(let t):
            ended(t)
        case .idle("S") where isProbe(action) && !inSecondProbe:
            // Idle, yet nothing drawn: perhaps the new size looked the same. A size far off
            // must be drawn; only if that brings nothing either is it a hang.
            let (columns, rows) = currentSize.columns == 100 ? (80, 24) : (100, 30)
            keys.note("no output after the probe while idle; a second probe")
            inSecondProbe = true
            perform(.probe(columns: columns, rows: rows))
            inSecondProbe = false
            if failure == nil { figures.secondProbes += 1 }
        case .idle(let state):
            let what =
                isProbe(action) ? "no output after a resize to \(currentSize.columns)×\(currentSize.rows)" : "no input taken, no output"
            hang("\(what) for \(Int(limit)) s while idle (state \(state))")
        case .busy(let cpu):
            hang(String(format: "no output while busy: %.0f CPU seconds since the last key", cpu))
        case .tooLong(let seconds):
            hang(String(format: "no output for %.0f s, working or waiting for the disk", limit + seconds))
        }
    }

    private var inSecondProbe = false

    private func isProbe(_ action: FuzzAction) -> Bool {
        if case .probe = action { return true }
        return false
    }

    /// Quits the normal way: Escape (back out of whatever is open) and `q`, twice; then
    /// SIGTERM, which the program turns into a normal quit. Then the store is checked.
    func finish() {
        if failure == nil, let c = child, c.termination == nil {
            let esc = FuzzAction.write([0x1B])
            let quitKeys: [FuzzAction] = [
                esc, .pause(milliseconds: 60), esc, .pause(milliseconds: 60), esc, .pause(milliseconds: 60), .write(Array("q".utf8)),
            ]
            keys.note("quitting: Escape and q, twice, then SIGTERM")
            for _ in 0..<2 where failure == nil && child != nil {
                for a in quitKeys where failure == nil && child != nil { perform(a) }
                if let t = child?.awaitEnd(limit: 0.7) { ended(t) }
            }
            if failure == nil, let c = child {
                keys.note("SIGTERM")
                c.pty.signal(SIGTERM)
                if let t = c.awaitEnd(limit: options.hangLimit) {
                    if t == .signalled(SIGTERM) { ended(.exited(0)) } else { ended(t) }
                } else {
                    hang("still running \(Int(options.hangLimit)) s after SIGTERM")
                }
            }
        }
        if let c = child, c.termination == nil { c.abortAndKill() }
        child = nil
        checkStore()
        keys.close()
        if let failure {
            save(failure)
        } else {
            try? FileManager.default.removeItem(atPath: home)
            try? FileManager.default.removeItem(at: keys.url)
        }
    }

    /// The program ended: by itself with status 0 is a normal quit (started again at the
    /// next key); anything else is a crash.
    private func ended(_ t: Termination) {
        guard let c = child else { return }
        c.drainAll()
        lastTail = c.tail
        child = nil
        if t == .exited(0) {
            keys.note("the program quit (status 0); it starts again at the next action")
            figures.restarts += 1
            checkStore()
        } else {
            figures.crashes += 1
            fail("crash", "the program ended: \(t)")
        }
    }

    private var lastTail: [UInt8] = []

    private func hang(_ detail: String) {
        figures.hangs += 1
        fail("hang", detail + "\n" + (child?.kernelState.detail ?? ""))
        if let c = child {
            // SIGABRT first: the backtrace of where it hangs lands in the output.
            c.abortAndKill()
            lastTail = c.tail
            child = nil
        }
    }

    private func checkStore() {
        let problems = StoreCheck.problems(under: home)
        guard !problems.isEmpty else { return }
        figures.integrityFailures += 1
        fail("integrity", problems.joined(separator: "\n"))
    }

    private func fail(_ kind: String, _ detail: String) {
        keys.note("FAILURE (\(kind)): \(detail)")
        if failure == nil { failure = (kind, detail) }
    }

    /// Keeps the key file, the last output and the store where the report says.
    private func save(_ failure: (kind: String, detail: String)) {
        let dir = options.out.appendingPathComponent("\(name)-\(failure.kind)")
        let fm = FileManager.default
        try? fm.removeItem(at: dir)
        try? fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let keyFile = dir.appendingPathComponent("keys.txt")
        try? fm.moveItem(at: keys.url, to: keyFile)
        if lastTail.isEmpty, let c = child { lastTail = c.tail }
        try? Data(lastTail).write(to: dir.appendingPathComponent("output.bin"))
        var screen = Screen(columns: currentSize.columns, rows: currentSize.rows)
        screen.feed(lastTail)
        let note = """
            \(failure.kind): \(failure.detail)
            replay: keukentafel-fuzz --replay \(keyFile.path)
            output.bin is the program's last output, raw (a backtrace, if any, is at its end); screen.txt is that output drawn.

            """
        try? Data(note.utf8).write(to: dir.appendingPathComponent("README.txt"))
        try? Data(screen.text.utf8).write(to: dir.appendingPathComponent("screen.txt"))
        try? fm.moveItem(atPath: home, toPath: dir.appendingPathComponent("home").path)
        figures.failures.append(dir.path)
        say("\(name): \(failure.kind): \(failure.detail.split(separator: "\n").first ?? "")\n  saved in \(dir.path)")
    }
}
