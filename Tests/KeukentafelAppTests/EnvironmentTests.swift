import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// `update` takes ids, time and the worker from its environment only: the same
/// environment and the same actions give the same state and the same events.
@Suite("Injected environment")
struct EnvironmentTests {
    /// A session's worth of keys: words, a note, a tag, a scale, a record, quick entry, a goal.
    static let script: [InputEvent] =
        [.key(.alt("2")), .key(.alt("e"))] + AppFixtures.keys("Het lukte gisteren zonder ruzie") + [.key(KeyPress(.enter))]
        + [.key(.alt("0"))] + AppFixtures.keys("Moeder lacht") + [.key(KeyPress(.enter)), .key(.alt("p")), .key(KeyPress(.enter))]
        + [.key(KeyPress(.function(9)))] + AppFixtures.keys("Rust in huis") + [.key(KeyPress(.enter)), .key(.char("6")), .key(.char("t"))]
        + [.key(KeyPress(.function(11))), .key(KeyPress(.enter))] + AppFixtures.keys("Karim") + [.key(KeyPress(.tab))]
        + AppFixtures.keys("zingt") + [.key(KeyPress(.enter)), .key(KeyPress(.enter))]
        + [.key(KeyPress(.function(12)))] + AppFixtures.keys("Jet, 68, moeder van Karim") + [.key(KeyPress(.enter))]

    /// Runs the script; appends are committed by applying their events, as the store would.
    static func run(seed: UInt64) -> (AppState, [Event]) {
        let env = AppEnvironment.fixed(seed: seed, now: SessionFixtures.start.addingTimeInterval(3600), worker: "Marieke")
        var state = SessionFixtures.state()
        var written: [Event] = []
        var queue: [AppAction] = script.map { .input($0) }
        while !queue.isEmpty {
            for command in AppCore.update(&state, queue.removeFirst(), env) {
                guard case .append(let events) = command, case .session(let s) = state.screen else { continue }
                var record = s.record
                for e in events { record.apply(e) }
                written += events
                queue.insert(.appended(record), at: 0)
            }
        }
        return (state, written)
    }

    @Test("the same environment twice gives identical state and identical events")
    func repeatable() {
        let (a, eventsA) = Self.run(seed: 11)
        let (b, eventsB) = Self.run(seed: 11)
        #expect(eventsA.count >= 8, "the script wrote words, a note, a goal, a scale, values, an agreement and a person")
        #expect(a == b)
        #expect(eventsA == eventsB)
        #expect(eventsA.allSatisfy { $0.author == "Marieke" && $0.time == SessionFixtures.start.addingTimeInterval(3600) })
    }

    @Test("another seed gives other ids: no id comes from anywhere but the environment")
    func idsFromEnvironment() {
        let (_, a) = Self.run(seed: 11)
        let (_, c) = Self.run(seed: 12)
        #expect(a.map(\.payload.typeName) == c.map(\.payload.typeName))
        #expect(Set(a.map(\.id)).isDisjoint(with: Set(c.map(\.id))))
        #expect(a.map(\.payload) != c.map(\.payload), "entry, goal and scale ids differ with the seed")
    }

    @Test("Enter on who is present starts session n + 1 with those present, in the welcome phase")
    func sessionNumbering() throws {
        var events = DemoFamily.events(now: SessionFixtures.start, worker: "demo", seed: 3)
        if case .sessionEnded = events.last?.payload {
        } else {
            events.append(
                Event(
                    familyID: events[0].familyID, sessionID: events.last?.sessionID,
                    time: SessionFixtures.start, author: "demo", payload: .sessionEnded(.init())))
        }
        let record = FamilyRecord.replay(events[0].familyID, events)
        var state = AppFixtures.state()
        AppFixtures.update(&state, .familyOpened(record))
        guard case .presence = state.screen else {
            Issue.record("expected who is present")
            return
        }
        let env = AppEnvironment.fixed(seed: 1, now: SessionFixtures.start, worker: "Marieke")
        var commands = AppCore.update(&state, .input(.key(.char("2"))), env)
        commands += AppCore.update(&state, .input(.key(KeyPress(.enter))), env)
        guard case .startSession(let start)? = commands.first else {
            Issue.record("expected startSession, got \(commands)")
            return
        }
        guard case .sessionStarted(let started)? = start.first?.payload, case .phaseChanged(let phase)? = start.last?.payload else {
            Issue.record("expected sessionStarted then phaseChanged")
            return
        }
        #expect(started.number == (record.sessions.map(\.number).max() ?? 0) + 1)
        #expect(started.worker == "Marieke")
        #expect(started.present == record.members.map(\.id).filter { $0 != record.members[1].id }, "member 2 was toggled off")
        #expect(phase.phase == .welcome)
        #expect(start.allSatisfy { $0.sessionID == start[0].sessionID && $0.sessionID != nil && $0.familyID == record.familyID })
    }
}
