import Diagrams
import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// The live screen's keys, driven through `update` with an in-memory edge that applies
/// appends to the record (as the store would after its commit).
@Suite("Live session")
struct SessionFlowTests {
    typealias F = AppFixtures

    /// Runs events; `append` commands are "committed" unless `failing`.
    @discardableResult
    static func run(_ events: [InputEvent], _ state: inout AppState, failing: Bool = false) -> [EventPayload] {
        var written: [EventPayload] = []
        var queue: [AppAction] = events.map { .input($0) }
        while !queue.isEmpty {
            let action = queue.removeFirst()
            for command in AppFixtures.update(&state, action) {
                guard case .append(let events) = command, case .session(let s) = state.screen else { continue }
                if failing {
                    queue.insert(.appendFailed(detail: "The disk is full."), at: 0)
                    continue
                }
                var record = s.record
                for e in events { record.apply(e) }
                // Which card was on screen is for review (CardRecordingTests); these tests read the words.
                written += events.map(\.payload).filter { if case .promptShown = $0 { false } else { true } }
                queue.insert(.appended(record), at: 0)
            }
        }
        return written
    }

    static func session(_ state: AppState) -> SessionState? {
        if case .session(let s) = state.screen { return s }
        return nil
    }

    static func type(_ s: String) -> [InputEvent] { s.map { .key(.char($0)) } }

    @Test("Alt-digit picks the speaker, Enter saves their words verbatim; the line clears only after the commit")
    func captureQuote() throws {
        var state = SessionFixtures.state()
        let written = Self.run([.key(.alt("2"))] + Self.type("Het gaat écht beter 👍🏽") + [.key(KeyPress(.enter))], &state)
        let s = try #require(Self.session(state))
        guard case .utteranceRecorded(let u)? = written.first else {
            Issue.record("no utterance")
            return
        }
        #expect(u.text == "Het gaat écht beter 👍🏽")
        #expect(u.speaker == s.present[1].id)
        #expect(s.editor.isEmpty)
        #expect(s.transcript.last?.text == "Het gaat écht beter 👍🏽")
        #expect(AppFixtures.render(state).contains("✓ bewaard"))
    }

    @Test("a failed save keeps the words on the line and says NOT SAVED; Enter tries again")
    func failedSave() throws {
        var state = SessionFixtures.state()
        Self.run(Self.type("woorden van Zoë") + [.key(KeyPress(.enter))], &state, failing: true)
        var s = try #require(Self.session(state))
        #expect(s.editor.text == "woorden van Zoë")
        #expect(s.saveProblem != nil)
        #expect(AppFixtures.render(state).contains("NIET BEWAARD"))
        Self.run([.key(KeyPress(.enter))], &state)
        s = try #require(Self.session(state))
        #expect(s.editor.isEmpty && s.saveProblem == nil)
        #expect(s.transcript.last?.text == "woorden van Zoë")
    }

    @Test("Alt-0 makes a worker note, never a quote; tags are one key and apply to the next entry")
    func noteAndTags() throws {
        var state = SessionFixtures.state()
        let written = Self.run(
            [.key(.alt("0")), .key(.alt("w"))] + Self.type("Moeder oogt moe") + [.key(KeyPress(.enter))]
                + [.key(.alt("1")), .key(.alt("e"))] + Self.type("Gisteren ging het goed") + [.key(KeyPress(.enter))], &state)
        let entries = written.filter {
            if case .answerLinked = $0 { return false }
            return true
        }
        #expect(entries.count == 2)
        guard case .noteRecorded(let n) = entries[0], case .utteranceRecorded(let u) = entries[1] else {
            Issue.record("kinds")
            return
        }
        #expect(n.tags == [.worry])
        #expect(u.tags == [.exception])
        let canvas = AppFixtures.render(state)
        #expect(canvas.contains("notitie: Moeder oogt moe"))
        #expect(!canvas.contains("“Moeder oogt moe”"))
        #expect(try #require(Self.session(state)).tag == nil, "a tag is used once")
    }

    @Test("a pasted multi-line answer stays one entry")
    func pasteOneEntry() {
        var state = SessionFixtures.state()
        let written = Self.run([.paste("eerste regel\ntweede regel"), .key(KeyPress(.enter))], &state)
        let utterances = written.compactMap { p -> EventPayload.UtteranceRecorded? in
            if case .utteranceRecorded(let u) = p { return u }
            return nil
        }
        #expect(utterances.count == 1)
        #expect(utterances.first?.text == "eerste regel\ntweede regel")
    }

    @Test("Alt-U amends and Alt-X retracts the last entry, keeping the history")
    func corrections() throws {
        var state = SessionFixtures.state()
        Self.run(Self.type("drie keer") + [.key(KeyPress(.enter)), .key(.alt("u"))], &state)
        #expect(try #require(Self.session(state)).editor.text == "drie keer")
        Self.run([.key(.ctrl("u"))] + Self.type("vier keer") + [.key(KeyPress(.enter))], &state)
        var s = try #require(Self.session(state))
        #expect(s.transcript.last?.versions == ["drie keer", "vier keer"])
        Self.run([.key(.alt("x")), .key(KeyPress(.right)), .key(KeyPress(.enter))], &state)
        s = try #require(Self.session(state))
        #expect(s.transcript.last(where: { $0.text == "vier keer" })?.retracted == true)
        #expect(AppFixtures.render(state).contains("(ingetrokken)"))
    }

    @Test("Alt-P makes the last exception or miracle sign a goal, linked to the words")
    func promote() throws {
        var state = SessionFixtures.state()
        let before = try #require(Self.session(state)).record.goals.count
        // Alt-P puts the words on the line to shape; Enter keeps them as they are.
        let written = Self.run([.key(.alt("p")), .key(KeyPress(.enter))], &state)
        guard case .goalSet(let g)? = written.first else {
            Issue.record("no goal")
            return
        }
        let s = try #require(Self.session(state))
        #expect(s.record.goals.count == before + 1)
        let source = try #require(s.record.entries.first { $0.id == g.sourceEntries.first })
        #expect(g.text == source.text)
        #expect(source.tags.contains(.miracleSign))
    }

    @Test("F9 starts a scale; one key per present person sets their value; follow-ups link to it")
    func scale() throws {
        var state = SessionFixtures.state()
        let written = Self.run(
            [.key(KeyPress(.function(9)))] + Self.type("hoe rustig de ochtenden zijn") + [.key(KeyPress(.enter))]
                + [.key(.char("7")), .key(.char("t")), .key(.char(" "))], &state)
        let values = written.compactMap { p -> Int? in
            if case .scaleValueSet(let v) = p { return v.value }
            return nil
        }
        #expect(values == [7, 10])
        var s = try #require(Self.session(state))
        #expect(s.mode == .capture)
        #expect(s.currentScale?.topic == "hoe rustig de ochtenden zijn")
        // A scaling follow-up asked now is linked to the scale.
        s.promptIndex = s.prompts(state.prompts, .nl).firstIndex { $0.id == "scaling-not-lower" } ?? 0
        state.screen = .session(s)
        let follow = Self.run(Self.type("omdat we het samen doen") + [.key(KeyPress(.enter))], &state)
        #expect(
            follow.contains {
                if case .answerLinked(let l) = $0, case .scale = l.target { return true }
                return false
            })
    }

    @Test("the family view shows their own words and never a worker note")
    func familyView() {
        var state = SessionFixtures.state()
        Self.run([.key(KeyPress(.function(8)))], &state)
        let canvas = AppFixtures.render(state, size: Size(width: 120, height: 40))
        #expect(canvas.contains("wat jullie vertelden"))
        #expect(canvas.contains("wekliedje"))
        #expect(!canvas.contains("glundert"), "a worker note on the family view")
        #expect(!canvas.contains("notitie"))
        #expect(!canvas.contains("Wondervraag") && !canvas.contains("uitzondering"), "no technique names")
        Self.run([.key(KeyPress(.function(8)))], &state)
        #expect(Self.session(state)?.mode == .capture)
    }

    @Test("closing: the summary is confirmed, each present person rates the conversation, the session ends")
    func closing() throws {
        var state = SessionFixtures.state()
        // Sandra answers three of the four items; Karim and Zoë skip theirs.
        let written = Self.run(
            [.key(KeyPress(.function(10))), .key(.char("j")), .key(.char("8")), .key(.char("t")), .key(.char(" ")), .key(.char("6"))]
                + Self.type("        "),
            &state)
        #expect(written.contains(.summaryChecked(.init(confirmed: true))))
        guard
            let eval = written.compactMap({ p -> EventPayload.EvaluationRecorded? in
                if case .evaluationRecorded(let e) = p { return e }
                return nil
            }).first
        else {
            Issue.record("no evaluation")
            return
        }
        #expect(eval.ratings.count == 3)
        #expect(eval.ratings.values.sorted() == [6, 8, 10])
        #expect(eval.memberID == Self.session(SessionFixtures.state())?.present.first?.id)
        #expect(written.last == .sessionEnded(.init()))
        guard case .home = state.screen else {
            Issue.record("expected home after closing")
            return
        }
    }

    @Test("closing with corrections records them as the words of who gave them, then shows the summary again to confirm")
    func closingCorrections() throws {
        var state = SessionFixtures.state(size: Size(width: 100, height: 30))
        let written = Self.run(
            [.key(KeyPress(.function(10))), .key(.char("c")), .key(.alt("2"))] + Self.type("het is vier keer, niet drie") + [
                .key(KeyPress(.enter))
            ],
            &state)
        guard case .utteranceRecorded(let said)? = written.first, case .summaryChecked(let check)? = written.last, written.count == 2 else {
            Issue.record("expected their words and the check: \(written)")
            return
        }
        let s = try #require(Self.session(state))
        #expect(said.speaker == s.present[1].id && said.text == "het is vier keer, niet drie")
        #expect(check == .init(confirmed: false, corrections: "het is vier keer, niet drie", entryID: said.entryID))
        #expect(s.mode == .closing, "the summary comes back for the family to confirm")
        let screen = AppFixtures.render(state)
        #expect(screen.contains("Wat jullie anders zeiden") && screen.contains("“het is vier keer, niet drie” (Karim)"))
        // Then they confirm, and the rating follows.
        let confirmed = Self.run([.key(.char("j"))], &state)
        #expect(confirmed == [.summaryChecked(.init(confirmed: true))])
        guard case .evaluation? = Self.session(state)?.mode else {
            Issue.record("expected evaluation")
            return
        }
    }

    @Test(
        "the family view shows what 0 and 10 mean for a burden scale and a progress scale side by side, and a decision's ladder level in words"
    )
    func familyViewMeanings() throws {
        var state = SessionFixtures.state(size: Size(width: 100, height: 40))
        Self.run([.key(.alt("2")), .key(KeyPress(.function(6))), .key(KeyPress(.function(6))), .key(KeyPress(.function(6)))], &state)
        Self.run(
            [.key(KeyPress(.function(9)))] + Self.type("naar school gaan") + [
                .key(KeyPress(.enter)), .key(.char("3")), .key(.char("5")), .key(.char(" ")),
            ], &state)
        let s = try #require(Self.session(state))
        let kinds = Set(s.record.scales.map(\.kind))
        #expect(kinds.contains(.burden) && kinds.contains(.goal), "a burden scale from the demo and a progress scale just made: \(kinds)")
        Self.run([.key(KeyPress(.function(8)))], &state)
        var seen = ""
        for _ in 0..<4 {
            seen += AppFixtures.render(state).plainText
            Self.run([.key(KeyPress(.pageDown))], &state)
        }
        #expect(seen.contains("0 = geen last, 10 = de meeste last die er kan zijn"))
        #expect(seen.contains("naar school gaan: Sandra 3, Karim 5"))
        #expect(seen.contains("10 = het doel is bereikt") || seen.contains("10 = doel bereikt"), "\(seen)")
        #expect(seen.contains("Jullie hebben dit zelf besloten."))
        #expect(!seen.contains("notitie") && !seen.contains("Vader glundert"), "never a worker note")
    }

    @Test("F9: the kind of scale starts from the card, Tab changes it, and what 0 and 10 mean shows before and while the numbers are given")
    func scaleKinds() throws {
        var state = SessionFixtures.state()
        Self.run([.key(KeyPress(.function(9)))], &state)
        #expect(try #require(Self.session(state)).scaleKind == .goal, "the goals phase suggests progress")
        #expect(AppFixtures.render(state).contains("Soort: voortgang (0 = moeilijkste moment, 10 = doel bereikt) · Tab wisselt"))
        Self.run([.key(KeyPress(.tab)), .key(KeyPress(.tab))], &state)
        #expect(AppFixtures.render(state).contains("[schaal · vertrouwen]"))
        let written = Self.run(Self.type("dat het lukt zonder ruzie") + [.key(KeyPress(.enter))], &state)
        guard case .scaleDefined(let scale)? = written.first else {
            Issue.record("no scale")
            return
        }
        #expect(scale.kind == .confidence)
        #expect(AppFixtures.render(state).contains("0 = geen vertrouwen, 10 = alle vertrouwen"))
    }

    @Test("the card fills in the speaker's number where the question has one, and names the gap when it is not known")
    func placeholders() throws {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40)) { s in
            let phase = Phase.allCases.first { p in
                AppFixtures.catalog.filter(.nl, phase: p).contains { $0.id == "scaling-not-lower" }
            }
            s.phase = phase ?? .questions
            s.promptIndex = s.prompts(AppFixtures.catalog, .nl).firstIndex { $0.id == "scaling-not-lower" } ?? 0
        }
        let s = try #require(Self.session(state))
        #expect(s.currentPrompt(AppFixtures.catalog, .nl)?.id == "scaling-not-lower")
        let sandra = try #require(s.currentScale?.values.last { $0.memberID == s.present[0].id }?.value)
        #expect(AppFixtures.render(state).contains("U geeft een \(sandra). Hoe komt het dat het een \(sandra) is"))
        Self.run([.key(.alt("3"))], &state)  // Zoë has no number on this scale
        #expect(AppFixtures.render(state).contains("U geeft een [cijfer]."))
        #expect(!AppFixtures.render(state).contains("{value}"))
    }

    @Test("a correction needs a family member to have said it: the worker's line is refused with a message")
    func correctionNeedsSpeaker() throws {
        var state = SessionFixtures.state()
        let written = Self.run(
            [.key(KeyPress(.function(10))), .key(.char("c")), .key(.alt("0"))] + Self.type("iets anders") + [.key(KeyPress(.enter))], &state
        )
        #expect(written.isEmpty)
        let s = try #require(Self.session(state))
        #expect(s.mode == .closingCorrections && s.editor.text == "iets anders" && s.status == .session(.correctionNeedsSpeaker))
    }

    @Test("F5/F6 change the phase and record it; the card follows")
    func phases() throws {
        var state = SessionFixtures.state()
        let written = Self.run([.key(KeyPress(.function(6)))], &state)
        #expect(written == [.phaseChanged(.init(phase: .options))])
        let s = try #require(Self.session(state))
        #expect(s.phase == .options)
        #expect(s.currentPrompt(state.prompts, .nl)?.phases.contains(.options) == true)
    }

    @Test("Esc asks before leaving; the session stays open to resume")
    func leave() {
        var state = SessionFixtures.state()
        Self.run([.key(KeyPress(.escape))], &state)
        guard case .dialog(_, .leaveSession)? = state.overlay else {
            Issue.record("expected question")
            return
        }
        Self.run([.key(KeyPress(.right)), .key(KeyPress(.enter))], &state)
        guard case .home = state.screen else {
            Issue.record("expected home")
            return
        }
    }

    @Test("opening a family whose session was interrupted resumes it")
    func resume() {
        var state = F.state()
        let (record, session) = SessionFixtures.record()
        _ = AppFixtures.update(&state, .familyOpened(record))
        guard case .session(let s) = state.screen else {
            Issue.record("expected the session")
            return
        }
        #expect(s.sessionID == session)
        #expect(s.status == .sessionFormat(.resumedSession(3)))
        #expect(AppFixtures.render(state).contains("Verder met gesprek 3"))
    }
}

@Suite("Live session: genogram quick entry")
struct QuickEntryFlowTests {
    typealias R = SessionFlowTests

    @Test("F12, a line, Enter: the person is in the genogram panel at once; Tab completes a name")
    func quickEntry() throws {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40))
        let written = R.run([.key(KeyPress(.function(12)))] + R.type("Jet, 68, moeder van Kar") + [.key(KeyPress(.tab))], &state)
        #expect(written.isEmpty)
        #expect(try #require(R.session(state)).editor.text == "Jet, 68, moeder van Karim")
        let saved = R.run(
            [.key(KeyPress(.enter))] + R.type("netwerk: huisarts Bakker, hulpverlening, ver") + [.key(KeyPress(.enter))], &state)
        #expect(
            saved.contains {
                if case .genogramPersonSet(let p) = $0 { return p.name == "Jet" }
                return false
            })
        #expect(
            saved.contains {
                if case .networkContactSet(let c) = $0 { return c.name == "huisarts Bakker" }
                return false
            })
        let s = try #require(R.session(state))
        #expect(s.mode == .quickEntry, "quick entry stays open for the next person")
        #expect(s.panel == .network)
        #expect(AppFixtures.render(state).contains("h. Bakker"), "the contact is on the network map, its name shortened to fit")
        R.run(
            [.key(KeyPress(.function(7))), .key(KeyPress(.function(7))), .key(KeyPress(.function(7))), .key(KeyPress(.function(7)))], &state
        )
        #expect(AppFixtures.render(state).contains("Jet 68"), "\(AppFixtures.render(state))")
    }

    static let enter = InputEvent.key(KeyPress(.enter))

    /// Answers the question on show with the option whose text contains `text`.
    static func answer(_ text: String, _ state: inout AppState) throws -> [EventPayload] {
        let (dialog, _, _) = try #require(question(state), "expected a question")
        let option = try #require(
            dialog.message.split(separator: "\n").first { $0.contains(text) && $0.first?.isNumber == true }, "\(dialog.message)")
        return R.run([.key(.char(option.first!))], &state)
    }

    @Test("an uncle, a cousin (after its question), a half-sister and a step-father: the right links, in the panel at once")
    func relatives() throws {
        var state = SessionFixtures.state(size: Size(width: 200, height: 50)) {
            $0.panel = .genogram
            $0.fullPanel = true
        }
        func person(_ name: String) throws -> GenogramPerson {
            try #require(R.session(state)?.record.genogram.persons.first { $0.name == name })
        }
        func parents(_ name: String) throws -> Set<UUID> {
            Set(try #require(R.session(state)).record.genogram.parents(of: try person(name).personID))
        }
        R.run([.key(KeyPress(.function(12)))], &state)
        // Kees, Karim's brother: the same parents as Karim.
        R.run(R.type("Kees, 41, oom van Zoë") + [Self.enter], &state)
        _ = try Self.answer("Karim", &state)
        let (kees, karim) = (try parents("Kees"), try parents("Karim"))
        #expect(kees == karim && !karim.isEmpty)
        #expect(AppFixtures.render(state).contains("Kees 41"))
        // Ans, Sandra's sister; then Tim, a neef of Zoë: her cousin, but whose son? It asks.
        R.run(R.type("Ans, 38, tante van Zoë") + [Self.enter], &state)
        _ = try Self.answer("Sandra", &state)
        R.run(R.type("Tim, 14, neef van Zoë") + [Self.enter], &state)
        let asked = try #require(Self.question(state)).0.message
        #expect(asked.contains("Kees") && asked.contains("Ans"), "\(asked)")
        _ = try Self.answer("Kees", &state)
        let keesID = try person("Kees").personID
        #expect(try parents("Tim") == [keesID])
        #expect(AppFixtures.render(state).contains("Tim 14"))
        // Noor: Zoë's half-sister through Sandra alone.
        R.run(R.type("Noor, 5, halfzus van Zoë") + [Self.enter], &state)
        if Self.question(state) != nil { _ = try Self.answer("Sandra", &state) }
        let noor = try parents("Noor")
        let (sandraID, karimID) = (try person("Sandra").personID, try person("Karim").personID)
        #expect(noor.contains(sandraID) && !noor.contains(karimID))
        #expect(AppFixtures.render(state).contains("Noor 5"))
        // Bas: Milan's step-father is Sandra's new partner, not Milan's parent.
        R.run(R.type("Bas, 45, stiefvader van Milan") + [Self.enter], &state)
        if Self.question(state) != nil { _ = try Self.answer("Sandra", &state) }
        let g = try #require(R.session(state)).record.genogram
        let bas = try person("Bas").personID
        #expect(g.couples.contains { Set($0.partners) == [bas, sandraID] })
        let milan = try parents("Milan")
        #expect(!milan.contains(bas))
        #expect(AppFixtures.render(state).contains("Bas 45"))
        let layout = GenogramLayout(g)
        #expect(GenogramLineCheck.problems(g, layout, GenogramLines(g, layout, slot: 14)) == [])
    }

    /// The quick-entry question on show, with the line and earlier answers it is about.
    static func question(_ state: AppState) -> (Dialog, line: String, answers: [Int])? {
        guard case .dialog(let dialog, .quickEntryQuestion(let line, let answers))? = state.overlay else { return nil }
        return (dialog, line, answers)
    }

    @Test("a line that can mean two things asks in a dialog: Back and Esc record nothing and keep the line; an option records it")
    func question() throws {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40))
        let line = "Kees, oom van Zoë"
        var written = R.run([.key(KeyPress(.function(12)))] + R.type(line) + [Self.enter], &state)
        #expect(written.isEmpty)
        let (dialog, asked, answers) = try #require(Self.question(state), "expected the question")
        #expect(asked == line && answers.isEmpty)
        #expect(dialog.buttons == ["Terug naar de regel", "1", "2"])
        let screen = AppFixtures.render(state)
        #expect(screen.contains("1: via Sandra (moeder)") && screen.contains("2: via Karim (vader)"), "\(screen)")
        // Back (the first button, selected), then Esc: nothing recorded, the line as it was.
        written = R.run([Self.enter], &state)
        #expect(written.isEmpty && state.overlay == nil)
        #expect(try #require(R.session(state)).editor.text == line)
        written = R.run([Self.enter, .key(KeyPress(.escape))], &state)
        #expect(written.isEmpty && state.overlay == nil)
        var s = try #require(R.session(state))
        #expect(s.editor.text == line && s.mode == .quickEntry)
        // Option 2 by its number: Kees is Karim's brother, under Karim's parent couple.
        written = R.run([Self.enter, .key(.char("2"))], &state)
        #expect(state.overlay == nil)
        s = try #require(R.session(state))
        let g = s.record.genogram
        let kees = try #require(g.persons.first { $0.name == "Kees" })
        let karim = try #require(g.persons.first { $0.name == "Karim" })
        let karimCouples = Set(g.childLinks.filter { $0.childID == karim.personID }.map(\.coupleID))
        #expect(written.contains { if case .genogramChildLinked(let l) = $0 { l.childID == kees.personID } else { false } })
        #expect(g.childLinks.contains { $0.childID == kees.personID && karimCouples.contains($0.coupleID) })
        #expect(s.editor.isEmpty && s.mode == .quickEntry, "recorded: the line clears for the next person")
    }

    @Test("a line with two questions asks them in turn, by arrow keys and Enter too, and records once at the end")
    func questionsInTurn() throws {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40))
        let line = "Kees, oom van Zoë, vriend van Ans"
        var written = R.run([.key(KeyPress(.function(12)))] + R.type(line) + [Self.enter], &state)
        #expect(try #require(Self.question(state)).answers.isEmpty)
        #expect(AppFixtures.render(state).contains("2: vriend(in) op de netwerkkaart"))
        written = R.run([.key(KeyPress(.right)), Self.enter], &state)
        #expect(written.isEmpty, "nothing before the last answer")
        let second = try #require(Self.question(state))
        #expect(second.line == line && second.answers == [0])
        #expect(AppFixtures.render(state).contains("2: via Karim (vader)"))
        written = R.run([.key(.char("2"))], &state)
        #expect(!written.isEmpty && state.overlay == nil)
        let g = try #require(R.session(state)).record.genogram
        let kees = try #require(g.persons.first { $0.name == "Kees" }).personID
        let ans = try #require(g.persons.first { $0.name == "Ans" }).personID
        let karim = try #require(g.persons.first { $0.name == "Karim" }).personID
        #expect(g.couples.contains { Set($0.partners) == [kees, ans] }, "Ans's boyfriend")
        let karimCouples = Set(g.childLinks.filter { $0.childID == karim }.map(\.coupleID))
        #expect(g.childLinks.contains { $0.childID == kees && karimCouples.contains($0.coupleID) }, "Karim's brother")
    }
}
