import Foundation
import KeukentafelDomain
import MethodAnalysis
import TerminalUI
import Testing

@testable import KeukentafelApp
@testable import TestSupport

@Suite("Review")
struct ReviewTests {
    typealias F = AppFixtures

    static func review(_ s: AppState) -> ReviewState? {
        if case .review(let r) = s.screen { return r }
        return nil
    }

    /// Runs keys; an `append` is committed by applying it to the review's record, as the store would.
    @discardableResult
    static func run(_ events: [InputEvent], _ state: inout AppState, env: AppEnvironment = F.environment()) -> [Event] {
        var written: [Event] = []
        var queue: [AppAction] = events.map { .input($0) }
        while !queue.isEmpty {
            for command in AppCore.update(&state, queue.removeFirst(), env) {
                guard case .append(let events) = command, let r = review(state) else { continue }
                var record = r.record
                for e in events { record.apply(e) }
                written += events
                queue.insert(.appended(record), at: 0)
            }
        }
        return written
    }

    @Test("the steps describe every event as it stood then: words with who, a correction before and after, a scale value, the card")
    func steps() throws {
        let f = ReviewFixtures.make()
        let log = try #require(SessionLog(events: f.events, sessionID: f.session))
        let steps = ReviewSteps.build(log)
        #expect(steps.count == log.positions.count)
        let amended = try #require(steps.first { $0.item == .amended })
        #expect(amended.before == "Dan slapen we uit." && amended.text == "Dan slapen we allemaal uit." && amended.who == "Karim")
        let value = try #require(steps.first { $0.eventID == f.firstValue })
        #expect(value.item == .scaleValue && value.who == "Sandra" && value.value == 5 && value.card == "scaling-question")
        let early = try #require(steps.first { $0.eventID == f.earlyQuote })
        #expect(early.card == "exceptions-question" && early.phase == .questions && early.who == "Zoë")
        #expect(steps.first?.item == .started && steps.last?.item == .ended)
    }

    @Test("the cursor moved anywhere, forward or back, holds exactly the record replayed to that point")
    func cursor() {
        let f = ReviewFixtures.make()
        var cursor = ReplayCursor(familyID: f.family)
        var generator = SeededIDs(seed: 5)
        for _ in 0..<40 {
            let target = Int(generator.next().uuid.0) % (f.events.count + 1)
            cursor.move(to: target, in: f.events)
            #expect(cursor.record == FamilyRecord.replay(f.family, f.events, upToIndex: target), "at \(target)")
        }
    }

    @Test("stepping to the scale shows each person's value and the card that was showing; the side panel is as of that moment")
    func stepToScale() throws {
        let f = ReviewFixtures.make()
        var s = ReviewFixtures.state(size: Size(width: 120, height: 40), at: f.earlyQuote, f)
        let atQuote = try #require(Self.review(s)?.replay)
        #expect(atQuote.selected?.eventID == f.earlyQuote)
        // Before the person was added in this session, the genogram does not have them.
        #expect(atQuote.cursor.record.genogram.person(f.addedPerson) == nil)
        #expect(!Self.sidePanel(F.render(s).plainText).contains("opa Joop"))
        while Self.review(s)?.replay?.selected?.eventID != f.firstValue {
            Self.run([.key(KeyPress(.down))], &s)
            #expect(Self.review(s)?.replay?.selected != nil)
        }
        let text = F.render(s).plainText
        #expect(text.contains("Sandra: 5"))
        #expect(text.contains("Kaart op het scherm: ") && text.contains("Schaalvraag"))
        #expect(Self.review(s)?.replay?.cursor.record.genogram.person(f.addedPerson) != nil)
        #expect(Self.sidePanel(text).contains("opa Joop"))
    }

    @Test("an annotation with a code is its own event with author and role; the words are untouched")
    func annotate() throws {
        let f = ReviewFixtures.make()
        var s = ReviewFixtures.state(at: f.firstValue, f)
        let env = AppEnvironment.fixed(seed: 8, now: SessionFixtures.sessionNow, worker: "Fatma", role: .supervisor)
        Self.run([.key(.char("a"))] + F.keys("geen competentievraag") + [.key(KeyPress(.down)), .key(KeyPress(.enter))], &s, env: env)
        let written = Self.run([], &s, env: env)
        #expect(written.isEmpty)
        let r = try #require(Self.review(s))
        let note = try #require(r.record.annotations.first)
        #expect(note.author == "Fatma" && note.note.role == .supervisor)
        #expect(note.note.targetEventID == f.firstValue && note.note.text == "geen competentievraag")
        #expect(note.note.code == AppFixtures.catalog.reviewChecklist.first?.code)
        #expect(r.replay?.draft == nil)
        #expect(r.annotationCounts == [f.session: 1], "the session list counts it under the session it is about")
        #expect(r.record.entries == FamilyRecord.replay(f.family, f.events).entries)
        // The annotations panel lists it with who wrote it.
        F.send(Array(repeating: .key(KeyPress(.tab)), count: 4), to: &s)
        #expect(Self.review(s)?.replay?.panel == .notes)
        let panel = Self.sidePanel(F.render(s).plainText)
        #expect(panel.contains("Fatma") && panel.contains("geen competentievraag"))
    }

    /// The text right of the panel's border, line by line.
    static func sidePanel(_ screen: String) -> String {
        screen.split(separator: "\n").compactMap { line in line.split(separator: "│", maxSplits: 1).dropFirst().first }.joined(
            separator: "\n")
    }

    @Test("the annotation's event is written outside the session, so the session's own record and figures do not change")
    func annotationOutsideSession() throws {
        let f = ReviewFixtures.make()
        var s = ReviewFixtures.state(at: f.firstValue, f)
        var commands: [AppCommand] = []
        commands += F.send([.key(.char("a"))] + F.keys("mooi") + [.key(KeyPress(.enter))], to: &s)
        guard case .append(let events)? = commands.first else {
            Issue.record("no append: \(commands)")
            return
        }
        #expect(events.count == 1 && events[0].sessionID == nil && events[0].familyID == f.family)
        // Not saved yet: the box says so and stays until the store answers.
        #expect(Self.review(s)?.replay?.draft?.saving == true)
        F.update(&s, .appendFailed(detail: "De schijf is vol."))
        #expect(Self.review(s)?.replay?.draft?.saving == false)
        #expect(F.render(s).plainText.contains("niet opgeslagen"))
    }

    @Test("an empty note without a code is not saved")
    func emptyAnnotation() {
        let f = ReviewFixtures.make()
        var s = ReviewFixtures.state(at: f.firstValue, f)
        #expect(F.send([.key(.char("a")), .key(KeyPress(.enter))], to: &s).isEmpty)
        #expect(Self.review(s)?.replay?.draft != nil)
    }

    @Test("] and [ jump between phases; play advances with the session's own timing, faster on request")
    func phasesAndPlay() throws {
        let f = ReviewFixtures.make()
        var s = ReviewFixtures.state(.nl, f)
        F.send([.key(.char("]"))], to: &s)
        #expect(Self.review(s)?.replay?.selected?.phase == .questions)
        #expect(Self.review(s)?.replay?.selected?.item == .phase)
        F.send([.key(.char("]"))], to: &s)
        #expect(Self.review(s)?.replay?.selected?.phase == .closing)
        F.send([.key(.char("[")), .key(.char("["))], to: &s)
        #expect(Self.review(s)?.replay?.list.selected == 0)

        // Play from the start: the second step comes 12 seconds of session time later.
        F.send([.key(.char(" "))], to: &s)
        var now = AppFixtures.now
        now.instant = Date(timeIntervalSinceReferenceDate: 900_000_000)
        F.update(&s, .tick(now))
        now.instant += 5
        F.update(&s, .tick(now))
        #expect(Self.review(s)?.replay?.list.selected == 0, "5 s is not yet the 12 s gap")
        now.instant += 8
        F.update(&s, .tick(now))
        #expect(Self.review(s)?.replay?.list.selected == 1)
        F.send([.key(.char("+")), .key(.char("+")), .key(.char("+")), .key(.char("+")), .key(.char("+"))], to: &s)
        #expect(Self.review(s)?.replay?.speed == 32)
        for _ in 0..<120 {
            now.instant += 1
            F.update(&s, .tick(now))
        }
        let end = try #require(Self.review(s)?.replay)
        #expect(!end.playing && end.list.selected == end.steps.count - 1, "32× plays the 25 minutes in under two minutes")
    }

    @Test("Esc from a session goes back to the session list, then home; opened on a session it leaves at once")
    func leaving() {
        let f = ReviewFixtures.make()
        var s = F.state()
        F.update(&s, .reviewOpened(events: f.events, family: f.family, session: nil, subject: nil))
        #expect(Self.review(s)?.replay == nil)
        #expect(F.render(s).plainText.contains("gesprek 4"))
        F.send([.key(KeyPress(.enter))], to: &s)
        #expect(Self.review(s)?.replay?.sessionID == f.session, "newest first")
        F.send([.key(KeyPress(.escape))], to: &s)
        #expect(Self.review(s)?.replay == nil)
        F.send([.key(KeyPress(.escape))], to: &s)
        guard case .home = s.screen else {
            Issue.record("not home")
            return
        }
        var direct = ReviewFixtures.state(.nl, f)
        F.send([.key(KeyPress(.escape))], to: &direct)
        guard case .home = direct.screen else {
            Issue.record("not home")
            return
        }
    }
}
