import Foundation
import TestSupport
import Testing

/// Keys the terminal driver would otherwise act on (Ctrl-\, Ctrl-S, Ctrl-Z), long pastes and
/// quick keys across a screen change, in the real binary in tmux; the terminal's settings
/// (`stty -g`) are the same before and after.
@Suite("Terminal keys end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalKeysEndToEndTests {
    /// Runs the program between two `stty -g` and `stty -a` snapshots and records its exit status.
    static let wrapped =
        "stty -g > before.txt; stty -a > before-a.txt; \"$KT\" --lang nl; echo $? > rc.txt; stty -a > after-a.txt; stty -g > after.txt"

    func file(_ session: TmuxSession, _ name: String) throws -> String {
        try String(contentsOf: session.home.appendingPathComponent(name), encoding: .utf8)
    }

    func expectCleanExit(_ session: TmuxSession) throws {
        let rc = try session.waitForFile("rc.txt")
        let after = try session.waitForFile("after.txt")
        #expect(rc == "0\n")
        #expect(try file(session, "before.txt") == after, "terminal settings not restored")
    }

    /// The text of a paste of exactly `count` characters, ending in `end`.
    static func pasted(_ count: Int, end: String) -> String {
        let piece = "Zoë zegt dat het beter gaat sinds oma Riet helpt met de boterhammen. "
        var text = String(repeating: piece, count: count / piece.count + 1)
        text.removeLast(text.count - (count - end.count))
        return text + end
    }

    @Test("Ctrl-\\ twice does nothing: no crash report, the program goes on and quits cleanly")
    func ctrlBackslash() throws {
        let session = try TmuxSession(width: 80, height: 24, command: Self.wrapped)
        defer { session.stop() }
        try session.waitFor("Nieuw gezin")
        try session.send("C-\\")
        Thread.sleep(forTimeInterval: 0.3)
        try session.send("C-\\")
        Thread.sleep(forTimeInterval: 0.3)
        let screen = try session.capture()
        #expect(!screen.contains("crashed"), "a crash report:\n\(screen)")
        // Still running and answering keys.
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.send("C-c")
        try expectCleanExit(session)
    }

    @Test("Ctrl-S does not freeze the screen; flow control is as it was after quitting")
    func ctrlS() throws {
        let session = try TmuxSession(width: 80, height: 24, command: Self.wrapped)
        defer { session.stop() }
        try session.waitFor("Nieuw gezin")
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.send("C-s")
        try session.type("Zoë")
        try session.waitFor("Naam of schuilnaam  Zoë")
        try session.send("C-c")
        try expectCleanExit(session)
        let before = try file(session, "before-a.txt")
        let after = try file(session, "after-a.txt")
        #expect(before.contains(" ixon") && !before.contains("-ixon"), "the test terminal starts with flow control on")
        #expect(before == after)
    }

    @Test("Ctrl-Z gives the shell a sane terminal; fg draws the screen again, keys and bracketed paste work")
    func suspendAndResume() throws {
        // An interactive shell, with job control, runs the program.
        let session = try TmuxSession(
            width: 80, height: 24, command: "exec bash --norc --noprofile -i", environment: ["PS1": "kt-shell$ "])
        defer { session.stop() }
        try session.waitFor("kt-shell$")
        try session.type("stty -g > before.txt; \"$KT\" --lang nl")
        try session.send("Enter")
        try session.waitFor("Nieuw gezin")
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.type("Gezin")
        try session.waitFor("Naam of schuilnaam  Gezin")

        try session.send("C-z")
        try session.waitFor { screen in
            let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return screen.contains("Stopped") && lines.last == "kt-shell$"
        }
        try session.type("stty -g > suspended.txt")
        try session.send("Enter")
        let suspended = try session.waitForFile("suspended.txt")
        #expect(suspended == (try file(session, "before.txt")), "the shell got the terminal back as it was")

        try session.type("clear; fg")
        try session.send("Enter")
        let resumed = try session.waitFor { $0.contains("Naam of schuilnaam  Gezin") && $0.contains("Keukentafel  ▸ Nieuw gezin") }
        #expect(!resumed.contains("kt-shell$"), "the screen is drawn again whole")
        try session.type(" Vos")
        try session.waitFor("Naam of schuilnaam  Gezin Vos")
        // The shell switched bracketed paste off; a pasted line break must still not submit the form.
        try session.paste("\nmet Zoë\n")
        let pasted = try session.waitFor("Gezin Vos⏎met Zoë⏎")
        #expect(pasted.contains("▸ Nieuw gezin"), "the paste submitted the form")

        try session.send("C-c")
        try session.waitFor("kt-shell$")
        try session.type("stty -g > after.txt")
        try session.send("Enter")
        #expect(try session.waitForFile("after.txt") == (try file(session, "before.txt")))
    }

    @Test("a bracketed paste of 100 KB arrives on the live line whole, and the screen stays responsive")
    func longPasteIntoLiveLine() throws {
        let session = try TmuxSession(width: 100, height: 30, command: Self.wrapped)
        defer { session.stop() }
        try session.waitFor("Nog geen gezinnen")
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.type("Gezin Vos")
        try session.send("Tab")
        try session.type("Sandra, Milan (9)")
        try session.send("Enter")
        try session.waitFor("Wie is er bij?")
        try session.send("Enter")
        try session.waitFor("gesprek 1")
        // 99,000 characters, some of them two bytes: 100 KB.
        let text = Self.pasted(99_000, end: " EINDE")
        // Keys typed right behind the paste (maybe in the same read) are keys, in order.
        try session.paste(text)
        try session.type("?")
        try session.send("Left")
        try session.type("!")
        // The line shows the end of the text, the cursor before the ?; keys answer at once.
        try session.waitFor("EINDE!?", timeout: 30)
        try session.send("End", "BSpace")
        try session.waitFor(timeout: 3) { $0.contains("EINDE!") && !$0.contains("EINDE!?") }
        try session.send("C-a")
        try session.waitFor(timeout: 3) { $0.contains("▸ Zoë zegt dat het beter gaat") && !$0.contains("EINDE!") }
        try session.send("Enter")
        try session.waitFor(timeout: 10) { $0.contains("✓ bewaard") && !$0.contains("▸ Zoë zegt") }
        try session.send("C-c")
        try expectCleanExit(session)
        // Recorded whole, as one entry.
        let store = session.home.appendingPathComponent(".local/share/keukentafel").path
        let export = try Subprocess.run([
            "env", "-i", "HOME=/tmp", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", TmuxSession.binary.path,
            "export", "Gezin Vos", "--format", "json", "--store", store,
        ])
        let root = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any]
        let words = (root?["events"] as? [[String: Any]] ?? []).compactMap { event -> String? in
            guard event["type"] as? String == "utteranceRecorded" else { return nil }
            return (event["payload"] as? [String: Any])?["text"] as? String
        }
        #expect(words == [text + "!"])
    }

    @Test("keys that come in the same read as the end of a paste are keys, in order")
    func keysBehindPaste() throws {
        let session = try TmuxSession(width: 80, height: 24, command: Self.wrapped)
        defer { session.stop() }
        try session.waitFor("Nieuw gezin")
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        // Stopped, the program reads nothing: paste and keys pile up and come in one read.
        let program = try Self.program(session)
        _ = try TerminalEndToEndTests.shell("kill -STOP \(program)")
        try session.paste("Gezin\nJansen")
        try session.send("Left")
        try session.type("!")
        try session.send("Tab")
        try session.type("Zoë")
        _ = try TerminalEndToEndTests.shell("kill -CONT \(program)")
        let screen = try session.waitFor("Gezinsleden         Zoë")
        #expect(screen.contains("Naam of schuilnaam  Gezin⏎Janse!n"))
        try session.send("C-c")
        try expectCleanExit(session)
    }

    static func program(_ session: TmuxSession) throws -> String {
        let pid = try TerminalEndToEndTests.shell("pgrep -P \(session.panePID()) keukentafel").trimmingCharacters(
            in: .whitespacesAndNewlines)
        try #require(!pid.isEmpty)
        return pid
    }

    @Test("an Escape sent at once after the key that opens a screen is not lost", arguments: [true, false])
    func escapeAfterScreenChange(oneWrite: Bool) throws {
        let session = try TmuxSession(width: 80, height: 24, command: Self.wrapped)
        defer { session.stop() }
        try session.waitFor("Nieuw gezin")
        // r opens the caseload (reading the store), Esc closes it: in one write, or in two.
        if oneWrite {
            try session.send("r", "Escape")
        } else {
            try session.send("r")
            try session.send("Escape")
        }
        // The next key comes well after the Escape: a key right behind an Escape is read as
        // Alt with that key, as a terminal sends it (so tests wait between keys).
        Thread.sleep(forTimeInterval: 1)
        try session.waitFor { $0.contains("Nieuw gezin (n)") && !$0.contains("Terugkijken: alle gezinnen") }
        // q quits from home only: had the Escape been lost, the caseload would still be open.
        try session.send("q")
        try expectCleanExit(session)
    }
}
