import Foundation
import KeukentafelDomain
import PromptLibrary
import TerminalUI
import Testing

@testable import KeukentafelApp
@testable import TestSupport

@Suite("Practice")
struct PracticeTests {
    typealias F = AppFixtures
    static let enter = InputEvent.key(KeyPress(.enter))

    static func practice(_ s: AppState) -> PracticeState? {
        if case .practice(let p) = s.screen { return p }
        return nil
    }

    /// Home, `p`, the first case, its introduction.
    static func atIntro(_ language: Language = .nl, size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = F.state(language, size: size)
        F.send([.key(.char("p")), enter], to: &s)
        return s
    }

    @Test("p on home lists the cases; the worker sees the introduction and who plays whom, never a role card")
    func intro() throws {
        var s = F.state()
        F.send([.key(.char("p"))], to: &s)
        let list = F.render(s).plainText
        let cases = try #require(F.catalog.cases[.nl])
        #expect(cases.count >= 2)
        #expect(list.contains(cases[0].title) && list.contains("Oefenen"))
        F.send([Self.enter], to: &s)
        let first = cases[0]
        let text = F.render(s, size: Size(width: 120, height: 60)).plainText
        #expect(text.contains(String(first.background.prefix(30))))
        #expect(text.contains(first.members[0].name))
        #expect(!text.contains(String(first.members[0].card.prefix(40))), "a role card on the worker's screen")
    }

    @Test("the laptop goes round: each card shows only after its hand-over, and hides before the next player's hand-over")
    func cardsInTurn() throws {
        var s = Self.atIntro(size: Size(width: 120, height: 60))
        let roleCase = try #require(F.catalog.cases[.nl]?.first)
        F.send([Self.enter], to: &s)
        for (i, member) in roleCase.members.enumerated() {
            #expect(Self.practice(s)?.stage == .handOver(i))
            let handOver = F.render(s).plainText
            #expect(handOver.contains(member.name))
            for other in roleCase.members { #expect(!handOver.contains(String(other.card.prefix(40))), "a card before its hand-over") }
            F.send([Self.enter], to: &s)
            #expect(Self.practice(s)?.stage == .card(i))
            let card = F.render(s).plainText
            #expect(card.contains(String(member.card.prefix(40))))
            for other in roleCase.members where other.key != member.key {
                #expect(!card.contains(String(other.card.prefix(40))), "another player's card on screen")
            }
            F.send([Self.enter], to: &s)
        }
        #expect(Self.practice(s)?.stage == .ready)
    }

    @Test("the round starts as a practice session with every role as a member, the time box kept; Esc steps back")
    func start() throws {
        var s = Self.atIntro()
        let roleCase = try #require(F.catalog.cases[.nl]?.first)
        F.send(Array(repeating: Self.enter, count: 1 + 2 * roleCase.members.count), to: &s)
        #expect(Self.practice(s)?.stage == .ready)
        F.send([.key(.char("+")), .key(.char("+"))], to: &s)
        #expect(Self.practice(s)?.timeBox == 30)
        F.send([.key(KeyPress(.escape))], to: &s)
        #expect(Self.practice(s)?.stage == .handOver(roleCase.members.count - 1))
        F.send([Self.enter, Self.enter, Self.enter], to: &s)
        let commands = F.send([Self.enter], to: &s)
        guard case .startPractice(let events)? = commands.first else {
            Issue.record("no practice start: \(commands)")
            return
        }
        let record = FamilyRecord.replay(events[0].familyID, events)
        #expect(record.name == roleCase.title)
        #expect(record.members.map(\.name) == roleCase.members.map(\.name))
        let session = try #require(record.sessions.first)
        #expect(session.kind == .practice && session.timeBoxMinutes == 30 && session.present.count == roleCase.members.count)
        #expect(events.last?.sessionID == session.id)

        // The store's answer: the live screen, marked as practice, with the time against the box.
        F.update(&s, .sessionReady(record, sessionID: session.id, resumed: false))
        var later = s
        later.now.instant = session.started.addingTimeInterval(12 * 60 + 5)
        let header = F.render(later).plainText.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("OEFENEN") && header.contains("12:05 van 30:00"), "\(header)")
        later.now.instant = session.started.addingTimeInterval(31 * 60)
        #expect(F.render(later).plainText.contains("31:00 van 30:00 !"), "over the time box")
        // No search from a practice round: the store's search is the real families'.
        #expect(F.send([.key(.char("/"))], to: &s).isEmpty)
        guard case .session(let live) = s.screen else {
            Issue.record("left the round: \(s.screen)")
            return
        }
        #expect(live.editor.text == "/")
    }

    /// A practice round on the live screen, 12 minutes in, with the worker's question and an answer.
    static func round(_ language: Language, size: Size) -> AppState {
        var s = F.state(language, size: size)
        let roles = F.catalog.cases[language]?.first?.members.count ?? 0
        let commands = F.send([.key(.char("p"))] + Array(repeating: Self.enter, count: 3 + 2 * roles), to: &s)
        guard case .startPractice(let events)? = commands.first, let session = events.last?.sessionID else { return s }
        var record = FamilyRecord.replay(events[0].familyID, events)
        F.update(&s, .sessionReady(record, sessionID: session, resumed: false))
        let started = record.sessions[0].started
        s.now.instant = started.addingTimeInterval(12 * 60 + 5)
        let first = record.members[0].id
        for (i, payload) in [
            EventPayload.workerSaid(.init(entryID: UUID(), text: "Wanneer lukte het overdragen wel?")),
            .utteranceRecorded(.init(entryID: UUID(), speaker: first, text: "Op de verjaardag ging het goed.", tags: [.exception])),
        ].enumerated() {
            record.apply(
                Event(familyID: record.familyID, sessionID: session, time: started + Double(60 * (i + 1)), author: "test", payload: payload)
            )
        }
        F.update(&s, .appended(record))
        return s
    }

    /// A finished practice round's log, with the worker's questions and the family's answers.
    static func finishedRound(
        _ env: AppEnvironment, questions: [(String, String)], trainee: String = "Sanne", start: Date = SessionFixtures.start
    ) -> (events: [Event], family: UUID, session: UUID) {
        let roleCase = F.catalog.cases[.nl]![0]
        var (events, _) = roleCase.practiceEvents(env, year: 2026, timeBox: 20)
        let family = events[0].familyID
        let session = events.last!.sessionID!
        for i in events.indices {
            events[i].time = start
            events[i].author = trainee
            if case .sessionStarted(var p) = events[i].payload {
                p.worker = trainee
                events[i].payload = .sessionStarted(p)
            }
        }
        let member = FamilyRecord.replay(family, events).members[0].id
        var t = start
        func add(_ p: EventPayload) {
            t += 40
            events.append(Event(familyID: family, sessionID: session, time: t, author: trainee, payload: p))
        }
        for (question, answer) in questions {
            add(.workerSaid(.init(entryID: UUID(), text: question)))
            add(.utteranceRecorded(.init(entryID: UUID(), speaker: member, text: answer)))
        }
        add(.sessionEnded(.init()))
        return (events, family, session)
    }

    @Test("after a practice round: the observer scores it, then the feedback names strengths and points to practise")
    func scoringAndFeedback() throws {
        let env = F.environment()
        let round = Self.finishedRound(
            env,
            questions: [
                ("Wat ging er deze week goed?", "Op zaterdag was het rustig aan de deur."),
                ("Hoe kwam het dat het zaterdag rustig was aan de deur?", "We hadden afgesproken wie wat zegt."),
                ("Was dat fijn?", "Ja."),
            ])
        var s = F.state(size: Size(width: 120, height: 40))
        F.update(&s, .practiceRoundOpened(logs: [round.events], family: round.family, session: round.session))
        guard case .practiceRound(let opened) = s.screen else {
            Issue.record("not on the round: \(s.screen)")
            return
        }
        #expect(opened.stage == .observer && opened.trainee == "Sanne" && opened.traineeFigures.open == 2)
        // Saving needs the observer's name and a score.
        #expect(F.send([.key(KeyPress(.enter))], to: &s).isEmpty)
        F.send(F.keys("Fatma") + [.key(.char("2")), .key(.char("1"))], to: &s)
        let commands = F.send([.key(KeyPress(.enter))], to: &s)
        guard case .append(let events)? = commands.first, case .observerScored(let scored)? = events.first?.payload else {
            Issue.record("no scores written: \(commands)")
            return
        }
        let checklist = F.catalog.observerChecklist
        #expect(scored.observer == "Fatma" && scored.scores == [checklist[0].id: 2, checklist[1].id: 1])
        #expect(events.first?.sessionID == round.session)
        var record = FamilyRecord.replay(round.family, round.events)
        for e in events { record.apply(e) }
        F.update(&s, .appended(record))
        guard case .practiceRound(let feedback) = s.screen else { return }
        #expect(feedback.stage == .feedback && feedback.observer?.observer == "Fatma")
        let text = F.render(s).plainText
        #expect(text.contains("Sterke punten") && text.contains("Om te oefenen"))
        #expect(text.contains("2 open, 1 gesloten"))
        F.send([.key(KeyPress(.escape))], to: &s)
        guard case .home = s.screen else {
            Issue.record("not home")
            return
        }
    }

    @Test("a second round for the same trainee shows progress across both rounds; another trainee's round is not theirs")
    func progressOverRounds() throws {
        let env = F.environment()
        let first = Self.finishedRound(env, questions: [("Was het fijn?", "Ja."), ("Ging het goed?", "Soms.")])
        let second = Self.finishedRound(
            env, questions: [("Wat ging er goed?", "Het ontbijt."), ("Hoe kreeg je het ontbijt zo rustig?", "Vroeg opstaan.")],
            start: SessionFixtures.start + 86_400)
        let other = Self.finishedRound(env, questions: [("Wat wil je?", "Rust.")], trainee: "Bram", start: SessionFixtures.start + 3600)
        var s = F.state(size: Size(width: 120, height: 40))
        F.update(
            &s, .practiceRoundOpened(logs: [first.events, other.events, second.events], family: second.family, session: second.session))
        guard case .practiceRound(let round) = s.screen else { throw CancellationError() }
        #expect(round.rounds.count == 2 && round.roundIndex == 1)
        #expect(round.rounds.map { $0.trainee.open } == [0, 2], "open questions went from 0 to 2")
        F.send([.key(KeyPress(.escape)), .key(.char("v"))], to: &s)
        let text = F.render(s).plainText
        #expect(text.contains("Voortgang over de rondes: Sanne"))
        #expect(text.contains("R1") && text.contains("R2"))
    }

    /// The round screen after the second of two rounds (ids seeded, so the goldens hold still).
    static func afterRounds(_ language: Language, size: Size) -> AppState {
        let env = AppEnvironment.fixed(seed: 12, now: SessionFixtures.start)
        let first = Self.finishedRound(env, questions: [("Was het fijn?", "Ja."), ("Ging het goed?", "Soms.")])
        let second = Self.finishedRound(
            env,
            questions: [
                ("Wat ging er deze week goed?", "Op zaterdag was het rustig aan de deur."),
                ("Hoe kwam het dat het zaterdag rustig was aan de deur?", "We hadden afgesproken wie wat zegt."),
                ("Was dat fijn?", "Ja."),
            ], start: SessionFixtures.start + 86_400)
        var s = F.state(language, size: size)
        F.update(&s, .practiceRoundOpened(logs: [first.events, second.events], family: second.family, session: second.session))
        return s
    }
}
