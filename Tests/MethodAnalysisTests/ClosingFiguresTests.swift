import Foundation
import KeukentafelDomain
import PromptLibrary
import Testing

@testable import MethodAnalysis

@Suite("Session analysis: agreements, decisions, summary, evaluation, edge cases")
struct ClosingFiguresTests {
    @Test("agreements complete with who, what and by when; a blank part makes one incomplete")
    func agreements() {
        var b = SessionBuilder()
        b.start()
        b.add(1, .agreementMade(.init(agreementID: UUID(), who: "Bram", what: "smeert de boterhammen", byWhen: "elke avond")))
        b.add(2, .agreementMade(.init(agreementID: UUID(), who: "Anna", what: "belt school")))
        b.add(3, .agreementMade(.init(agreementID: UUID(), who: "  ", what: "samen fietsen", byWhen: "zaterdag")))
        b.add(4, .agreementMade(.init(agreementID: UUID(), who: "Noor", what: "legt haar kleren klaar", byWhen: " ")))
        let a = b.figures.agreements
        #expect(a.agreements.map(\.complete) == [true, false, false, false])
        #expect(a.complete == 1 && a.total == 4)
    }

    @Test("decisions with their ladder level (outside 1–5 is no level) and the disagreements among them")
    func decisions() {
        var b = SessionBuilder()
        b.earlierSession { b, earlier in
            b.add(
                -70, .decisionRecorded(.init(decisionID: UUID(), text: "vorige keer", decidedBy: ["Anna"], ladderLevel: 2)),
                session: earlier)
        }
        b.start()
        b.add(1, .decisionRecorded(.init(decisionID: UUID(), text: "oma helpt", decidedBy: ["Anna", "Bram"], ladderLevel: 5)))
        b.add(
            2,
            .decisionRecorded(
                .init(decisionID: UUID(), text: "naar de huisarts", decidedBy: ["werker"], ladderLevel: 3, disagreement: "Bram wil wachten")
            ))
        b.add(3, .decisionRecorded(.init(decisionID: UUID(), text: "vreemd niveau", decidedBy: [], ladderLevel: 9, disagreement: "  ")))
        let d = b.figures.decisions
        #expect(d.decisions.map(\.text) == ["oma helpt", "naar de huisarts", "vreemd niveau"], "only this session's")
        #expect(d.decisions.map(\.ladderLevel) == [5, 3, nil])
        #expect(d.decisions[1].disagreement == "Bram wil wachten")
        #expect(d.disagreements == 1, "a blank disagreement is none")
    }

    @Test("the summary: not checked, confirmed, corrected then confirmed, corrected and left")
    func summary() {
        func outcome(_ checks: [EventPayload.SummaryChecked]) -> (ClosingFigures.Summary, Int) {
            var b = SessionBuilder()
            b.start()
            for (i, check) in checks.enumerated() { b.add(Double(i + 1), .summaryChecked(check)) }
            let c = b.figures.closing
            return (c.summary, c.corrections)
        }
        #expect(outcome([]) == (.notChecked, 0))
        #expect(outcome([.init(confirmed: true)]) == (.confirmed, 0))
        #expect(outcome([.init(confirmed: false, corrections: "het was dinsdag"), .init(confirmed: true)]) == (.correctedThenConfirmed, 1))
        #expect(outcome([.init(confirmed: false, corrections: "a"), .init(confirmed: false, corrections: "b")]) == (.corrected, 2))
    }

    @Test("each person's evaluation, flagged at or below the catalogue's low score and not above it")
    func evaluations() {
        var b = SessionBuilder()
        b.start()
        let low = SessionBuilder.catalog.evaluationLowScore
        b.add(1, .evaluationRecorded(.init(ratings: ["evaluation-item-useful": low + 1, "evaluation-item-heard": 9], memberID: b.anna)))
        b.add(2, .evaluationRecorded(.init(ratings: ["evaluation-item-heard": low, "evaluation-item-useful": 8], memberID: b.noor)))
        b.add(3, .evaluationRecorded(.init(ratings: ["evaluation-item-heard": 2])))
        let c = b.figures.closing
        #expect(c.lowScore == low)
        #expect(c.evaluations.map(\.memberID) == [b.anna, b.noor, nil])
        #expect(c.evaluations[0].ratings.map(\.itemID) == ["evaluation-item-heard", "evaluation-item-useful"], "sorted by item")
        #expect(c.evaluations.map(\.flagged) == [false, true, true])
        #expect(c.evaluations[1].ratings.map(\.low) == [true, false])
        #expect(c.evaluations.map(\.lowest) == [low + 1, low, 2])
    }

    @Test("an empty session: only its start; every figure is zero or empty, and no share divides by zero")
    func emptySession() {
        var b = SessionBuilder()
        b.start()
        let f = b.figures
        #expect(f.span.number == 2)
        #expect(f.span.duration == 0 && !f.span.endRecorded)
        #expect(f.phases.stays.isEmpty && f.phases.beforeFirstPhase == 0)
        #expect(f.cards.shown.isEmpty && f.cards.byTechnique.isEmpty && f.cards.beforeFirstCard == 0)
        #expect(f.scales.askedCount == 0 && f.exceptions.count == 0 && !f.miracle.asked)
        #expect(f.talk == TalkBalance(solution: 0, problem: 0, other: 0))
        #expect(f.goals.isEmpty && f.agreements.total == 0 && f.decisions.decisions.isEmpty)
        #expect(f.closing.summary == .notChecked && f.closing.evaluations.isEmpty)
        #expect(f.voices.speakers.map(\.entries) == [0, 0, 0], "those present, silent")
        #expect(f.voices.childrenShare == nil)
    }

    @Test("the demo family's second session: its scale from the first session asked again and followed up")
    func demoFamily() throws {
        let events = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 815_000_000), seed: 5)
        let record = FamilyRecord.replay(events[0].familyID, events)
        let second = try #require(record.sessions.first { $0.number == 2 })
        let log = try #require(SessionLog(events: events, sessionID: second.id))
        let f = SessionAnalysis.figures(log, catalog: SessionBuilder.catalog)
        #expect(f.span.number == 2 && f.span.endRecorded)
        #expect(f.scales.asked.count == 1)
        #expect(f.scales.asked.first?.definedHere == false)
        #expect(f.scales.asked.first?.values.map(\.value) == [6, 5])
        #expect(f.scales.withFollowUp == 1)
        #expect(f.phases.totals.map(\.phase) == [.welcome, .goals])
        #expect(f.talk.solution == 1 && f.talk.problem == 0)
    }
}
