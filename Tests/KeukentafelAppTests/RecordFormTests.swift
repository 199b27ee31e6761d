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
            // Ctrl-U first: a field may start filled in (who says it: the current speaker).
            events += [.key(.ctrl("u"))] + keys(f)
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
        R.run([.key(KeyPress(.function(10))), .key(KeyPress(.pageDown)), .key(KeyPress(.pageDown))], &state)
        #expect(AppFixtures.render(state).contains("donderdag 3 december, 14 uur"), "at the end of the summary, after scrolling")
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
        let pref = Self.record(.preference, ["\(count)", "2", "dan leren we het samen"], &state)
        guard case .utteranceRecorded(let reason)? = pref.first, case .preferenceRecorded(let p)? = pref.last, pref.count == 2 else {
            Issue.record("expected the reason in their words, then the preference: \(pref)")
            return
        }
        let s = try #require(R.session(state))
        #expect(p.optionID == o.optionID && p.memberID == s.present[1].id)
        #expect(reason.speaker == s.present[1].id && reason.text == "dan leren we het samen" && p.entryID == reason.entryID)
        // Without a reason nothing else is linked: not the last thing that member said.
        let bare = Self.record(.preference, ["\(count)", "1", ""], &state)
        guard case .preferenceRecorded(let q)? = bare.first, bare.count == 1 else {
            Issue.record("expected only the preference: \(bare)")
            return
        }
        #expect(q.entryID == nil && q.memberID == s.present[0].id)
        // A preference is a family member's: 0 (the worker) is refused.
        #expect(Self.record(.preference, ["\(count)", "0", ""], &state).isEmpty)
        guard case .record(let draft)? = R.session(state)?.mode else {
            Issue.record("form closed")
            return
        }
        #expect(draft.form.errors[1] == UIText.record(.errorPreferenceIsTheirs).text(.nl))
    }

    @Test("a decision needs a participation level from 1 to 5")
    func decision() throws {
        var state = SessionFixtures.state()
        let refused = Self.record(.decision, ["Samen met oma", "1", "1, 2", "9", ""], &state)
        #expect(refused.isEmpty)
        guard case .record(let draft)? = R.session(state)?.mode else {
            Issue.record("form closed")
            return
        }
        #expect(draft.form.errors[3] != nil)
        #expect(draft.form.value(0) == "Samen met oma", "nothing typed is lost")
        #expect(AppFixtures.render(state).contains("4 meebeslissen"), "the ladder's levels are explained on the form")
        let written = R.run([.key(KeyPress(.backspace))] + Self.keys("4") + [Self.tab, Self.enter], &state)
        guard case .decisionRecorded(let d)? = written.first else {
            Issue.record("no decision")
            return
        }
        let s = try #require(R.session(state))
        #expect(d.ladderLevel == 4 && d.decidedBy == ["Sandra", "Karim"] && d.disagreement == nil)
        #expect(d.deciders == [s.present[0].id, s.present[1].id])
        #expect(d.optionID == s.record.options.first?.optionID && d.consideredOptions == s.record.options.map(\.optionID))
        // Who decided comes from those present: a name typed as text is refused.
        #expect(Self.record(.decision, ["Nog een besluit", "", "Sandra", "3", ""], &state).isEmpty)
    }

    @Test("Signs of Safety: the words in the speaker's name, placed in a column and perspective")
    func safety() {
        var state = SessionFixtures.state()
        let written = Self.record(.safety, ["1", "2", "3", "Ik ben bang als papa boos wordt"], &state)
        #expect(written.count == 2)
        guard case .utteranceRecorded(let u) = written[0], case .safetyMapEntry(let m) = written[1] else {
            Issue.record("kinds")
            return
        }
        #expect(m.entryID == u.entryID && m.column == .worries && m.perspective == .children)
        #expect(u.speaker == R.session(state)?.present[2].id, "the child who said it, not the selected adult")
    }

    @Test("Signs of Safety from the professionals' perspective are the worker's words, never a quote of someone present")
    func safetyProfessionals() throws {
        var state = SessionFixtures.state()
        R.run(
            [.key(.alt("2")), .key(KeyPress(.function(11))), .key(KeyPress(.home))]
                + Array(repeating: Self.down, count: RecordKind.safety.rawValue) + [Self.enter], &state)
        guard case .record(let draft)? = R.session(state)?.mode else {
            Issue.record("no form")
            return
        }
        #expect(draft.form.value(2) == "2", "who says it starts as the current speaker")
        R.run([.key(KeyPress(.escape)), .key(KeyPress(.escape))], &state)
        #expect(Self.record(.safety, ["1", "4", "2", "School maakt zich zorgen over verzuim"], &state).isEmpty)
        guard case .record(let refused)? = R.session(state)?.mode else {
            Issue.record("form closed")
            return
        }
        #expect(refused.form.errors[2] == UIText.record(.errorProfessionalsAreWorker).text(.nl))
        R.run([.key(KeyPress(.escape)), .key(KeyPress(.escape))], &state)
        let written = Self.record(.safety, ["1", "4", "0", "School maakt zich zorgen over verzuim"], &state)
        guard case .workerSaid(let w)? = written.first, case .safetyMapEntry(let m)? = written.last else {
            Issue.record("expected the worker's words and the map entry: \(written)")
            return
        }
        #expect(m.entryID == w.entryID && m.perspective == .professionals)
        #expect(!written.contains { if case .utteranceRecorded = $0 { return true } else { return false } })
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

    @Test("timeline events: whose, earlier help, and in time order on the plan panel whatever order they were told in")
    func timeline() throws {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40)) { $0.panel = .plan }
        let first = Self.record(.timeline, ["2021", "Verhuisd naar Kranenmeer", "1 2", "1"], &state)
        guard case .timelineEventAdded(let moved)? = first.first else {
            Issue.record("no event")
            return
        }
        let s = try #require(R.session(state))
        #expect(moved.memberIDs == [s.present[0].id, s.present[1].id] && moved.earlierHelp == false)
        _ = Self.record(.timeline, ["maart 2019", "Opvoedondersteuning thuis", "", "2"], &state)
        #expect(Self.record(.timeline, ["2020", "x", "", "7"], &state).isEmpty, "a kind other than 1 or 2 is refused")
        R.run([.key(KeyPress(.escape)), .key(KeyPress(.escape))], &state)
        R.run([.key(.alt("z"))], &state)  // the plan over the whole screen: room for all of it
        let screen = AppFixtures.render(state).plainText
        // The panel wraps its lines; each part is looked for on its own.
        let early = try #require(screen.range(of: "maart 2019: Opvoedondersteuning"))
        let later = try #require(screen.range(of: "2021: Verhuisd naar"))
        #expect(early.lowerBound < later.lowerBound, "2019 before 2021, though told after")
        #expect(screen.contains("[eerdere hulp]") && screen.contains("(Sandra, Karim)"))
    }

    @Test("the order of the family's own dates: years, month words, ISO dates; unreadable ones last, as told")
    func timelineOrder() {
        let told = ["2021", "zomer", "4 maart 2019", "2019-01-20", "december 2019", "1998", "ooit"]
        #expect(
            TimelineOrder.sorted(told, when: { $0 }) == ["1998", "2019-01-20", "4 maart 2019", "december 2019", "2021", "zomer", "ooit"])
    }

    @Test("instrument scores show as a trend per instrument and score, in date order")
    func instrumentTrend() {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40)) { $0.panel = .plan }
        _ = Self.record(.instrument, ["SDQ", "2026-11-20", "totaal=9"], &state)
        _ = Self.record(.instrument, ["SDQ", "2026-06-01", "totaal=17"], &state)
        #expect(AppFixtures.render(state).contains("SDQ totaal: 17 → 14 → 9"), "\(AppFixtures.render(state))")
    }

    @Test("F11 suggests the kind that fits the question on the card")
    func suggestion() {
        #expect(RecordKind.suggested(for: .options) == .option)
        #expect(RecordKind.suggested(for: .participationLadder) == .decision)
        #expect(RecordKind.suggested(for: .signsOfSafety) == .safety)
        #expect(RecordKind.suggested(for: nil) == .agreement)
    }
}
