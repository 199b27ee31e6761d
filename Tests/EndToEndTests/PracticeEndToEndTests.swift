import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Practice through the real binary: a case, the role cards in turn, a practice round on
/// the live screen, and practice data kept apart from real families until it is cleared.
@Suite("Practice end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PracticeEndToEndTests {
    /// Enter on each hand-over and each card until every card is read, one screen at a
    /// time (a second Enter queued too early would start the round).
    static func readAllCards(_ session: TmuxSession) throws {
        while true {
            let screen = try session.waitFor(timeout: 10) {
                $0.contains("Alle rolkaarten zijn gelezen") || $0.contains("Geef de laptop aan")
            }
            if screen.contains("Alle rolkaarten zijn gelezen") { return }
            try session.send("Enter")
            try session.waitFor(timeout: 10) { $0.contains("Gelezen? Enter verbergt") }
            try session.send("Enter")
            try session.waitFor(timeout: 10) { !$0.contains("Gelezen? Enter verbergt") }
        }
    }

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
        let intro = try session.waitFor("Wie speelt wie", timeout: 30)  // the demo is written durably first
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
        try session.send("Enter")
        try Self.readAllCards(session)
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
        // The caseload lists real families only.
        try session.send("r")
        let caseload = try session.waitFor { $0.contains("Terugkijken: alle gezinnen") && $0.contains("Gezin Jansen") }
        #expect(!caseload.contains("Twee huizen"), "a practice family in the caseload")
        try session.send("Escape")
        try session.waitFor(timeout: 10) { $0.contains("1 gezin in deze opslag") }
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

    @Test(
        "a whole round: the trainee's questions and the family's answers, a scale with a follow-up, closing, an observer's scores, the feedback"
    )
    func roundWithFeedback() throws {
        let session = try TmuxSession(
            width: 120, height: 40, command: "\"$KT\" practice toddler --lang nl --worker Sanne --role trainee --store \"$HOME/kt\"")
        defer { session.stop() }
        let live = LiveSessionTests()
        let count = LiveSessionTests.KeyCount()
        try session.waitFor("Wie speelt wie")
        try session.send("Enter")
        try Self.readAllCards(session)
        try session.send("Enter")
        try session.waitFor { $0.contains("OEFENEN") && $0.contains("van 20:00") }

        // The trainee's questions aloud (Alt-0 twice), the family's answers.
        try live.quote(session, ["M-0", "M-0"], "Wat gaat er al goed met slapen?", count)
        try live.quote(session, ["M-1"], "Op zaterdag slaapt hij soms door tot zes uur.", count)
        try live.quote(session, ["M-0", "M-0"], "Hoe kwam het dat hij zaterdag doorsliep tot zes uur?", count)
        try live.quote(session, ["M-1"], "Toen had ik hem eerder in bad gedaan.", count)

        // A scale, and its competence follow-up linked to it.
        try session.send("F9")
        try session.waitFor("Onderwerp van de schaal")
        try session.type("hoe uitgerust ik ben")
        try session.send("Enter")
        // One value per person present (three role cards), each once the screen asks for it.
        for _ in 0..<3 {
            let screen = try session.waitFor(timeout: 10) { $0.contains("Cijfer van") }
            try session.send("4")
            try session.waitFor(timeout: 10) { $0 != screen }
        }
        try session.waitFor(timeout: 10) { !$0.contains("Cijfer van") && $0.contains("✓ bewaard") }
        try live.pickQuestion(session, "niet lager", shows: "Waarom dit cijfer en niet lager?")
        try live.quote(session, ["M-1"], "Omdat ik twee nachten wel heb geslapen.", count)

        // Closing: confirmed, then everyone's rating, until the round goes to the observer.
        try session.send("F10")
        try session.waitFor("Samenvatting in jullie eigen woorden")
        try session.send("j")
        // One rating at a time, each once the screen has taken the one before.
        while true {
            let screen = try session.waitFor(timeout: 10) { $0.contains("Score van de observator") || $0.contains("Aan de beurt") }
            if screen.contains("Score van de observator") { break }
            try session.send("8")
            try session.waitFor(timeout: 10) { $0 != screen }
        }
        try session.waitFor("Score van de observator: ronde 1 van Sanne")
        try session.type("Fatma")
        try session.send("2", "1", "2", "Enter")
        let feedback = try session.waitFor { $0.contains("Feedback: ronde 1 van Sanne") && $0.contains("Sterke punten") }
        #expect(feedback.contains("Om te oefenen"))
        #expect(feedback.contains("2 open, 0 gesloten"), "\(feedback)")
        try session.send("v")
        try session.waitFor("Voortgang over de rondes: Sanne")
        try session.send("Escape")
        try session.waitFor("Sterke punten")
        try session.send("Escape")
        try session.waitFor("Nog geen gezinnen")

        // The trainee's rounds on paper (read beside the open app).
        let store = session.home.appendingPathComponent("kt").path
        let md = try Self.run(["practice", "report", "Sanne", "--lang", "nl"], store: store)
        #expect(md.status == 0 && md.output.hasPrefix("# Voortgang over de rondes: Sanne"), "\(md.output)")
        #expect(md.output.contains("| Open vragen | 100%") && md.output.contains("## Sterke punten"), "\(md.output)")
        let html = try Self.run(["practice", "report", "Sanne", "--format", "html", "--lang", "nl"], store: store)
        #expect(html.status == 0)
        #expect((try? XMLDocument(data: Data(html.output.utf8))) != nil, "the page is not well-formed")
        let nobody = try Self.run(["practice", "report", "Niemand"], store: store)
        #expect(nobody.status == 3 && nobody.output.contains("no practice rounds of 'Niemand'"))
    }
}
