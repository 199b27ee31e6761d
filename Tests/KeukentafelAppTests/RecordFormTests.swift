import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// Presses keys without an edge (nothing is committed); for building screen states.
enum SessionFlowTestsSupport {
    static func press(_ events: [InputEvent], _ state: inout AppState) {
        for e in events { _ = AppFixtures.update(&state, .input(e)) }
    }
}

@Suite("Structured records (F11)")
struct RecordFormTests {
    typealias R = SessionFlowTests

    static func keys(_ s: String) -> [InputEvent] { s.map { .key(.char($0)) } }
    static let tab = InputEvent.key(KeyPress(.tab)), enter = InputEvent.key(KeyPress(.enter)), down = InputEvent.key(KeyPress(.down))

    /// F11, move to the kind, Enter, then the fields (tab-separated), Enter on the last.
    static func record(_ kind: RecordKind, _ fields: [String], _ state: inout AppState) -> [EventPayload] {
        var events: [InputEvent] = [.key(KeyPress(.function(11))), .key(KeyPress(.home))]
        events += Array(repeating: down, count: kind.rawValue) + [enter]
        for (i, f) in fields.enumerated() {
            events += keys(f)
            events.append(i == fields.count - 1 ? enter : tab)
        }
        return R.run(events, &state)
    }

    @Test("an agreement: who, what, by when")
    func agreement() {
        var state = SessionFixtures.state()
        let written = Self.record(.agreement, ["Sandra", "belt de school", "vrijdag"], &state)
        #expect(written.count == 1)
        guard case .agreementMade(let a)? = written.first else {
            Issue.record("no agreement")
            return
        }
        #expect(a.who == "Sandra" && a.what == "belt de school" && a.byWhen == "vrijdag")
        #expect(R.session(state)?.mode == .capture)
    }

    @Test("the next appointment shows in the closing summary and on the family view")
    func appointment() throws {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40))
        let written = Self.record(.appointment, ["donderdag 3 december, 14 uur", ""], &state)
        #expect(written.count == 1)
        guard case .appointmentSet(let a)? = written.first else {
            Issue.record("no appointment: \(written.count) events")
            return
        }
        #expect(a.when == "donderdag 3 december, 14 uur" && a.place == nil)
        R.run([.key(KeyPress(.function(10)))], &state)
        #expect(AppFixtures.render(state).contains("donderdag 3 december, 14 uur"))
        #expect(try #require(R.session(state)).record.nextAppointment?.when == "donderdag 3 december, 14 uur")
    }

    @Test("an option with pros and cons, then the speaker's preference for it")
    func optionAndPreference() throws {
        var state = SessionFixtures.state()
        let option = Self.record(.option, ["Opvoedcursus", "samen leren, gratis", "avonden"], &state)
        guard case .optionAdded(let o)? = option.first else {
            Issue.record("no option")
            return
        }
        #expect(o.pros == ["samen leren", "gratis"] && o.cons == ["avonden"])
        let count = try #require(R.session(state)).record.options.count
        let pref = Self.record(.preference, ["\(count)"], &state)
        guard case .preferenceRecorded(let p)? = pref.first else {
            Issue.record("no preference")
            return
        }
        #expect(p.optionID == o.optionID)
    }

    @Test("a decision needs a participation level from 1 to 5")
    func decision() throws {
        var state = SessionFixtures.state()
        let refused = Self.record(.decision, ["Samen met oma", "Sandra, Karim", "9", ""], &state)
        #expect(refused.isEmpty)
        guard case .record(let draft)? = R.session(state)?.mode else {
            Issue.record("form closed")
            return
        }
        #expect(draft.form.errors[2] != nil)
        #expect(draft.form.value(0) == "Samen met oma", "nothing typed is lost")
        let written = R.run([.key(KeyPress(.backspace))] + Self.keys("4") + [Self.tab, Self.enter], &state)
        guard case .decisionRecorded(let d)? = written.first else {
            Issue.record("no decision")
            return
        }
        #expect(d.ladderLevel == 4 && d.decidedBy == ["Sandra", "Karim"] && d.disagreement == nil)
    }

    @Test("Signs of Safety: the words in the speaker's name, placed in a column and perspective")
    func safety() {
        var state = SessionFixtures.state()
        let written = Self.record(.safety, ["1", "2", "Ik ben bang als papa boos wordt"], &state)
        #expect(written.count == 2)
        guard case .utteranceRecorded(let u) = written[0], case .safetyMapEntry(let m) = written[1] else {
            Issue.record("kinds")
            return
        }
        #expect(m.entryID == u.entryID && m.column == .worries && m.perspective == .children)
    }

    @Test("instrument scores are recorded as given, never as items; bad scores are refused")
    func instrument() {
        var state = SessionFixtures.state()
        #expect(Self.record(.instrument, ["SDQ", "2026-11-20", "totaal 14"], &state).isEmpty)
        var fresh = SessionFixtures.state()
        let written = Self.record(.instrument, ["SDQ", "2026-11-20", "totaal=14, emotie=5"], &fresh)
        guard case .instrumentScored(let i)? = written.first else {
            Issue.record("no score")
            return
        }
        #expect(i.scores == ["totaal": "14", "emotie": "5"])
    }

    @Test("a timeline event and the plan panel that shows it")
    func timeline() {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40)) { $0.panel = .plan }
        _ = Self.record(.timeline, ["2021", "Verhuisd naar Kranenmeer"], &state)
        #expect(AppFixtures.render(state).contains("2021: Verhuisd naar Kranenmeer"))
    }

    @Test("F11 suggests the kind that fits the question on the card")
    func suggestion() {
        #expect(RecordKind.suggested(for: .options) == .option)
        #expect(RecordKind.suggested(for: .participationLadder) == .decision)
        #expect(RecordKind.suggested(for: .signsOfSafety) == .safety)
        #expect(RecordKind.suggested(for: nil) == .agreement)
    }
}
