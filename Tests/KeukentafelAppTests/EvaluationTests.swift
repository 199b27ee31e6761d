import Foundation
import KeukentafelApp
import KeukentafelDomain
import PromptLibrary
import TerminalUI
import TestSupport
import Testing

/// The evaluation at the close: each present person in turn, in their own wording, and low
/// ratings told to the worker only.
@Suite("Evaluation per person")
struct EvaluationTests {
    /// F10, the summary confirmed: the evaluation starts with the first present person.
    static let toEvaluation: [InputEvent] = [.key(KeyPress(.function(10))), .key(.char("j"))]

    static func evaluations(_ written: [EventPayload]) -> [EventPayload.EvaluationRecorded] {
        written.compactMap { p in
            if case .evaluationRecorded(let e) = p { return e }
            return nil
        }
    }

    static func notice(_ state: AppState) -> String? {
        if case .dialog(let d, _)? = state.overlay { return d.message }
        return nil
    }

    @Test("each present person answers every item; one event each, with their id, and the end in the same append")
    func perPerson() throws {
        var state = SessionFixtures.state()
        let present = try #require(SessionFlowTests.session(state)).present
        #expect(present.map(\.name) == ["Sandra", "Karim", "Zoë"])
        SessionFlowTests.run(Self.toEvaluation + AppFixtures.keys("89t8" + "9987" + "67t"), &state)
        let last = SessionFlowTests.run(AppFixtures.keys("9"), &state)
        let recorded = Self.evaluations(last)
        #expect(recorded.map(\.memberID) == present.map(\.id))
        #expect(
            recorded[0].ratings == [
                "evaluation-item-heard": 8, "evaluation-item-useful": 9, "evaluation-item-own-words": 10, "evaluation-item-next": 8,
            ])
        #expect(recorded[2].ratings["evaluation-item-own-words"] == 10)
        #expect(last.count == 4 && last.last == .sessionEnded(.init()), "every rating and the end in one append")
        guard case .home = state.screen else {
            Issue.record("expected home after closing")
            return
        }
    }

    @Test("space skips an answer; a person who skips every item has no event")
    func skipping() throws {
        var state = SessionFixtures.state()
        let written = SessionFlowTests.run(Self.toEvaluation + AppFixtures.keys("7 7 " + "    " + "t   "), &state)
        let recorded = Self.evaluations(written)
        let present = try #require(SessionFlowTests.session(SessionFixtures.state())).present
        #expect(recorded.map(\.memberID) == [present[0].id, present[2].id])
        #expect(recorded[0].ratings == ["evaluation-item-heard": 7, "evaluation-item-own-words": 7])
        #expect(recorded[1].ratings == ["evaluation-item-heard": 10])
        #expect(written.last == .sessionEnded(.init()))
    }

    @Test("Esc goes back a step: to the person before, and from the first answer to the summary")
    func escapeGoesBack() throws {
        var state = SessionFixtures.state()
        SessionFlowTests.run(Self.toEvaluation + AppFixtures.keys("1234") + [.key(KeyPress(.escape))], &state)
        #expect(
            SessionFlowTests.session(state)?.mode
                == .evaluation(
                    EvaluationProgress(
                        person: 0, item: 3,
                        answers: [
                            0: [
                                "evaluation-item-heard": 1, "evaluation-item-useful": 2, "evaluation-item-own-words": 3,
                                "evaluation-item-next": 4,
                            ]
                        ])))
        // A new answer replaces the old one; space on it takes it away.
        SessionFlowTests.run([.key(KeyPress(.escape))] + AppFixtures.keys("8 "), &state)
        guard case .evaluation(let p)? = SessionFlowTests.session(state)?.mode else {
            Issue.record("expected the evaluation")
            return
        }
        #expect(p.person == 1 && p.item == 0)
        #expect(p.answers[0] == ["evaluation-item-heard": 1, "evaluation-item-useful": 2, "evaluation-item-own-words": 8])
        SessionFlowTests.run(Array(repeating: .key(KeyPress(.escape)), count: 5), &state)
        #expect(SessionFlowTests.session(state)?.mode == .closing)
    }

    @Test("a child hears the child wording: by role, or by a birth year under 12; a parent the general one")
    func childWording() throws {
        let id = UUID()
        #expect(Evaluation.audience(for: .init(id: id, name: "Zoë", role: .child), year: 2026) == .child)
        #expect(Evaluation.audience(for: .init(id: id, name: "Noor", role: .other, birthYear: 2016), year: 2026) == .child)
        #expect(Evaluation.audience(for: .init(id: id, name: "Noor", role: .other, birthYear: 2014), year: 2026) == .everyone)
        #expect(Evaluation.audience(for: .init(id: id, name: "Sem", role: .adolescent, birthYear: 2011), year: 2026) == .adolescent)
        #expect(Evaluation.audience(for: .init(id: id, name: "Sandra", role: .parent, birthYear: 1992), year: 2026) == .everyone)
        #expect(Evaluation.audience(for: nil, year: 2026) == .everyone)

        var state = SessionFixtures.state(size: Size(width: 100, height: 30))
        SessionFlowTests.run(Self.toEvaluation, &state)
        var screen = AppFixtures.render(state)
        #expect(screen.contains("Aan de beurt: Sandra (1 van 3)") && screen.contains("Ik voelde me gehoord."))
        #expect(screen.contains("0 betekent: er werd niet naar mij geluisterd"), "the anchors of the item being answered")
        SessionFlowTests.run(AppFixtures.keys("88888888"), &state)
        screen = AppFixtures.render(state)
        #expect(screen.contains("Aan de beurt: Zoë (3 van 3)"))
        #expect(screen.contains("Er werd goed naar mij geluisterd.") && !screen.contains("Ik voelde me gehoord."))
    }

    @Test("the threshold comes from the prompt folder's evaluation.md")
    func thresholdFromFile() throws {
        let keys = Self.toEvaluation + AppFixtures.keys("8888" + "7777" + "3t6t")
        var shipped = SessionFixtures.state()
        SessionFlowTests.run(keys, &shipped)
        let low = try #require(Self.notice(shipped))
        #expect(low.contains("Zoë: 3 bij \u{201C}Ik voelde me gehoord.\u{201D}"))
        #expect(!low.contains("Zoë: 6") && !low.contains("Karim"), "above the shipped 5")

        var strict = SessionFixtures.state()
        strict.prompts = AppFixtures.catalog(organisation: [
            PromptFile(path: "evaluation.md", bytes: Array("---\nlow-score: 7\n---\n".utf8))
        ])
        #expect(strict.prompts.evaluationLowScore == 7)
        SessionFlowTests.run(keys, &strict)
        let notice = try #require(Self.notice(strict))
        #expect(notice.contains("Karim: 7 bij \u{201C}Ik voelde me gehoord.\u{201D}") && notice.contains("Zoë: 6 bij"))
        #expect(!notice.contains("Sandra"))
    }

    @Test("the low ratings are in the worker's notice after closing, never on the family view, the summary or the plan")
    func flagForWorkerOnly() throws {
        var state = SessionFixtures.state(size: Size(width: 120, height: 40))
        let sessionID = try #require(SessionFlowTests.session(state)).sessionID
        var record = try #require(SessionFlowTests.session(state)).record
        let before = record.evaluations.count
        let written = SessionFlowTests.run(Self.toEvaluation + AppFixtures.keys("9999" + "9999" + "2999"), &state)
        let notice = try #require(Self.notice(state))
        #expect(notice.hasPrefix("Gesprek"))
        #expect(notice.contains("Alleen voor jou, niet voor het gezin") && notice.contains("Zoë: 2 bij"))
        #expect(AppFixtures.render(state).contains("Zoë: 2 bij"))

        // The same record, as the family sees it afterwards.
        for p in written {
            record.apply(Event(id: UUID(), familyID: record.familyID, sessionID: sessionID, time: Date(), author: "test", payload: p))
        }
        #expect(record.evaluations.count == before + 3)
        let plan = FamilyPlan(record, language: .nl)
        for text in [plan.markdown, plan.html] {
            #expect(!text.contains("lage cijfers") && !text.contains("Zoë: 2") && !text.contains("Ik voelde me gehoord"))
        }
        for mode in [SessionState.Mode.familyView, .closing] {
            var s = SessionState(record: record, sessionID: sessionID)
            s.mode = mode
            var app = SessionFixtures.state(size: Size(width: 120, height: 40))
            app.screen = .session(s)
            let screen = AppFixtures.render(app)
            #expect(!screen.contains("lage cijfers") && !screen.contains("Zoë: 2") && !screen.contains("gehoord"), "\(mode)")
        }
    }

    @Test("no low rating: the notice is only that the session is closed")
    func noFlag() throws {
        var state = SessionFixtures.state()
        SessionFlowTests.run(Self.toEvaluation + AppFixtures.keys("9999" + "88 8" + "t   "), &state)
        #expect(Self.notice(state) == "Gesprek 3 is afgesloten en bewaard.")
    }

    @Test("an older rating without a person reads as the family's")
    func olderRecord() throws {
        let old = try JSONDecoder().decode(
            EventPayload.EvaluationRecorded.self, from: Data(#"{"ratings":{"evaluation-item-heard":7}}"#.utf8))
        #expect(old.memberID == nil && old.ratings == ["evaluation-item-heard": 7])
    }
}
