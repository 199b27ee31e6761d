import Foundation
import KeukentafelDomain
import TerminalUI
import Testing

@testable import KeukentafelApp
@testable import TestSupport

@Suite("Which card was on screen")
struct CardRecordingTests {
    typealias F = AppFixtures

    /// A clock the test moves; ids seeded.
    final class Clock: @unchecked Sendable {
        var now = SessionFixtures.sessionNow
    }

    static func run(_ actions: [AppAction], _ state: inout AppState, _ env: AppEnvironment) -> [Event] {
        var written: [Event] = []
        var queue = actions
        while !queue.isEmpty {
            for command in AppCore.update(&state, queue.removeFirst(), env) {
                guard case .append(let events) = command, case .session(let s) = state.screen else { continue }
                var record = s.record
                for e in events { record.apply(e) }
                written += events
                queue.insert(.appended(record), at: 0)
            }
        }
        return written
    }

    static func cards(_ events: [Event]) -> [String] {
        events.compactMap { if case .promptShown(let p) = $0.payload { p.promptID } else { nil } }
    }

    @Test("leafing through cards records nothing; a card that stays a few seconds is recorded once, at when it appeared")
    func settles() {
        let clock = Clock()
        let env = AppEnvironment(worker: "Marieke", now: { clock.now }, newID: { UUID() })
        var s = SessionFixtures.state()
        let tick = AppAction.tick(s.now)
        var written = Self.run([tick, .input(.key(KeyPress(.function(4)))), .input(.key(KeyPress(.function(4))))], &s, env)
        #expect(written.isEmpty)
        let appeared = clock.now
        clock.now += 2
        written += Self.run([tick], &s, env)
        #expect(written.isEmpty, "two seconds is still leafing")
        clock.now += 3
        written += Self.run([tick, tick], &s, env)
        guard case .session(let session) = s.screen else { return }
        let shown = session.currentPrompt(F.catalog, .nl)?.id
        #expect(Self.cards(written) == [shown].compactMap { $0 })
        #expect(written.first?.time == appeared)
        #expect(session.session?.cards.last?.promptID == shown)
    }

    @Test("words saved under a card that has not settled yet are preceded by it, so review shows them together")
    func wordsCarryTheirCard() {
        let clock = Clock()
        let env = AppEnvironment(worker: "Marieke", now: { clock.now }, newID: { UUID() })
        var s = SessionFixtures.state()
        let written = Self.run(
            [.tick(s.now), .input(.key(KeyPress(.function(4))))] + F.keys("Het ging goed").map { .input($0) } + [
                .input(.key(KeyPress(.enter)))
            ], &s, env)
        // (On a follow-up card of a scale the words are linked to it as well.)
        #expect(written.count >= 2)
        guard case .promptShown? = written.first?.payload, written.count >= 2, case .utteranceRecorded = written[1].payload else {
            Issue.record("expected the card, then the words: \(written.map(\.payload))")
            return
        }
        // Saved once: more words under the same card add no second card event.
        let more = Self.run(F.keys("Ja").map { .input($0) } + [.input(.key(KeyPress(.enter)))], &s, env)
        #expect(Self.cards(more).isEmpty)
    }

    @Test("a resumed session puts back the card that was showing")
    func resume() throws {
        let (record, session) = SessionFixtures.record()
        var r = record
        r.apply(
            Event(
                familyID: record.familyID, sessionID: session, time: SessionFixtures.sessionNow, author: "Marieke",
                payload: .promptShown(.init(promptID: "miracle-first-notice"))))
        var s = F.state()
        F.update(&s, .familyOpened(r))
        guard case .session(let resumed) = s.screen else {
            Issue.record("not resumed: \(s.screen)")
            return
        }
        #expect(resumed.currentPrompt(F.catalog, .nl)?.id == "miracle-first-notice")
        #expect(F.render(s).plainText.contains(try #require(F.catalog.prompt("miracle-first-notice", .nl)).title))
    }

    @Test("a card leafed past on the way to another phase is not recorded: a phase change is no answer to it")
    func phaseChangeCarriesNoCard() {
        let clock = Clock()
        let env = AppEnvironment(worker: "Marieke", now: { clock.now }, newID: { UUID() })
        var s = SessionFixtures.state()
        let written = Self.run(
            [
                .tick(s.now), .input(.key(KeyPress(.function(4)))), .input(.key(KeyPress(.function(6)))),
                .input(.key(KeyPress(.function(6)))),
            ],
            &s, env)
        #expect(written.count == 2 && Self.cards(written).isEmpty, "\(written.map(\.payload))")
    }
}
