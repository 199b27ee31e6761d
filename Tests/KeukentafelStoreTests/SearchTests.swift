import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// Search finds every text the record holds, as it stands now, in every script.
@Suite("Search", .serialized)
struct SearchTests {
    let t0 = Date(timeIntervalSinceReferenceDate: 815_000_000)

    /// A small fictional family with one of every searchable text.
    func events(_ family: UUID) -> [Event] {
        var ids = SeededIDs(seed: 5)
        let ayse = ids.next()
        let session = ids.next()
        let goal = ids.next()
        let contact = ids.next()
        let person = ids.next()
        let entry = ids.next()
        let payloads: [(UUID?, EventPayload)] = [
            (nil, .familyCreated(.init(name: "Gezin Yılmaz"))),
            (nil, .memberAdded(.init(memberID: ayse, name: "Małgorzata", role: .parent))),
            (session, .sessionStarted(.init(number: 1, kind: .live, worker: "w", present: [ayse]))),
            (session, .utteranceRecorded(.init(entryID: entry, speaker: ayse, text: "Wir frühstücken zusammen, ça va mieux"))),
            (session, .agreementMade(.init(agreementID: ids.next(), who: "Małgorzata", what: "ontbijten om half acht", byWhen: "maandag"))),
            (session, .goalSet(.init(goalID: goal, text: "Rustige ochtenden", sourceEntries: [entry]))),
            (session, .goalChanged(.init(goalID: goal, status: .open, text: "Rustige ochtenden zonder haast"))),
            (session, .scaleDefined(.init(scaleID: ids.next(), topic: "Slaap van Øystein", kind: .goal))),
            (session, .optionAdded(.init(optionID: ids.next(), text: "Fietsen naar school", pros: ["gezond"], cons: ["regen"]))),
            (
                session,
                .decisionRecorded(.init(decisionID: ids.next(), text: "Straße oversteken samen", decidedBy: ["Małgorzata"], ladderLevel: 4))
            ),
            (session, .timelineEventAdded(.init(itemID: ids.next(), when: "2019", text: "Verhuizing naar Łódź"))),
            (session, .instrumentScored(.init(instrument: "SDQ", date: "2026-11-01", scores: ["totaal": "12"]))),
            (session, .summaryChecked(.init(confirmed: false, corrections: "Het was dinsdag, niet woensdag"))),
            (nil, .genogramPersonSet(GenogramPerson(personID: person, name: "opa Đorđe", gender: .male))),
            (nil, .networkContactSet(NetworkContact(contactID: contact, name: "juf Ærøe", sector: "school", ring: .close))),
            (nil, .utteranceRecorded(.init(entryID: ids.next(), speaker: ayse, text: "学校很好"))),
        ]
        return payloads.enumerated().map { i, p in
            Event(id: ids.next(), familyID: family, sessionID: p.0, time: t0 + Double(i), author: "w", payload: p.1)
        }
    }

    @Test("every kind of recorded text is found, folded for every script")
    func everyText() throws {
        let tmp = try TemporaryStore()
        let family = UUID()
        try tmp.store.append(events(family))
        func kinds(_ q: String) throws -> Set<SearchKind> { Set(try tmp.store.search(q).map(\.kind)) }
        #expect(try kinds("yilmaz") == [.family])
        #expect(try kinds("malgorzata") == [.member, .agreement, .decision])
        #expect(try kinds("ontbijten") == [.agreement])
        #expect(try kinds("haast") == [.goal], "the goal as corrected")
        #expect(try kinds("oystein") == [.scale])
        #expect(try kinds("regen") == [.option])
        #expect(try kinds("strasse") == [.decision])
        #expect(try kinds("lodz") == [.timeline])
        #expect(try kinds("sdq") == [.instrument])
        #expect(try kinds("dinsdag") == [.summary])
        #expect(try kinds("dorde") == [.person])
        #expect(try kinds("aeroe") == [.contact])
        #expect(try kinds("fruhstucken ca") == [.words])
        #expect(try kinds("学校很好") == [.words], "CJK as written")
        let hit = try #require(try tmp.store.search("ontbijten").first)
        #expect(hit.familyName == "Gezin Yılmaz" && hit.sessionNumber == 1 && hit.text.contains("half acht"))
    }

    @Test("corrections and removals: what stands now is found, nothing else")
    func standsNow() throws {
        let tmp = try TemporaryStore()
        let family = UUID()
        let log = events(family)
        try tmp.store.append(log)
        guard case .networkContactSet(let contact) = log[14].payload, case .genogramPersonSet(let person) = log[13].payload else {
            Issue.record("fixture changed")
            return
        }
        var renamed = contact
        renamed.name = "juf Ingrid"
        let more: [EventPayload] = [
            .networkContactSet(renamed), .genogramRemoved(.init(kind: .person, id: person.personID)),
            .familyRenamed(.init(name: "Gezin Kaya")),
        ]
        try tmp.store.append(more.map { Event(familyID: family, time: t0 + 100, author: "w", payload: $0) })
        #expect(try tmp.store.search("aeroe").isEmpty)
        #expect(try tmp.store.search("ingrid").map(\.kind) == [.contact])
        #expect(try tmp.store.search("dorde").isEmpty)
        #expect(try tmp.store.search("yilmaz").isEmpty)
        #expect(try tmp.store.search("kaya").map(\.kind) == [.family])
    }

    @Test("a store written before every text was searchable is indexed when opened")
    func upgradesOlderStore() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kt-v1-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let family = UUID()
        do {
            // The first schema only, with the events written as that version wrote them.
            let queue = try DatabaseQueue(path: (directory as NSString).appendingPathComponent(EventStore.databaseName))
            try Schema.migrator.migrate(queue, upTo: "v1: event log, indexes, search, access log")
            try queue.write { db in
                for (i, e) in events(family).enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO event (id, family_id, session_id, time, author, type, schema_version, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            e.id.uuidString, family.uuidString, e.sessionID?.uuidString, t0.timeIntervalSinceReferenceDate + Double(i),
                            "w", e.payload.typeName, 1, String(decoding: try e.payload.encodedData(), as: UTF8.self),
                        ])
                }
            }
            try queue.close()
        }
        let store = try EventStore(directory: directory)
        #expect(try Set(store.search("ontbijten").map(\.kind)) == [.agreement])
        #expect(try store.search("malgorzata").count == 3)
        store.closeStore()
        try? FileManager.default.removeItem(atPath: directory)
    }

    @Test("search works beside the open app: a reader without the lock sees every committed entry")
    func readerBesideWriter() throws {
        let tmp = try TemporaryStore()
        let family = UUID()
        try tmp.store.append(events(family))
        #expect(throws: StoreError.locked(path: tmp.directory)) { _ = try EventStore(directory: tmp.directory) }
        let reader = try EventStore(readingOnly: tmp.directory)
        #expect(try reader.search("ontbijten").count == 1)
        try tmp.store.append([
            Event(
                familyID: family, time: t0 + 200, author: "w",
                payload: .noteRecorded(.init(entryID: UUID(), text: "Nieuwe aantekening over hagelslag")))
        ])
        #expect(try reader.search("hagelslag").map(\.kind) == [.note], "a commit after the reader opened is seen")
        #expect(try reader.families().count == 1)
        #expect(throws: StoreError.self) {
            try reader.append([Event(familyID: family, time: t0, author: "w", payload: .familyRenamed(.init(name: "x")))])
        }
        reader.closeStore()
    }
}
