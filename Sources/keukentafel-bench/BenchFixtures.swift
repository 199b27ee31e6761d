import Foundation
import KeukentafelDomain
import KeukentafelStore

/// A 30-person family over four generations (seeded), the genogram the layout, drawing
/// and keystroke benchmarks share.
func thirtyPersonGenogram() -> Genogram {
    var g = Genogram()
    var ids = SeededIDs(seed: 30)
    func person(_ n: String, _ gender: Gender) -> UUID {
        let p = GenogramPerson(personID: ids.next(), name: n, gender: gender)
        g.add(p)
        return p.personID
    }
    func couple(_ a: UUID, _ b: UUID, _ kids: [UUID], _ kind: ChildLinkKind = .biological) {
        let c = GenogramCouple(coupleID: ids.next(), partners: [a, b], status: .married)
        g.add(c)
        for k in kids { g.add(GenogramChildLink(coupleID: c.coupleID, childID: k, kind: kind)) }
    }
    var parents: [(UUID, UUID)] = [
        (person("opa 1", .male), person("oma 1", .female)), (person("opa 2", .male), person("oma 2", .female)),
    ]
    var count = 4
    for generation in 0..<3 {
        var next: [(UUID, UUID)] = []
        for (i, (a, b)) in parents.enumerated() {
            let kids = (0..<(generation == 2 ? 3 : 2)).map { j -> UUID in
                count += 1
                return person("kind \(generation)-\(i)-\(j)", j % 2 == 0 ? .male : .female)
            }
            couple(a, b, kids)
            if generation < 2 {
                for k in kids.prefix(1) {
                    count += 1
                    next.append((k, person("partner \(count)", .female)))
                }
            }
        }
        parents = next.isEmpty ? parents : next
        if count >= 30 { break }
    }
    while g.persons.count < 30 { _ = person("los \(g.persons.count)", .unknown) }
    return g
}

/// The 30-person genogram with 12 emotional relations between people far apart.
func thirtyPersonGenogramWithRelations() -> Genogram {
    var g = thirtyPersonGenogram()
    var ids = SeededIDs(seed: 31)
    let people = g.persons.map(\.personID)
    for i in 0..<12 {
        g.add(
            GenogramBond(
                bondID: ids.next(), from: people[(i * 7) % people.count], to: people[(i * 11 + 3) % people.count],
                kind: EmotionalBond.allCases[i % EmotionalBond.allCases.count]))
    }
    return g
}

/// A family in a live session that is still open: six people present, the 30-person
/// genogram with 12 relations, a scale, and `entries` recorded entries (words and notes).
/// Opening the family resumes the session, so a benchmark lands on the live screen.
func liveSessionEvents(family: UUID, entries: Int, time: Date) -> [Event] {
    var ids = SeededIDs(seed: 77)
    let session = ids.next()
    var events: [Event] = []
    func add(_ p: EventPayload, _ sid: UUID? = nil) {
        events.append(Event(id: ids.next(), familyID: family, sessionID: sid, time: time, author: "bench", payload: p))
    }
    add(.familyCreated(.init(name: "Gezin Bench")))
    let names = ["Sandra", "Erik", "Zoë", "Daan", "oma Riet", "Yusuf"]
    let members = names.map { _ in ids.next() }
    for (m, name) in zip(members, names) { add(.memberAdded(.init(memberID: m, name: name, role: .other))) }
    let genogram = thirtyPersonGenogramWithRelations()
    for p in genogram.persons { add(.genogramPersonSet(p)) }
    for c in genogram.couples { add(.genogramCoupleSet(c)) }
    for l in genogram.childLinks { add(.genogramChildLinked(l)) }
    for b in genogram.bonds { add(.genogramBondSet(b)) }
    add(.sessionStarted(.init(number: 1, kind: .live, worker: "bench", present: members)), session)
    let scale = ids.next()
    add(.scaleDefined(.init(scaleID: scale, topic: "rust in huis", kind: .goal)), session)
    for m in members { add(.scaleValueSet(.init(scaleID: scale, memberID: m, value: 6)), session) }
    let text = Sentences()
    for i in 0..<entries {
        if i % 7 == 0 {
            add(.noteRecorded(.init(entryID: ids.next(), text: text.make(14))), session)
        } else {
            add(
                .utteranceRecorded(
                    .init(entryID: ids.next(), speaker: members[i % 6], text: text.make(16), tags: i % 5 == 0 ? [.exception] : [])),
                session)
        }
    }
    return events
}

/// A new store in `directory` holding the family of `liveSessionEvents` (1,000 entries).
func makeLiveStore(at directory: String) throws {
    let store = try EventStore(directory: directory)
    defer { store.closeStore() }
    try store.append(liveSessionEvents(family: UUID(), entries: 1000, time: Date()))
}
