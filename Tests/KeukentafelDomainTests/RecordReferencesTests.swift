import Foundation
import KeukentafelDomain
import Testing

/// What a record's events name by id, and the first one nothing defines.
@Suite("Record references")
struct RecordReferencesTests {
    static let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000))
    static var family: UUID { demo[0].familyID }
    static var session: UUID? { demo.first { if case .sessionStarted = $0.payload { true } else { false } }?.sessionID }
    static func first<T>(_ pick: (EventPayload) -> T?) -> T? {
        for event in demo { if let found = pick(event.payload) { return found } }
        return nil
    }
    static var member: UUID? { first { if case .memberAdded(let p) = $0 { p.memberID } else { nil } } }
    static var person: UUID? { first { if case .genogramPersonSet(let p) = $0 { p.personID } else { nil } } }
    static var couple: UUID? { first { if case .genogramCoupleSet(let c) = $0 { c.coupleID } else { nil } } }
    static var entry: UUID? { first { if case .utteranceRecorded(let p) = $0 { p.entryID } else { nil } } }

    static func event(_ payload: EventPayload, session: UUID? = nil) -> Event {
        Event(familyID: family, sessionID: session, time: Date(timeIntervalSinceReferenceDate: 800_100_000), author: "w", payload: payload)
    }

    @Test("the demo family names nothing it lacks")
    func demoIsWhole() {
        #expect(RecordReferences.firstMissing(in: Self.demo) == nil)
    }

    @Test("each kind of reference to something undefined is found, with its field and what it should name")
    func missing() throws {
        let (member, person, couple, entry) = (
            try #require(Self.member), try #require(Self.person), try #require(Self.couple), try #require(Self.entry)
        )
        let nobody = UUID(uuidString: "00000000-0000-4000-8000-00000000DEAD") ?? UUID()
        let cases: [(Event, String, RecordReferences.Kind)] = [
            (Self.event(.genogramChildLinked(.init(coupleID: couple, childID: nobody, kind: .foster))), "payload.childID", .person),
            (Self.event(.genogramChildLinked(.init(coupleID: nobody, childID: person, kind: .foster))), "payload.coupleID", .couple),
            (
                Self.event(.genogramCoupleSet(.init(coupleID: UUID(), partners: [person, nobody], status: .married))),
                "payload.partners[1]", .person
            ),
            (Self.event(.genogramBondSet(.init(bondID: UUID(), from: nobody, to: person, kind: .close))), "payload.from", .person),
            (Self.event(.genogramRemoved(.init(kind: .bond, id: nobody))), "payload.id", .bond),
            (Self.event(.genogramRemoved(.init(kind: .childLink, id: couple, childID: nobody))), "payload.childID", .person),
            (
                Self.event(.genogramPersonSet(.init(personID: UUID(), name: "Kees", gender: .male, memberID: nobody))), "payload.memberID",
                .member
            ),
            (Self.event(.scaleValueSet(.init(scaleID: nobody, memberID: member, value: 5))), "payload.scaleID", .scale),
            (Self.event(.utteranceRecorded(.init(entryID: UUID(), speaker: nobody, text: "ja"))), "payload.speaker", .member),
            (Self.event(.presenceChanged(.init(present: [member, nobody]))), "payload.present[1]", .member),
            (Self.event(.entryAmended(.init(entryID: nobody, text: "nee"))), "payload.entryID", .entry),
            (Self.event(.answerLinked(.init(entryID: entry, target: .goal(nobody)))), "payload.target.goal", .goal),
            (
                Self.event(.goalSet(.init(goalID: UUID(), text: "x", sourceEntries: [entry], owners: [nobody]))), "payload.owners[0]",
                .member
            ),
            (Self.event(.preferenceRecorded(.init(optionID: nobody, memberID: member))), "payload.optionID", .option),
            (
                Self.event(.decisionRecorded(.init(decisionID: UUID(), text: "x", decidedBy: [], ladderLevel: 3, deciders: [nobody]))),
                "payload.deciders[0]", .member
            ),
            (Self.event(.summaryChecked(.init(confirmed: false, entryID: nobody))), "payload.entryID", .entry),
            (Self.event(.networkContactRemoved(.init(contactID: nobody))), "payload.contactID", .contact),
            (Self.event(.annotationAdded(.init(annotationID: UUID(), targetEventID: nobody, text: "x"))), "payload.targetEventID", .event),
            (Self.event(.phaseChanged(.init(phase: .closing)), session: nobody), "sessionID", .session),
        ]
        for (event, field, kind) in cases {
            let found = RecordReferences.firstMissing(in: Self.demo + [event])
            #expect(found == .init(index: Self.demo.count, field: field, kind: kind, id: nobody), "\(event.payload.typeName)")
        }
    }

    @Test("order does not matter, and a removed person may still be named by a later correction")
    func order() throws {
        let person = try #require(Self.person)
        let later = Self.demo.filter { if case .genogramPersonSet = $0.payload { false } else { true } }
        let persons = Self.demo.filter { if case .genogramPersonSet = $0.payload { true } else { false } }
        #expect(RecordReferences.firstMissing(in: later + persons) == nil, "links before their persons")
        let removed = Self.event(.genogramRemoved(.init(kind: .person, id: person)))
        let bond = Self.event(.genogramBondSet(.init(bondID: UUID(), from: person, to: person, kind: .close)))
        #expect(RecordReferences.firstMissing(in: Self.demo + [removed, bond]) == nil)
        // The early untyped relations never said what they join: not checked.
        let relation = Self.event(.relationAdded(.init(relationID: UUID(), from: UUID(), to: UUID(), kind: "buren")))
        #expect(RecordReferences.firstMissing(in: Self.demo + [relation]) == nil)
        #expect(RecordReferences.Kind.entry.named == "an entry" && RecordReferences.Kind.person.named == "a genogram person")
    }
}
