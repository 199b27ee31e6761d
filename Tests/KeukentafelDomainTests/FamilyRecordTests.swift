import Foundation
import KeukentafelDomain
import Testing

@Suite("Family record")
struct FamilyRecordTests {
    let family = UUID(), sandra = UUID(), session = UUID(), entry = UUID()
    let t0 = Date(timeIntervalSinceReferenceDate: 800_000_000)

    func log() -> [Event] {
        [
            Event(familyID: family, time: t0, author: "w", payload: .familyCreated(.init(name: "Gezin Test"))),
            Event(
                familyID: family, time: t0 + 1, author: "w", payload: .memberAdded(.init(memberID: sandra, name: "Sandra", role: .parent))),
            Event(
                familyID: family, sessionID: session, time: t0 + 2, author: "w",
                payload: .sessionStarted(.init(number: 1, kind: .live, worker: "w", present: [sandra]))),
            Event(
                familyID: family, sessionID: session, time: t0 + 3, author: "w",
                payload: .utteranceRecorded(.init(entryID: entry, speaker: sandra, text: "het gaat slecht", tags: [.worry]))),
            Event(
                familyID: family, sessionID: session, time: t0 + 4, author: "w",
                payload: .entryAmended(.init(entryID: entry, text: "het gaat soms slecht"))),
            Event(
                familyID: family, sessionID: session, time: t0 + 5, author: "w",
                payload: .entryRetracted(.init(entryID: entry, reason: "verkeerd verstaan"))),
            Event(
                familyID: family, time: t0 + 6, author: "supervisor",
                payload: .annotationAdded(.init(annotationID: UUID(), targetEventID: UUID(), text: "mooie uitzonderingsvraag"))),
        ]
    }

    @Test("network contacts: the early untyped form still reads, a contact set again is corrected, a removed one is gone")
    func networkContacts() {
        var r = FamilyRecord(familyID: family)
        let ans = UUID()
        let kees = UUID()
        func apply(_ p: EventPayload) { r.apply(Event(familyID: family, time: t0, author: "w", payload: p)) }
        apply(
            .networkContactAdded(
                .init(
                    contactID: ans, name: "buurvrouw Ans", sector: "friends", ring: "close",
                    attributes: ["support": "company,advice,unknown", "note": "woont ernaast"])))
        #expect(
            r.networkContacts == [
                NetworkContact(
                    contactID: ans, name: "buurvrouw Ans", sector: "friends", ring: .close,
                    support: [.company, .advice], note: "woont ernaast")
            ])
        apply(.networkContactSet(NetworkContact(contactID: kees, name: "Kees", sector: "leisure", ring: .far)))
        apply(.networkContactSet(NetworkContact(contactID: ans, name: "buurvrouw Ans", sector: "friends", ring: .middle, stressful: true)))
        #expect(
            r.networkContacts.map(\.name) == ["buurvrouw Ans", "Kees"] && r.networkContacts[0].ring == .middle
                && r.networkContacts[0].stressful)
        apply(.networkContactRemoved(.init(contactID: ans)))
        apply(.networkSectorsSet(.init(sectors: ["family", "kerk"])))
        #expect(r.networkContacts.map(\.name) == ["Kees"] && r.networkSectors == ["family", "kerk"])
    }

    @Test("removing a person from the genogram takes their links and relations; the other parent and the children stay")
    func genogramRemoval() {
        var g = Genogram()
        let mum = UUID()
        let dad = UUID()
        let kid = UUID()
        let couple = UUID()
        let other = UUID()
        for (id, name) in [(mum, "Sandra"), (dad, "Karim"), (kid, "Zoë"), (other, "Mark")] {
            g.add(GenogramPerson(personID: id, name: name, gender: .unknown))
        }
        g.add(GenogramCouple(coupleID: couple, partners: [mum, dad], status: .married))
        g.add(GenogramCouple(coupleID: UUID(), partners: [dad, other], status: .divorced))
        g.add(GenogramChildLink(coupleID: couple, childID: kid, kind: .biological))
        g.add(GenogramBond(bondID: UUID(), from: dad, to: kid, kind: .conflict))
        g.remove(GenogramRemoval(kind: .person, id: dad))
        #expect(g.persons.map(\.name) == ["Sandra", "Zoë", "Mark"])
        #expect(g.couples.map(\.partners) == [[mum]], "the childless couple with Karim goes; Sandra keeps Zoë")
        #expect(g.childLinks.count == 1 && g.bonds.isEmpty)
        // The same link again only adds a twin group; the first kind stands (older records replay unchanged).
        let twin = UUID()
        g.add(GenogramChildLink(coupleID: couple, childID: kid, kind: .foster, twinGroup: twin))
        #expect(g.childLinks.count == 1 && g.childLinks[0].kind == .biological && g.childLinks[0].twinGroup == twin)
        g.remove(GenogramRemoval(kind: .childLink, id: couple, childID: kid))
        #expect(g.childLinks.isEmpty)
    }

    @Test("corrections keep the history; a retracted entry no longer stands")
    func corrections() {
        let r = FamilyRecord.replay(family, log())
        #expect(r.entries[0].versions == ["het gaat slecht", "het gaat soms slecht"])
        #expect(r.entries[0].retracted)
        #expect(r.standingEntries.isEmpty)
        #expect(r.annotations.first?.author == "supervisor")
        #expect(r.openSession?.id == session)
    }

    @Test("replay to an instant or an index gives the picture at that moment")
    func replayToMoment() {
        let events = log()
        let atFour = FamilyRecord.replay(family, events, at: t0 + 4)
        #expect(atFour.entries[0].text == "het gaat soms slecht")
        #expect(!atFour.entries[0].retracted)
        #expect(FamilyRecord.replay(family, events, upToIndex: 4) == FamilyRecord.replay(family, events, at: t0 + 3))
        #expect(FamilyRecord.replay(family, events, upToIndex: 0) == FamilyRecord(familyID: family))
    }

    @Test("odd input changes nothing: other families, unknown ids, values off the scale")
    func oddInput() {
        var r = FamilyRecord.replay(family, log())
        let before = r
        r.apply(Event(familyID: UUID(), time: t0, author: "w", payload: .familyRenamed(.init(name: "Ander"))))
        r.apply(Event(familyID: family, time: t0, author: "w", payload: .entryAmended(.init(entryID: UUID(), text: "?"))))
        r.apply(Event(familyID: family, time: t0, author: "w", payload: .scaleValueSet(.init(scaleID: UUID(), memberID: sandra, value: 5))))
        #expect(r.name == before.name && r.entries == before.entries && r.scales == before.scales)
        let scale = UUID()
        r.apply(Event(familyID: family, time: t0, author: "w", payload: .scaleDefined(.init(scaleID: scale, topic: "rust", kind: .goal))))
        r.apply(Event(familyID: family, time: t0, author: "w", payload: .scaleValueSet(.init(scaleID: scale, memberID: sandra, value: 11))))
        r.apply(Event(familyID: family, time: t0, author: "w", payload: .scaleValueSet(.init(scaleID: scale, memberID: sandra, value: 7))))
        #expect(r.scales[0].values.map(\.value) == [7])
    }

    @Test("payloads round-trip through their stored form; newer or unknown ones are refused clearly")
    func storedForm() throws {
        for e in log() + DemoFamily.events(now: t0) {
            let data = try e.payload.encodedData()
            #expect(try EventUpcaster.decode(type: e.payload.typeName, version: 1, data: data) == e.payload)
        }
        #expect(throws: EventDecodingError.newerSchema(2)) {
            try EventUpcaster.decode(type: "familyCreated", version: 2, data: Data("{\"name\":\"x\"}".utf8))
        }
        #expect(throws: EventDecodingError.unknownType("teleported")) {
            try EventUpcaster.decode(type: "teleported", version: 1, data: Data("{}".utf8))
        }
    }
}
