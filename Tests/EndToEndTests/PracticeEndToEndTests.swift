import Foundation
import TestSupport
import Testing

/// Practice through the real binary: a case, the role cards in turn, a practice round on
/// the live screen, and practice data kept apart from real families until it is cleared.
@Suite("Practice end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PracticeEndToEndTests {
    static func run(_ args: [String], store: String) throws -> (status: Int32, output: String) {
        try Subprocess.run(
            ["env", "-i", "HOME=/tmp", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", TmuxSession.binary.path] + args + ["--store", store])
    }

    @Test("choose a case, read two role cards in turn, practise on the live screen; apart from real families until cleared")
    func practiceRound() throws {
        let session = try TmuxSession(
            width: 100, height: 30,
            command: "\"$KT\" demo --no-open --store \"$HOME/kt\" >/dev/null; \"$KT\" practice contact --lang nl --store \"$HOME/kt\"")
        defer { session.stop() }
        let store = session.home.appendingPathComponent("kt").path
        // `practice contact` opens the case whose id has that word, at the worker's introduction.
        let intro = try session.waitFor("Wie speelt wie")
        #expect(intro.contains("Wat de werker weet") && intro.contains("Twee huizen, één deur"))
        #expect(
            !intro.contains("Alleen jij weet") && !intro.contains("Je praat in termen van rechten"), "a role card on the worker's screen")
        try session.send("Enter")
        try session.waitFor("Geef de laptop aan wie Marco Jansen speelt")
        try session.send("Enter")
        let first = try session.waitFor("Rolkaart: Marco Jansen")
        #expect(!first.contains("Rolkaart: Yasmina") && first.contains("Alleen jij weet"))
        try session.send("Enter")
        // The first card is hidden before the second player's turn.
        let handOver = try session.waitFor("Geef de laptop aan wie Yasmina Bouzid speelt")
        #expect(!handOver.contains("Rolkaart: Marco") && !handOver.contains("Je praat in termen van rechten"))
        try session.send("Enter")
        try session.waitFor("Rolkaart: Yasmina Bouzid")
        // The remaining cards, then the start.
        for _ in 0..<8 {
            let screen = try session.capture()
            if screen.contains("Alle rolkaarten zijn gelezen") { break }
            try session.send("Enter")
            Thread.sleep(forTimeInterval: 0.2)
        }
        try session.waitFor("Alle rolkaarten zijn gelezen")
        try session.send("Enter")
        try session.waitFor { $0.contains("OEFENEN") && $0.contains("van 20:00") }
        try session.send("M-1")
        try session.type("Zeppelinvaart op zondag ging goed")
        try session.send("Enter")
        try session.waitFor { $0.contains("Zeppelinvaart") && $0.contains("✓ bewaard") }
        try session.send("Escape")
        try session.waitFor("Gesprek onderbreken?")
        try session.send("Right", "Enter")
        try session.waitFor("1 gezin in deze opslag")
        try session.send("q")
        try session.waitFor { _ in (try? Self.run(["export", "Jansen", "--format", "json"], store: store).status) == 0 }

        // Apart: not among the real families, not found by search; --practice shows it.
        let families = try Self.run(["families"], store: store)
        #expect(families.status == 0 && !families.output.contains("Twee huizen"))
        let practiceFamilies = try Self.run(["families", "--practice"], store: store)
        #expect(practiceFamilies.output.contains("Twee huizen, één deur"), "\(practiceFamilies.output)")
        #expect(try Self.run(["search", "zeppelinvaart"], store: store).output.contains("Zeppelinvaart") == false)
        #expect(try Self.run(["search", "zeppelinvaart", "--practice"], store: store).output.contains("Zeppelinvaart"))

        // Cleared: no trace of the practice words anywhere in the store's files.
        let cleared = try Self.run(["practice", "clear", "--yes"], store: store)
        #expect(cleared.status == 0 && cleared.output.contains("Removed all practice data"), "\(cleared.output)")
        let grep = try Subprocess.run(["grep", "-rli", "zeppelinvaart", store])
        #expect(grep.output.isEmpty, "practice words left in \(grep.output)")
        #expect(try Self.run(["families", "--practice"], store: store).output.contains("Twee huizen") == false)
        #expect(try Self.run(["families"], store: store).output.contains("Gezin Jansen"), "the real family stays")
    }
}
