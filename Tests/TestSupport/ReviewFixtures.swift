import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI

/// A fictional family's log with one more session to review: cards on screen, phases,
/// quotes, a correction, a person added to the genogram halfway, a scale with values.
public enum ReviewFixtures {
    /// The log and the ids the tests look for.
    public struct Fixture: Sendable {
        public var events: [Event]
        public var family: UUID
        public var session: UUID
        /// The first scale value's event.
        public var firstValue: UUID
        /// The genogram person added in this session, at minute 9.
        public var addedPerson: UUID
        /// The quote before that person was added.
        public var earlyQuote: UUID
    }

    public static func make() -> Fixture {
        var events = DemoFamily.events(now: SessionFixtures.start, worker: "demo", seed: 3)
        let family = events[0].familyID
        let record = FamilyRecord.replay(family, events)
        let members = record.members
        var ids = SeededIDs(seed: 41)
        let session = ids.next()
        let start = (record.lastEventTime ?? SessionFixtures.start).addingTimeInterval(7 * 86_400)
        func add(_ minutes: Double, _ p: EventPayload) -> UUID {
            let id = ids.next()
            events.append(
                Event(
                    id: id, familyID: family, sessionID: session, time: start.addingTimeInterval(minutes * 60), author: "Marieke",
                    payload: p))
            return id
        }
        let present = members.prefix(3).map(\.id)
        _ = add(0, .sessionStarted(.init(number: 4, kind: .live, worker: "Marieke", present: present)))
        _ = add(0.2, .promptShown(.init(promptID: "agenda-together")))
        _ = add(
            1,
            .utteranceRecorded(.init(entryID: ids.next(), speaker: members[0].id, text: "We willen het vandaag over de ochtenden hebben.")))
        _ = add(3, .phaseChanged(.init(phase: .questions)))
        _ = add(3.1, .promptShown(.init(promptID: "exceptions-question")))
        let early = add(
            4,
            .utteranceRecorded(
                .init(entryID: ids.next(), speaker: members[2].id, text: "Op zaterdag is het altijd rustig.", tags: [.exception])))
        let corrected = ids.next()
        _ = add(5, .utteranceRecorded(.init(entryID: corrected, speaker: members[1].id, text: "Dan slapen we uit.")))
        _ = add(5.5, .entryAmended(.init(entryID: corrected, text: "Dan slapen we allemaal uit.")))
        _ = add(6, .noteRecorded(.init(entryID: ids.next(), text: "Zoë vertelt het met een glimlach.")))
        let person = ids.next()
        _ = add(9, .genogramPersonSet(GenogramPerson(personID: person, name: "opa Joop", gender: .male, birthYear: 1950)))
        _ = add(10, .promptShown(.init(promptID: "scaling-question")))
        let scale = ids.next()
        _ = add(10.5, .scaleDefined(.init(scaleID: scale, topic: "hoe rustig de ochtenden zijn", kind: .goal)))
        let first = add(11, .scaleValueSet(.init(scaleID: scale, memberID: members[0].id, value: 5)))
        _ = add(11.2, .scaleValueSet(.init(scaleID: scale, memberID: members[1].id, value: 6)))
        _ = add(11.4, .scaleValueSet(.init(scaleID: scale, memberID: members[2].id, value: 7)))
        _ = add(12, .promptShown(.init(promptID: "scaling-not-lower")))
        let answer = ids.next()
        _ = add(13, .utteranceRecorded(.init(entryID: answer, speaker: members[0].id, text: "Omdat de tassen al klaarstaan.")))
        _ = add(13.1, .answerLinked(.init(entryID: answer, target: .scale(scale))))
        _ = add(20, .phaseChanged(.init(phase: .closing)))
        _ = add(25, .sessionEnded(.init()))
        return Fixture(events: events, family: family, session: session, firstValue: first, addedPerson: person, earlyQuote: early)
    }

    /// The app on review, opened on the fixture's session at the step of `subject` (else the first).
    public static func state(
        _ language: Language = .nl, size: Size = Size(width: 80, height: 24), at subject: UUID? = nil, _ fixture: Fixture = make()
    ) -> AppState {
        var app = AppFixtures.state(language, size: size)
        _ = AppFixtures.update(
            &app, .reviewOpened(events: fixture.events, family: fixture.family, session: fixture.session, subject: subject))
        return app
    }
}
