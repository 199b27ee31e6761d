import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// Words under the right name: nothing typed is filed under someone it is not from.
@Suite("Words under the right name")
struct RightNameTests {
    typealias R = SessionFlowTests
    static let enter = InputEvent.key(KeyPress(.enter))

    @Test("Alt-P on a worker's note tagged as an exception is refused: a note never becomes the family's goal")
    func noteIsNeverAGoal() throws {
        var state = SessionFixtures.state()
        let written = R.run([.key(.alt("0")), .key(.alt("e"))] + R.type("Moeder lijkt opgelucht") + [Self.enter, .key(.alt("p"))], &state)
        #expect(!written.contains { if case .goalSet = $0 { return true } else { return false } })
        let s = try #require(R.session(state))
        #expect(s.status == .session(.noteIsNotAGoal))
        #expect(AppFixtures.render(state).contains("niet de woorden van het gezin"))
    }

    @Test("Alt-P on the family's own tagged words: a shaping step, then their goal in their words, linked to the words, with whose it is")
    func familyWordsBecomeAGoal() throws {
        var state = SessionFixtures.state()
        var written = R.run(
            [.key(.alt("2")), .key(.alt("e"))] + R.type("Vrijdag ging het vanzelf") + [Self.enter, .key(.alt("1")), .key(.alt("p"))], &state
        )
        guard case .utteranceRecorded(let words)? = written.first else {
            Issue.record("no words")
            return
        }
        var s = try #require(R.session(state))
        #expect(s.mode == .goalShaping(source: words.entryID) && s.editor.text == "Vrijdag ging het vanzelf")
        #expect(s.speaker == .member(words.speaker), "whose goal starts as who said it")
        #expect(AppFixtures.render(state).contains("[doel van Karim]"))
        written = R.run([.key(.ctrl("u"))] + R.type("Op vrijdag staan we zelf op tijd op") + [Self.enter], &state)
        guard case .goalSet(let goal)? = written.first, written.count == 1 else {
            Issue.record("expected the goal: \(written)")
            return
        }
        #expect(
            goal.text == "Op vrijdag staan we zelf op tijd op" && goal.sourceEntries == [words.entryID] && goal.owners == [words.speaker])
        s = try #require(R.session(state))
        #expect(s.mode == .capture && s.record.goals.last?.owners == [words.speaker])
    }

    @Test("a goal is a family member's: shaping it with the worker speaking is refused with a message, nothing is lost")
    func goalNeedsOwner() throws {
        var state = SessionFixtures.state()
        R.run([.key(.alt("3")), .key(.alt("m"))] + R.type("Dan zingen we samen") + [Self.enter, .key(.alt("p")), .key(.alt("0"))], &state)
        let written = R.run([Self.enter], &state)
        #expect(written.isEmpty)
        let s = try #require(R.session(state))
        #expect(s.status == .session(.goalNeedsOwner))
        #expect(s.editor.text == "Dan zingen we samen")
    }

    @Test("after a note, the line goes back to the family member who spoke last")
    func noteIsOneEntry() throws {
        var state = SessionFixtures.state()
        R.run([.key(.alt("3")), .key(.alt("0"))] + R.type("compliment gegeven") + [Self.enter], &state)
        let s = try #require(R.session(state))
        #expect(s.speaker == .member(s.present[2].id))
        let next = R.run(R.type("Ik vond het fijn") + [Self.enter], &state)
        guard case .utteranceRecorded(let u)? = next.first else {
            Issue.record("the next line should be the family's words, not a note: \(next)")
            return
        }
        #expect(u.speaker == s.present[2].id)
    }

    @Test("F12 opens quick entry and a second F12 keeps it open; Esc leaves and gives back the words that were on the line")
    func quickEntryNeverToggles() throws {
        var state = SessionFixtures.state()
        R.run(R.type("half getypt") + [.key(KeyPress(.function(12))), .key(KeyPress(.function(12)))], &state)
        var s = try #require(R.session(state))
        #expect(s.mode == .quickEntry && s.editor.isEmpty)
        let written = R.run(R.type("netwerk: juf Ans, school") + [Self.enter], &state)
        #expect(written.contains { if case .networkContactSet = $0 { return true } else { return false } })
        #expect(!written.contains { if case .utteranceRecorded = $0 { return true } else { return false } })
        R.run([.key(KeyPress(.escape))], &state)
        s = try #require(R.session(state))
        #expect(s.mode == .capture)
        #expect(s.editor.text == "half getypt")
    }

    @Test("a capture line that starts like quick entry asks first: back, quick entry, or their words")
    func quickEntryLineAsks() throws {
        var state = SessionFixtures.state()
        var written = R.run(R.type("netwerk: buurman Kees, vrienden") + [Self.enter], &state)
        #expect(written.isEmpty)
        guard case .dialog(let dialog, .quickEntryLine)? = state.overlay else {
            Issue.record("expected the question")
            return
        }
        #expect(dialog.buttons.count == 3)
        // Back to the line: nothing saved, the words still there.
        R.run([Self.enter], &state)
        #expect(try #require(R.session(state)).editor.text == "netwerk: buurman Kees, vrienden")
        // Quick entry: a contact on the map, no quote.
        written = R.run([Self.enter, .key(KeyPress(.right)), Self.enter], &state)
        #expect(written.contains { if case .networkContactSet(let c) = $0 { return c.name == "buurman Kees" } else { return false } })
        #expect(!written.contains { if case .utteranceRecorded = $0 { return true } else { return false } })
        #expect(try #require(R.session(state)).mode == .quickEntry, "more map lines may follow; Esc goes back")
        R.run([.key(KeyPress(.escape))], &state)
        // Their words after all: a quote.
        written = R.run(R.type("weg: dat zei ze echt") + [Self.enter, .key(KeyPress(.left)), Self.enter], &state)
        #expect(
            written.contains { if case .utteranceRecorded(let u) = $0 { return u.text == "weg: dat zei ze echt" } else { return false } })
    }

    @Test("retracting the last entry keeps what is typed on the line")
    func retractKeepsTheLine() throws {
        var state = SessionFixtures.state()
        R.run(R.type("nog niet klaar") + [.key(.alt("x")), .key(KeyPress(.right)), Self.enter], &state)
        let s = try #require(R.session(state))
        #expect(s.editor.text == "nog niet klaar")
        #expect(s.transcript.last { $0.retracted } != nil)
    }

    @Test("Alt-0 twice: what the worker says aloud is the worker's words, neither a quote nor a note, and never on the family's screen")
    func workerAloud() throws {
        var state = SessionFixtures.state()
        R.run([.key(.alt("2")), .key(.alt("0")), .key(.alt("0"))], &state)
        #expect(try #require(R.session(state)).speaker == .workerAloud)
        #expect(AppFixtures.render(state).contains("[werker zegt]"))
        let written = R.run([.key(.alt("k"))] + R.type("Wat knap dat jullie dit samen doen") + [Self.enter], &state)
        guard case .workerSaid(let said)? = written.first, written.count == 1 else {
            Issue.record("expected only the worker's words: \(written)")
            return
        }
        #expect(said.text == "Wat knap dat jullie dit samen doen" && said.tags == [.complimentGiven])
        let s = try #require(R.session(state))
        let entry = try #require(s.transcript.last)
        #expect(entry.aloud && !entry.isWorkerNote && entry.isWorkers && entry.speaker == nil)
        #expect(AppFixtures.render(state).contains("werker zegt: “Wat knap"))
        #expect(s.speaker == .member(s.present[1].id), "the line goes back to the family member who spoke last")
        R.run([.key(KeyPress(.function(8)))], &state)
        #expect(!AppFixtures.render(state).contains("Wat knap"), "the family view shows only the family's own words")
    }

    @Test("'Deniz (3)' is member Deniz, aged 3, and quick entry on Deniz is that same person, not a second one")
    func memberAndGenogramPersonAreOne() throws {
        var state = AppFixtures.state()
        let created = AppFixtures.send(
            [.key(.char("n"))] + AppFixtures.keys("Gezin Kaya") + [.key(KeyPress(.tab)), .paste("Ayşe (mama), Deniz (3)"), Self.enter],
            to: &state)
        guard case .createFamily(let events)? = created.first else {
            Issue.record("no family")
            return
        }
        var record = FamilyRecord.replay(events[0].familyID, events)
        AppFixtures.update(&state, .familyOpened(record))
        guard case .startSession(let start)? = AppFixtures.send([Self.enter], to: &state).first, let session = start.first?.sessionID else {
            Issue.record("no session")
            return
        }
        for e in start { record.apply(e) }
        AppFixtures.update(&state, .sessionReady(record, sessionID: session, resumed: false))
        let written = R.run([.key(KeyPress(.function(12)))] + R.type("Deniz, zoon van Ayşe") + [Self.enter], &state)
        let deniz = try #require(record.members.first { $0.name == "Deniz" })
        let persons = written.compactMap { p -> GenogramPerson? in if case .genogramPersonSet(let g) = p { return g } else { return nil } }
        #expect(persons.filter { $0.name == "Deniz" }.map(\.memberID) == [deniz.id], "one Deniz, linked to the member: \(persons)")
        let s = try #require(R.session(state))
        #expect(s.record.genogram.persons.filter { foldedForMatching($0.name).hasPrefix("deniz") }.count == 1)
    }
}
