import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore
import PromptLibrary
import PtyHarness
import ShippedPrompts
import TerminalUI

#if canImport(Glibc)
    import Glibc
#endif

// Keystroke to echo, side by side: Keukentafel on its live screen (a 1,000-entry
// transcript, the genogram panel with 12 relations), nano and vim on a file of as many
// lines, each under a pseudo-terminal of this process. The keys are interleaved (one to
// each program in turn), so whatever else the machine does hits all three alike. A key's
// time runs from writing its byte to the moment the screen model shows the character
// where it was typed.

/// One program under test: how to start it, and how to reach the place where keys are typed.
private struct Typist {
    var name: String
    var arguments: [String]
    /// Keys to send after the first frame, each followed by a pause for the screen.
    var setup: [[UInt8]]
    /// Text that shows the first frame is there.
    var firstFrameMarker: String
    /// Keys that quit the program cleanly, if it cares: Keukentafel killed mid-run finds no
    /// record of a clean close next time and checks the whole store first, as after a crash.
    var quitKeys: [UInt8]? = nil
}

/// A program running under a pseudo-terminal, with the screen it shows.
private final class Typing {
    let pty: PtyProcess
    var screen: PtyHarness.Screen
    var origin = (x: 0, y: 0)
    var samples: [Double] = []
    var misses = 0

    init(_ typist: Typist, home: String, columns: Int, rows: Int) throws {
        let env = [
            "HOME": home, "PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8",
            "USER": "Marieke", "LOGNAME": "Marieke",
        ]
        pty = try PtyProcess(typist.arguments, environment: env, directory: home, columns: columns, rows: rows)
        screen = PtyHarness.Screen(columns: columns, rows: rows)
    }

    /// Reads until `done` holds or `timeout` ms pass; true when it held.
    @discardableResult
    func read(until done: (PtyHarness.Screen) -> Bool, timeout: Double) -> Bool {
        let start = DispatchTime.now().uptimeNanoseconds
        while true {
            if done(screen) { return true }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if elapsed >= timeout { return false }
            guard let bytes = pty.read(timeoutMilliseconds: Int32(max(1, timeout - elapsed))) else { return false }
            screen.feed(bytes)
        }
    }

    /// Reads until the program has been quiet for `quiet` ms.
    func settle(quiet: Int32 = 30) {
        while let bytes = pty.read(timeoutMilliseconds: quiet), !bytes.isEmpty { screen.feed(bytes) }
    }

    func send(_ bytes: [UInt8]) { _ = pty.writeSome(bytes[...]) }

    /// Types one character and times it until the screen shows it at `column`.
    func time(_ character: UInt8, column: Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        send([character])
        let expected = String(UnicodeScalar(character))
        let y = origin.y
        let shown = read(until: { $0[column, y] == expected }, timeout: 2000)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        if shown { samples.append(ms) } else { misses += 1 }
    }

    /// Quits with `keys` (waiting up to 5 s for the program to end), then stops it.
    func quit(_ keys: [UInt8]?) {
        if let keys {
            send(keys)
            let start = DispatchTime.now().uptimeNanoseconds
            while pty.reap() == nil, DispatchTime.now().uptimeNanoseconds - start < 5_000_000_000 { settle(quiet: 10) }
        }
        stop()
    }

    func stop() {
        pty.signal(SIGKILL)
        _ = pty.reap(wait: true)
        pty.closeMaster()
    }
}

func keystrokeBenchmarks(quick: Bool) throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("kt-keys-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let keukentafel = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("keukentafel").path
    guard FileManager.default.isExecutableFile(atPath: keukentafel) else {
        print("(keystrokes: \(keukentafel) is not built; swift build -c release first)")
        return
    }
    let f7 = Array("\u{1b}[18~".utf8)
    // `--compare PATH` (repeatable) adds another build of Keukentafel, typed at in the same
    // run, each build on a store of its own (a store has one writer).
    let arguments = CommandLine.arguments
    let others = arguments.indices.filter { arguments[$0] == "--compare" && $0 + 1 < arguments.count }.map { arguments[$0 + 1] }
    var programs: [Typist] = []
    for (i, (name, path)) in ([("Keukentafel", keukentafel)] + others.map { ("KT " + ($0 as NSString).lastPathComponent, $0) }).enumerated()
    {
        let storePath = root + "/store-\(i)"
        try makeLiveStore(at: storePath)
        programs.append(
            Typist(
                name: String(name.prefix(12)), arguments: [path, "--store", storePath, "--lang", "en"],
                // Open the family (its session resumes), then the genogram panel (F7 three times).
                setup: [Array("o".utf8), [13], f7, f7, f7], firstFrameMarker: "Gezin Bench"))
    }
    programs += try editors(in: root)
    let perRound = 30
    let rounds = quick ? 4 : 12
    print("\n== Keystroke to echo under a pseudo-terminal (interleaved; \(rounds * perRound) keys per program and size)")
    print("program      size        median ms    p99 ms    max ms      n  misses   median ×nano")
    for (columns, rows) in [(80, 24), (120, 40), (200, 60)] {
        var running: [(Typist, Typing)] = []
        for p in programs {
            let home = root + "/home-\(p.name)-\(columns)"
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            let t = try Typing(p, home: home, columns: columns, rows: rows)
            guard t.read(until: { $0.text.contains(p.firstFrameMarker) }, timeout: 10_000) else {
                print("(\(p.name) at \(columns)×\(rows): no first frame)\n\(t.screen.text)")
                t.stop()
                continue
            }
            t.settle(quiet: 100)
            for keys in p.setup {
                t.send(keys)
                t.settle(quiet: 150)
            }
            t.origin = t.screen.cursor
            running.append((p, t))
        }
        let letters = Array("xyzwvkj".utf8)
        for _ in 0..<rounds {
            for i in 0..<perRound {
                for (_, t) in running { t.time(letters[i % letters.count], column: t.origin.x + i) }
            }
            // Back to the start of the line, untimed.
            for (_, t) in running {
                for _ in 0..<perRound { t.send([0x7F]) }
                t.settle()
            }
        }
        let nano = running.first { $0.0.name == "nano" }.map { percentile($0.1.samples, 0.5) }
        for (p, t) in running {
            let median = t.samples.isEmpty ? .nan : percentile(t.samples, 0.5)
            print(
                p.name.padding(toLength: 12, withPad: " ", startingAt: 0) + " "
                    + "\(columns)x\(rows)".padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(
                        format: " %9.3f %9.3f %9.3f %6d %7d %10.2f", median, t.samples.isEmpty ? .nan : percentile(t.samples, 0.99),
                        t.samples.max() ?? .nan, t.samples.count, t.misses, nano.map { median / $0 } ?? .nan))
            t.stop()
        }
    }
}

/// One keystroke on the live screen inside the process, as the loop does it: the key
/// through `update`, the state compared with the drawn one, the frame drawn, and the
/// cells that changed since the last frame found (what the ncurses backend does before
/// handing ncurses those cells).
func inProcessKeystrokeBenchmarks(quick: Bool) {
    header("A keystroke on the live screen, in the process (update, view, compare with the last frame)")
    let family = UUID()
    let events = liveSessionEvents(family: family, entries: 1000, time: Date(timeIntervalSinceReferenceDate: 815_000_000))
    let record = FamilyRecord.replay(family, events)
    guard let session = record.openSession?.id else { return print("(no open session)") }
    let catalog = PromptCatalog(shipped: ShippedPrompts.files)
    let env = AppEnvironment.fixed(seed: 1, now: Date(timeIntervalSinceReferenceDate: 815_000_600))
    let keys = quick ? 200 : 1000
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)] {
        for panel in [SidePanel.people, .genogram] {
            var app = AppState(
                language: .en, now: LocalTime(year: 2026, month: 11, day: 30, weekday: 2, hour: 14, minute: 5),
                storeDisplay: "~", terminalSize: size, prompts: catalog)
            var s = SessionState(record: record, sessionID: session)
            s.panel = panel
            app.screen = .session(s)
            var drawnState = app
            var last = Canvas(size: size)
            AppView.render(app, &last)
            var samples: [Double] = []
            for i in 0..<keys {
                // Type a word, then rub it out, so the line stays short.
                let key: InputEvent = i % 20 < 10 ? .key(.char(Character(UnicodeScalar(UInt8(97 + i % 26))))) : .key(KeyPress(.backspace))
                samples.append(
                    clock {
                        _ = AppCore.update(&app, .input(key), env)
                        guard drawnState != app else { return }
                        var canvas = Canvas(size: size)
                        AppView.render(app, &canvas)
                        // As the ncurses backend finds the cells to send.
                        let changed = canvas.changedIndices(since: last).count
                        precondition(changed > 0)
                        last = canvas
                        drawnState = app
                    })
            }
            row("key at \(size.width)x\(size.height), panel \(panel)", samples)
        }
    }
}

/// Start-up to the first full frame, side by side: Keukentafel's home screen on `store`,
/// nano and vim opening a 1,000-line file; interleaved runs.
func firstFrameBenchmarks(store: String, label: String, quick: Bool) throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("kt-first-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let keukentafel = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("keukentafel").path
    // `--compare PATH` (repeatable) adds another build of Keukentafel, timed in the same run.
    let arguments = CommandLine.arguments
    let others = arguments.indices.filter { arguments[$0] == "--compare" && $0 + 1 < arguments.count }.map { arguments[$0 + 1] }
    let programs =
        ([("Keukentafel", keukentafel)] + others.map { ("Keukentafel \($0)", $0) }).map { name, path in
            Typist(
                name: name, arguments: [path, "--store", store, "--lang", "en"], setup: [], firstFrameMarker: "Working as",
                quitKeys: Array("q".utf8))
        }
        + (try editors(in: root))
    header("Start-up to the first frame at 120×40 (\(label); interleaved)", nameWidth: 44)
    var samples: [String: [Double]] = [:]
    for _ in 0..<(quick ? 5 : 20) {
        for p in programs {
            let home = root + "/home"
            try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            let start = DispatchTime.now().uptimeNanoseconds
            let t = try Typing(p, home: home, columns: 120, rows: 40)
            if t.read(until: { $0.text.contains(p.firstFrameMarker) }, timeout: 10_000) {
                samples[p.name, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            t.quit(p.quitKeys)
        }
    }
    for p in programs { row("first frame: \(p.name)", samples[p.name] ?? []) }
}

/// nano and vim (those installed) on a file of 1,000 lines of the benchmark's sentences in
/// `folder`, ready to type at its end (vim opens a line in insert mode).
private func editors(in folder: String) throws -> [Typist] {
    let file = folder + "/gesprek.txt"
    let text = Sentences()
    try (0..<1000).map { _ in text.make(16) }.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
    var out: [Typist] = []
    for (name, path, args, setup) in [
        ("nano", "/usr/bin/nano", ["-I", "+1000", file], [[UInt8]]()),
        ("vim", "/usr/bin/vim", ["-u", "NONE", "-i", "NONE", "-N", "-n", "+1000", file], [Array("o".utf8)]),
    ] {
        if FileManager.default.isExecutableFile(atPath: path) {
            out.append(Typist(name: name, arguments: [path] + args, setup: setup, firstFrameMarker: "ochtenden"))
        } else {
            print("(\(name) is not installed: apt-get install \(name))")
        }
    }
    return out
}
