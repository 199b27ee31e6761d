import Foundation
import KeukentafelDomain
import Testing

@testable import MethodAnalysis

@Suite struct SessionLogTests {
    @Test func picksTheSessionsEventsAndStopsTheRecordAtItsEnd() throws {
        let family = UUID()
        let first = UUID()
        let second = UUID()
        let t = Date(timeIntervalSince1970: 1_800_000_000)
        func event(_ session: UUID?, _ payload: EventPayload) -> Event {
            Event(familyID: family, sessionID: session, time: t, author: "w", payload: payload)
        }
        let member = UUID()
        let events = [
            event(nil, .familyCreated(.init(name: "Fam"))),
            event(nil, .memberAdded(.init(memberID: member, name: "Sara", role: .parent))),
            event(first, .sessionStarted(.init(number: 1, kind: .live, worker: "w", present: [member]))),
            event(first, .utteranceRecorded(.init(entryID: UUID(), speaker: member, text: "eerste"))),
            event(first, .sessionEnded(.init())),
            event(second, .sessionStarted(.init(number: 2, kind: .live, worker: "w", present: [member]))),
            event(second, .utteranceRecorded(.init(entryID: UUID(), speaker: member, text: "tweede"))),
        ]
        let log = try #require(SessionLog(events: events, sessionID: first))
        #expect(log.positions == [2, 3, 4])
        let record = log.recordAtEnd()
        #expect(record.entries.map(\.text) == ["eerste"])
        #expect(record.sessions.count == 1)
        #expect(SessionLog(events: events, sessionID: UUID()) == nil)
    }
}
