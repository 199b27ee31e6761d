import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// Who is present, and the family's members, can be changed at any time: before a
/// session and during one (someone arrives late, or was never entered).
@Suite("Who is present")
struct PresenceTests {
    static let enter = InputEvent.key(KeyPress(.enter))

    /// Runs events with a store that commits every append to `record`; returns what was written.
    @discardableResult
    static func run(_ events: [InputEvent], _ state: inout AppState, _ record: inout FamilyRecord) -> [EventPayload] {
        var written: [EventPayload] = []
        var queue: [AppAction] = events.map { .input($0) }
        while !queue.isEmpty {
            for command in AppFixtures.update(&state, queue.removeFirst()) {
                guard case .append(let events) = command else { continue }
                for e in events { record.apply(e) }
                // Which card was on screen is for review (CardRecordingTests); these tests read the words.
                written += events.map(\.payload).filter { if case .promptShown = $0 { false } else { true } }
                queue.insert(.appended(record), at: 0)
            }
        }
        return written
    }

    @Test("before a session: a adds a member with their age, r renames, h marks them as living elsewhere")
    func editMembers() throws {
        var (record, _) = SessionFixtures.record()
        var state = AppFixtures.state(size: Size(width: 100, height: 30))
        state.screen = .presence(PresenceState(record: record))
        var written = Self.run([.key(.char("a"))] + AppFixtures.keys("Noor (9)") + [Self.enter], &state, &record)
        guard case .memberAdded(let noor)? = written.first else {
            Issue.record("no member added: \(written)")
            return
        }
        let year = Calendar(identifier: .gregorian).component(.year, from: SessionFixtures.sessionNow)
        #expect(noor.name == "Noor" && noor.birthYear == year - 9 && noor.role == .child)
        guard case .presence(let p) = state.screen else {
            Issue.record("left the screen")
            return
        }
        #expect(p.present.contains(noor.memberID), "someone just added is here")
        #expect(p.record.members.last?.name == "Noor" && p.list.selected == p.record.members.count - 1)
        written = Self.run(
            [.key(.char("r")), .key(.ctrl("u"))] + AppFixtures.keys("Noor Yılmaz") + [Self.enter, .key(.char("h"))], &state, &record)
        #expect(written.count == 2)
        #expect(record.member(noor.memberID)?.name == "Noor Yılmaz")
        #expect(record.member(noor.memberID)?.livesElsewhere == true)
        #expect(AppFixtures.render(state).contains("Noor Yılmaz (woont elders)"))
    }

    @Test("during a session: Alt-H, add someone who arrived, Enter: they are present, recorded, and can be quoted")
    func lateArrival() throws {
        var state = SessionFixtures.state()
        let before = try #require(SessionFlowTests.session(state))
        var record = before.record
        Self.run([.key(.alt("h"))], &state, &record)
        guard case .presence(let p) = state.screen, p.midSession else {
            Issue.record("expected who is present over the session")
            return
        }
        var written = Self.run([.key(.char("a"))] + AppFixtures.keys("oma Jet") + [Self.enter, Self.enter], &state, &record)
        guard case .memberAdded(let jet)? = written.first, case .presenceChanged(let change)? = written.last else {
            Issue.record("expected the member and the presence change: \(written)")
            return
        }
        #expect(change.present == before.present.map(\.id) + [jet.memberID])
        let s = try #require(SessionFlowTests.session(state))
        #expect(s.present.last?.name == "oma Jet")
        let number = Character(String(s.present.count))
        written = Self.run([.key(.alt(number))] + AppFixtures.keys("Ik kom wat later, de bus") + [Self.enter], &state, &record)
        guard case .utteranceRecorded(let u)? = written.first else {
            Issue.record("no quote")
            return
        }
        #expect(u.speaker == jet.memberID)
        #expect(AppFixtures.render(state).contains("oma Jet: “Ik kom wat later"))
    }

    @Test("during a session: someone leaves; the speaker moves to someone still here, and Esc changes nothing")
    func leaving() throws {
        var state = SessionFixtures.state()
        let before = try #require(SessionFlowTests.session(state))
        var record = before.record
        #expect(Self.run([.key(.alt("h")), .key(KeyPress(.escape))], &state, &record).isEmpty)
        #expect(SessionFlowTests.session(state) != nil)
        let written = Self.run([.key(.alt("h")), .key(.char("1")), Self.enter], &state, &record)
        #expect(written == [.presenceChanged(.init(present: before.present.dropFirst().map(\.id)))])
        let s = try #require(SessionFlowTests.session(state))
        #expect(s.speaker == .member(before.present[1].id))
    }
}
