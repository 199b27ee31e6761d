import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI

/// A fictional family in its third session, for session tests and golden screens.
public enum SessionFixtures {
    public static let start = Date(timeIntervalSinceReferenceDate: 815_000_000)

    /// Twelve and a half minutes into the open session: when the tests' keys are pressed.
    public static let sessionNow: Date = {
        let (fixture, session) = SessionFixtures.record()
        let started = fixture.sessions.first { $0.id == session }?.started ?? start
        return started.addingTimeInterval(12 * 60 + 30)
    }()

    /// The demo family with its last session left open (as if still at the table), plus
    /// a few entries in it: quotes, a note, a corrected and a retracted entry.
    public static func record() -> (FamilyRecord, UUID) {
        var events = DemoFamily.events(now: start, worker: "demo", seed: 3)
        if case .sessionEnded = events.last?.payload { events.removeLast() }
        let family = events[0].familyID
        var record = FamilyRecord.replay(family, events)
        let session = record.sessions.last!.id
        let members = record.members
        let t = record.sessions.last!.started
        var ids = SeededIDs(seed: 99)
        func add(_ minutes: Double, _ p: EventPayload) {
            record.apply(
                Event(
                    id: ids.next(), familyID: family, sessionID: session, time: t.addingTimeInterval(minutes * 60), author: "demo",
                    payload: p))
        }
        let corrected = ids.next()
        let retracted = ids.next()
        add(2, .phaseChanged(.init(phase: .goals)))
        add(
            3,
            .utteranceRecorded(
                .init(
                    entryID: ids.next(), speaker: members[2].id, text: "Papa zingt nu elke ochtend het wekliedje en dan sta ik meteen op.",
                    tags: [.exception])))
        add(4, .utteranceRecorded(.init(entryID: corrected, speaker: members[1].id, text: "Dat doen we nu drie keer per week.")))
        add(5, .entryAmended(.init(entryID: corrected, text: "Dat doen we nu vier keer per week.")))
        add(
            6,
            .noteRecorded(
                .init(entryID: ids.next(), text: "Vader glundert als Zoë dit vertelt; compliment gegeven.", tags: [.complimentGiven])))
        add(7, .utteranceRecorded(.init(entryID: retracted, speaker: members[0].id, text: "We gaan verhuizen.")))
        add(7.5, .entryRetracted(.init(entryID: retracted)))
        add(
            8,
            .utteranceRecorded(
                .init(
                    entryID: ids.next(), speaker: members[0].id, text: "Het wonder is dat we om acht uur zingend de deur uit gaan.",
                    tags: [.miracleSign])))
        add(9, .agreementMade(.init(agreementID: ids.next(), who: "Karim", what: "zingt het wekliedje", byWhen: "elke schooldag")))
        let option = ids.next()
        add(10, .optionAdded(.init(optionID: option, text: "Oma Riet helpt op maandag", pros: ["dichtbij"], cons: ["oma is ook moe"])))
        add(10.5, .preferenceRecorded(.init(optionID: option, memberID: members[0].id)))
        add(
            11,
            .decisionRecorded(
                .init(
                    decisionID: ids.next(), text: "We proberen het vier weken met oma", decidedBy: ["Sandra", "Karim"],
                    ladderLevel: 5, disagreement: nil)))
        add(11.5, .instrumentScored(.init(instrument: "SDQ", date: "2026-11-01", scores: ["totaal": "14"])))
        add(11.7, .appointmentSet(.init(when: "dinsdag 1 december, 10 uur", place: "thuis")))
        add(11.8, .timelineEventAdded(.init(itemID: ids.next(), when: "2023", text: "Milan geboren", memberIDs: [])))
        // The demo family brings its genogram; two more contacts for the map.
        add(
            12,
            .networkContactSet(
                NetworkContact(contactID: ids.next(), name: "meester Ruud", sector: "school", ring: .close, support: [.practical, .advice]))
        )
        // One contact still in the early untyped form, as older records have it.
        add(
            12,
            .networkContactAdded(
                .init(contactID: ids.next(), name: "buurvrouw Ans", sector: "friends", ring: "middle", attributes: ["support": "company"])))
        return (record, session)
    }

    /// The app on the live screen, 12 minutes into the session.
    public static func state(
        _ language: Language = .nl, size: Size = Size(width: 80, height: 24),
        configure: (inout SessionState) -> Void = { _ in }
    ) -> AppState {
        let (record, sessionID) = record()
        let started = record.sessions.last!.started
        var app = AppState(
            language: language, now: AppFixtures.now, storeDisplay: "~/.local/share/keukentafel",
            terminalSize: size, prompts: AppFixtures.catalog)
        app.now.instant = started.addingTimeInterval(12 * 60)
        var s = SessionState(record: record, sessionID: sessionID)
        configure(&s)
        app.screen = .session(s)
        return app
    }
}
