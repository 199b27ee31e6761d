import Foundation
import KeukentafelDomain
import PromptLibrary
import Testing

@testable import MethodAnalysis

@Suite("Session analysis: time")
struct TimeFiguresTests {
    @Test("each phase lasts until the next phase change or the recorded end; a phase visited twice adds up")
    func timePerPhase() {
        var b = SessionBuilder()
        b.start()
        b.phase(1, .welcome)
        b.phase(5, .questions)
        b.phase(15, .goals)
        b.phase(25, .questions)
        b.say(30, b.anna, "iets")
        b.end(40)
        let f = b.figures
        #expect(f.span.duration == 40 * 60)
        #expect(f.span.endRecorded)
        #expect(f.phases.beforeFirstPhase == 60)
        #expect(f.phases.stays.map(\.phase) == [.welcome, .questions, .goals, .questions])
        #expect(f.phases.stays.map(\.seconds) == minutes(4, 10, 10, 15))
        #expect(f.phases.totals.map(\.phase) == [.welcome, .questions, .goals], "in the method's order")
        #expect(f.phases.totals.map(\.seconds) == minutes(4, 25, 10))
        #expect(f.phases.totals.map(\.stays) == [1, 2, 1])
    }

    @Test("a session with no phase changes: no stays, all its time before the first phase, ending at its last event when not closed")
    func noPhaseChanges() {
        var b = SessionBuilder()
        b.start()
        b.say(3, b.anna, "hallo")
        b.say(12, b.noor, "ik ook")
        let f = b.figures
        #expect(f.phases.stays.isEmpty)
        #expect(f.phases.totals.isEmpty)
        #expect(!f.span.endRecorded)
        #expect(f.span.end == b.t0 + 12 * 60)
        #expect(f.phases.beforeFirstPhase == 12 * 60)
    }

    @Test("each card lasts until the next card or the end; totals by prompt and by technique, an unknown card under no technique")
    func timePerCard() {
        var b = SessionBuilder()
        b.start()
        b.card(2, "scaling-question")
        b.card(5, "exceptions-question")
        b.card(8, "scaling-question")
        b.card(9, "scaling-one-higher")
        b.card(10, "only-in-another-organisation")
        b.end(12)
        let f = b.figures
        #expect(f.cards.beforeFirstCard == 2 * 60)
        #expect(f.cards.shown.map(\.seconds) == minutes(3, 3, 1, 1, 2))
        #expect(
            f.cards.byPrompt.map(\.promptID) == [
                "scaling-question", "exceptions-question", "scaling-one-higher", "only-in-another-organisation",
            ])
        #expect(f.cards.byPrompt.map(\.seconds) == minutes(4, 3, 1, 2))
        #expect(f.cards.byPrompt.map(\.timesShown) == [2, 1, 1, 1])
        #expect(f.cards.byTechnique.map(\.technique) == [.scaling, .exceptions, nil])
        #expect(f.cards.byTechnique.map(\.seconds) == minutes(5, 3, 2))
    }

    @Test("a clock set back between two events gives a stay of zero, never a negative one")
    func clockSetBack() {
        var b = SessionBuilder()
        b.start()
        b.phase(10, .questions)
        b.phase(4, .goals)
        b.end(20)
        let f = b.figures
        #expect(f.phases.stays.map(\.seconds) == minutes(0, 16))
    }

    @Test("an annotation written later with the session's id stretches nothing, and later sessions are left out")
    func annotationsAndLaterSessions() {
        var b = SessionBuilder()
        b.start()
        b.phase(1, .welcome)
        let words = b.say(2, b.anna, "Het ging goed", [.exception])
        b.end(10)
        let later = UUID()
        b.add(60, .sessionStarted(.init(number: 3, kind: .live, worker: "werker", present: [b.anna])), session: later)
        b.add(61, .entryRetracted(.init(entryID: words)), session: later)
        let target = b.events[b.events.count - 3].id
        b.add(
            3000, .annotationAdded(.init(annotationID: UUID(), targetEventID: target, text: "mooi", role: .supervisor)),
            session: b.session, author: "begeleider")
        let f = b.figures
        #expect(f.span.end == b.t0 + 10 * 60)
        #expect(f.phases.stays.map(\.seconds) == minutes(9))
        #expect(f.exceptions.count == 1, "retracted only in a later session: it stood when this one ended")
    }
}
