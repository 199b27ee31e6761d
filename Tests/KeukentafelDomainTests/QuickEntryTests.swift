import Foundation
import Genealogy
import KeukentafelDomain
import Testing

@Suite("Genogram quick entry")
struct QuickEntryTests {
    /// Applies lines one after another, as the live screen does.
    static func apply(_ lines: [String], members: [FamilyRecord.Member] = []) -> Genogram {
        var record = FamilyRecord(familyID: UUID())
        var ids = SeededIDs(seed: 5)
        for line in lines {
            guard case .success(let payloads) = QuickEntry.payloads(line, genogram: record.genogram, members: members, year: 2026, ids: &ids) else {
                Issue.record("refused: \(line)")
                continue
            }
            for p in payloads { record.apply(Event(familyID: record.familyID, time: Date(), author: "t", payload: p)) }
        }
        return record.genogram
    }

    @Test("name, age, relation and where they live, in one line")
    func oneLine() throws {
        let g = Self.apply(["Riet, 71, moeder van Sandra, woont om de hoek"])
        let riet = try #require(QuickEntry.find("riet", in: g))
        let sandra = try #require(QuickEntry.find("Sandra", in: g))
        #expect(riet.gender == .female && riet.birthYear == 1955 && riet.household == "woont om de hoek")
        let couple = try #require(g.couples.first { $0.partners.contains(riet.personID) })
        #expect(g.childLinks.contains { $0.coupleID == couple.coupleID && $0.childID == sandra.personID && $0.kind == .biological })
    }

    @Test("both parents share one couple; a foster parent gets a couple of their own")
    func parents() throws {
        let g = Self.apply(["Sandra, moeder van Zoë", "Karim, vader van Zoë", "Els, pleegmoeder van Zoë"])
        let zoe = try #require(QuickEntry.find("zoe", in: g))
        let links = g.childLinks.filter { $0.childID == zoe.personID }
        #expect(links.count == 2)
        let biological = try #require(g.couples.first { $0.coupleID == links.first { $0.kind == .biological }?.coupleID })
        #expect(biological.partners.count == 2)
        #expect(links.contains { $0.kind == .foster })
    }

    @Test("partners, exes, children, siblings with unknown parents, grandparents")
    func relations() throws {
        let g = Self.apply(["Sandra", "Karim, man van Sandra", "Mark, ex van Sandra", "Milan, 3, zoon van Sandra",
                            "Lotte, zus van Milan", "Jan, opa van Milan"])
        #expect(g.couples.contains { $0.status == .married && $0.partners.count == 2 })
        #expect(g.couples.contains { $0.status == .divorced })
        let milan = try #require(QuickEntry.find("Milan", in: g))
        let lotte = try #require(QuickEntry.find("Lotte", in: g))
        let milanCouple = g.childLinks.first { $0.childID == milan.personID }?.coupleID
        #expect(g.childLinks.contains { $0.childID == lotte.personID && $0.coupleID == milanCouple })
        let jan = try #require(QuickEntry.find("Jan", in: g))
        let sandra = try #require(QuickEntry.find("Sandra", in: g))
        let janCouple = try #require(g.couples.first { $0.partners == [jan.personID] })
        #expect(g.childLinks.contains { $0.coupleID == janCouple.coupleID && $0.childID == sandra.personID })
        #expect(jan.gender == .male)
    }

    @Test("a name already there is updated, not doubled; deceased with a year")
    func update() throws {
        let g = Self.apply(["Opa Henk, 1940", "opa henk, overleden 2019"])
        #expect(g.persons.count == 1)
        let henk = try #require(g.persons.first)
        #expect(henk.birthYear == 1940 && henk.deceased && henk.deathYear == 2019)
    }

    @Test("family members are linked to their genogram person; Tab completes names")
    func membersAndCompletion() {
        let member = FamilyRecord.Member(id: UUID(), name: "Zoë", role: .child, birthYear: 2017)
        let g = Self.apply(["Zoë, 9"], members: [member])
        #expect(g.persons.first?.memberID == member.id)
        #expect(QuickEntry.complete("zo", genogram: g, members: [member]) == ["Zoë"])
    }

    @Test("a grandparent with two known parents asks whose parent; an empty line is refused")
    func problems() {
        var ids = SeededIDs(seed: 1)
        let g = Self.apply(["Sandra, moeder van Milan", "Karim, vader van Milan"])
        guard case .failure(let p) = QuickEntry.payloads("Riet, oma van Milan", genogram: g, members: [], year: 2026, ids: &ids) else {
            Issue.record("accepted an ambiguous grandparent"); return
        }
        #expect(p.kind == .ambiguousGrandparent("Milan"))
        guard case .failure(let empty) = QuickEntry.payloads(" , 71", genogram: g, members: [], year: 2026, ids: &ids) else { return }
        #expect(empty.kind == .noName)
    }

    @Test("network contacts: sector, ring and support types")
    func network() {
        var ids = SeededIDs(seed: 1)
        guard case .networkContactAdded(let c)? = QuickEntry.networkContact("netwerk: juf Marieke, school, dichtbij, praktisch, advies", ids: &ids) else {
            Issue.record("no contact"); return
        }
        #expect(c.name == "juf Marieke" && c.sector == "school" && c.ring == "close" && c.attributes["support"] == "practical,advice")
        #expect(QuickEntry.networkContact("Riet, 71", ids: &ids) == nil)
    }
}
