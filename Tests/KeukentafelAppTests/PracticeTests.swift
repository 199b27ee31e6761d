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
}
