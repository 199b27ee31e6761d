import Foundation
import TestSupport
import Testing

/// A whole fictional session through the real binary in tmux, then the record checked
/// through `export`.
@Suite("Live session end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LiveSessionTests {
    /// Keys pressed for the quotes beyond their characters, per quote.
    final class KeyCount { var extras: [String: Int] = [:] }

    /// Records a quote: `before` keys (speaker, tag), the text, Enter; waits until it is saved.
    func quote(_ session: TmuxSession, _ before: [String], _ text: String, _ count: KeyCount) throws {
        for k in before { try session.send(k) }
        try session.type(text)
        try session.send("Enter")
        count.extras[text] = before.count + 1
        try session.waitFor { $0.contains(String(text.prefix(24))) && $0.contains("✓ bewaard") }
    }

    /// Home → new family with these members → everyone present → the live screen.
    func startNewFamily(_ session: TmuxSession, members: String) throws {
        try session.waitFor("Nog geen gezinnen")
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.type("Gezin Vos")
        try session.send("Tab")
        try session.type(members)
        try session.send("Enter")
        try session.waitFor("Wie is er bij?")
        try session.send("Enter")
        try session.waitFor("gesprek 1")
    }

    /// F2, search the question library, Enter: the question goes on the card.
    func pickQuestion(_ session: TmuxSession, _ words: String, shows: String) throws {
        try session.send("F2")
        try session.waitFor("Vragenbibliotheek")
        try session.type(words)
        try session.waitFor(shows)
        try session.send("Enter")
        try session.waitFor { $0.contains(shows) && !$0.contains("Vragenbibliotheek") }
    }

    static func export(_ store: String) throws -> [[String: Any]] {
        let r = try Subprocess.run([
            "env", "-i", "HOME=/tmp", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", TmuxSession.binary.path,
            "export", "Gezin Vos", "--format", "json", "--store", store,
        ])
        let root = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any]
        return root?["events"] as? [[String: Any]] ?? []
    }

    @Test("a complete session from the home screen is recorded verbatim, with two keys at most per quote")
    func completeSession() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\"$KT\" --lang nl")
        defer { session.stop() }
        let count = KeyCount()
        try session.waitFor("Nog geen gezinnen")
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.type("Gezin Vos")
        try session.send("Tab")
        try session.type("Iris, Bram, Noor (9), oma Jet")
        try session.send("Enter")
        try session.waitFor("Wie is er bij?")
        try session.send("4")  // oma Jet is not here today
        try session.waitFor("[ ] oma Jet")
        try session.send("Enter")
        try session.waitFor("gesprek 1 · Welkom en agenda")

        try quote(session, ["M-1"], "Fijn dat je er bent, het is hier wel een chaos hoor.", count)
        try quote(session, ["M-2"], "Ik werk veel, dus ik mis de ochtenden.", count)
        try quote(session, ["M-3"], "Ik wil dat mama niet meer moe is.", count)
        try quote(session, ["M-0"], "Noor zit dicht tegen moeder aan; Bram kijkt op zijn telefoon.", count)

        // A scale: the topic in their words, then one key per present person.
        try session.send("F9")
        try session.waitFor("Onderwerp van de schaal")
        try session.type("hoe rustig het thuis is")
        try session.send("Enter")
        try session.waitFor("Cijfer van Iris")
        try session.send("6")
        try session.waitFor("Cijfer van Bram")
        try session.send("4")
        try session.waitFor("Cijfer van Noor")
        try session.send("t")
        try session.send("F7")
        try session.waitFor { $0.contains("hoe rustig het thuis is") && $0.contains("10") }
        // The competence follow-up, from the question library, linked to the scale.
        try pickQuestion(session, "niet lager", shows: "Waarom dit cijfer en niet lager?")
        try quote(session, ["M-1"], "Omdat we op zondag samen koken, dan is het gezellig.", count)

        // An exception (same speaker, so one key for the tag).
        try quote(session, ["M-e"], "Vorige week woensdag ging het ontbijt zonder ruzie.", count)

        // The miracle question and two signs, one promoted to a goal.
        try pickQuestion(session, "wondervraag", shows: "wondervraag")
        try quote(session, ["M-m"], "Dan maakt mama pannenkoeken en lacht ze.", count)
        try quote(session, ["M-m"], "Dan hoeft niemand te schreeuwen bij het aankleden.", count)
        try session.send("M-p")
        try session.waitFor("[doel van")
        try session.send("Enter")
        try session.waitFor("Nieuw doel: Dan hoeft niemand te schreeuwen")

        // An agreement.
        try quote(session, ["M-a"], "Ik breng Noor op woensdag naar school.", count)

        // The family view: their words, never the note.
        try session.send("F8")
        let familyView = try session.waitFor("wat jullie vertelden")
        #expect(familyView.contains("Dan hoeft niemand te schreeuwen bij het aankleden."))
        #expect(familyView.contains("Ik breng Noor op woensdag naar school."))
        #expect(!familyView.contains("telefoon"), "a worker note on the family view")
        try session.send("F8")
        try session.waitFor("gesprek 1")

        // Closing: confirmed, then each present person's rating (Noor, 9, in the child
        // wording); the session ends and the worker alone is told of the low one.
        try session.send("F10")
        try session.waitFor("Samenvatting in jullie eigen woorden")
        try session.send("j")
        try session.waitFor("Aan de beurt: Iris (1 van 3)")
        for k in ["8", "9", "7", "t", "9", "8", "8", "8"] { try session.send(k) }
        try session.waitFor("Er werd goed naar mij geluisterd.")
        for k in ["3", "t", "t", "t"] { try session.send(k) }
        let closed = try session.waitFor("Gesprek 1 is afgesloten en bewaard.")
        #expect(closed.contains("Noor: 3 bij"))
        try session.send("Enter", "q")
        let store = session.home.appendingPathComponent(".local/share/keukentafel").path
        try session.waitFor(timeout: 5) { _ in (try? Self.export(store).isEmpty) == false }

        // Every quote took at most two keys beyond its characters.
        for (text, extra) in count.extras { #expect(extra <= 2, "\(extra) keys for: \(text)") }

        // The export holds every captured word verbatim, with its speaker and tags.
        let events = try Self.export(store)
        var names: [String: String] = [:]
        for e in events where e["type"] as? String == "memberAdded" {
            let p = e["payload"] as! [String: Any]
            names[p["memberID"] as! String] = p["name"] as? String
        }
        func recorded(_ text: String) -> [String: Any]? {
            events.first { ($0["payload"] as? [String: Any])?["text"] as? String == text }?["payload"] as? [String: Any]
        }
        let expected: [(String, String, [String])] = [
            ("Fijn dat je er bent, het is hier wel een chaos hoor.", "Iris", []),
            ("Ik werk veel, dus ik mis de ochtenden.", "Bram", []),
            ("Ik wil dat mama niet meer moe is.", "Noor", []),
            ("Omdat we op zondag samen koken, dan is het gezellig.", "Iris", []),
            ("Vorige week woensdag ging het ontbijt zonder ruzie.", "Iris", ["exception"]),
            ("Dan maakt mama pannenkoeken en lacht ze.", "Iris", ["miracle-sign"]),
            ("Dan hoeft niemand te schreeuwen bij het aankleden.", "Iris", ["miracle-sign"]),
            ("Ik breng Noor op woensdag naar school.", "Iris", ["agreement"]),
        ]
        for (text, speaker, tags) in expected {
            let p = try #require(recorded(text), "missing: \(text)")
            #expect(names[p["speaker"] as? String ?? ""] == speaker, "\(text)")
            #expect(p["tags"] as? [String] == tags, "\(text)")
        }
        let note = try #require(recorded("Noor zit dicht tegen moeder aan; Bram kijkt op zijn telefoon."))
        #expect(note["speaker"] == nil, "a note has no speaker")
        let types = events.compactMap { $0["type"] as? String }
        for t in ["scaleDefined", "scaleValueSet", "answerLinked", "goalSet", "summaryChecked", "evaluationRecorded", "sessionEnded"] {
            #expect(types.contains(t), "no \(t)")
        }
        #expect(types.filter { $0 == "scaleValueSet" }.count == 3)
    }

    @Test("after SIGKILL in the middle of a session, starting again resumes it with every saved entry")
    func resumeAfterKill() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "\"$KT\" --lang nl; \"$KT\" --lang nl")
        defer { session.stop() }
        let count = KeyCount()
        try startNewFamily(session, members: "Iris, Bram")
        try quote(session, ["M-1"], "Eerste zin die bewaard is.", count)
        try quote(session, ["M-2"], "Tweede zin die bewaard is.", count)
        try quote(session, ["M-0"], "Een notitie die bewaard is.", count)
        try session.type("Deze zin is nog niet bewaard")
        try session.waitFor("Deze zin is nog niet bewaard")
        let bash = try session.panePID()
        let pid = try Subprocess.run(["pgrep", "-P", "\(bash)", "keukentafel"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!pid.isEmpty)
        _ = try Subprocess.run(["kill", "-KILL", pid])
        // The shell starts Keukentafel again; open the family: the session resumes.
        try session.waitFor("1 gezin in deze opslag: Gezin Vos.")
        try session.send("o")
        try session.waitFor("Gezin openen")
        try session.send("Enter")
        let resumed = try session.waitFor("Verder met gesprek 1")
        for text in ["Eerste zin die bewaard is.", "Tweede zin die bewaard is.", "Een notitie die bewaard is."] {
            #expect(resumed.contains(text), "lost after the kill: \(text)")
        }
        #expect(!resumed.contains("Deze zin is nog niet bewaard"))
        #expect(resumed.contains("gesprek 1"), "the same session, not a new one")
    }

    @Test("a scale's history from earlier sessions shows in the next one")
    func scaleHistory() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\"$KT\" demo --no-open >/dev/null; \"$KT\" --lang nl")
        defer { session.stop() }
        // Writing the demo's three sessions durably comes first: on a loaded machine that
        // alone can take longer than a screen usually needs.
        try session.waitFor("1 gezin in deze opslag", timeout: 30)
        try session.send("o")
        try session.waitFor("Gezin openen")
        try session.send("Enter")
        try session.waitFor("Wie is er bij?")
        try session.send("Enter")
        try session.waitFor("gesprek 4")
        try session.send("F7")
        // The whole panel, not a frame caught half drawn.
        let screen = try session.waitFor { $0.contains("hoeveel last we hebben van de ochtenden") && $0.contains("▆▅▃") }
        // Sandra's burden over sessions 1-3 (8, 6, 4) as a sparkline.
        #expect(screen.contains("Sandra") && screen.contains("▆▅▃"), "\(screen)")
    }

    @Test("quick entry during a session: three people and two contacts appear at once and in the export")
    func quickEntry() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\"$KT\" --lang nl")
        defer { session.stop() }
        try startNewFamily(session, members: "Iris, Bram")
        try session.send("F12")
        try session.waitFor("[genogram]")
        for line in ["Jet, 68, moeder van Iris, woont in Kranenmeer", "Noor, 9, dochter van Iris", "Kees, vader van Bra"] {
            try session.type(line)
            if line.hasSuffix("Bra") { try session.send("Tab") }
            try session.send("Enter")
            try session.waitFor(String(line.prefix(3)))
        }
        let genogram = try session.waitFor("Kees")
        #expect(genogram.contains("Jet 68") && genogram.contains("Noor 9"), "\(genogram)")
        // An emotional relation is drawn at once, and named under the drawing.
        try session.type("Kees, ruzie met Bram")
        try session.send("Enter")
        let conflict = try session.waitFor("Kees – Bram: ruzie")
        #expect(conflict.contains("∿"), "\(conflict)")
        for line in ["netwerk: juf Marieke, school, dichtbij, praktisch", "netwerk: buurvrouw Ans, buren, midden, gezelschap"] {
            try session.type(line)
            try session.send("Enter")
        }
        // On the drawn map long names are shortened to fit their place.
        let network = try session.waitFor("b. Ans")
        #expect(network.contains("j. Marieke"), "\(network)")
        try session.send("Escape", "Escape")
        try session.waitFor("Gesprek onderbreken?")
        try session.send("Right", "Enter", "q")
        let store = session.home.appendingPathComponent(".local/share/keukentafel").path
        try session.waitFor(timeout: 5) { _ in (try? Self.export(store).isEmpty) == false }
        let events = try Self.export(store)
        let people = events.filter { $0["type"] as? String == "genogramPersonSet" }.compactMap {
            ($0["payload"] as? [String: Any])?["name"] as? String
        }
        for name in ["Jet", "Noor", "Kees", "Iris", "Bram"] { #expect(people.contains(name), "\(name) not in the export") }
        let kees = events.last { ($0["payload"] as? [String: Any])?["name"] as? String == "Kees" }?["payload"] as? [String: Any]
        #expect(kees?["gender"] as? String == "male")
        let contacts = events.filter { $0["type"] as? String == "networkContactSet" }.compactMap {
            ($0["payload"] as? [String: Any])?["name"] as? String
        }
        #expect(contacts == ["juf Marieke", "buurvrouw Ans"])
        #expect(
            events.contains {
                $0["type"] as? String == "genogramBondSet" && ($0["payload"] as? [String: Any])?["kind"] as? String == "conflict"
            })
    }
}

/// The search screen through the real binary: the demo store, `/`, a word of an agreement.
@Suite("Search end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct SearchEndToEndTests {
    @Test("/ on home finds a word of the demo family's agreement; Enter opens its session in review at the agreement")
    func searchOpensFamily() throws {
        let session = try TmuxSession(
            width: 120, height: 40,
            command: "\"$KT\" demo --no-open --store \"$HOME/kt\" >/dev/null; \"$KT\" --lang nl --store \"$HOME/kt\"")
        defer { session.stop() }
        try session.waitFor("1 gezin in deze opslag", timeout: 30)  // the demo is written durably first
        try session.send("/")
        try session.waitFor("Zoeken in gesprekken")
        // Accents and case do not matter; the store matches words by their start.
        try session.type("BOTERHAMMEN")
        let hits = try session.waitFor("[afspraak]")
        #expect(hits.contains("maakt elke avond de boterhammen klaar") && hits.contains("Gezin Jansen"), "\(hits)")
        try session.send("Enter")
        let review = try session.waitFor("Terugkijken: Gezin Jansen (demo)")
        #expect(review.contains("[afspraak]") && review.contains("boterhammen"), "\(review)")
    }
}
