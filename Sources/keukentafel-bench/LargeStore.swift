import Foundation
import KeukentafelDomain
import KeukentafelStore

/// A large, fictional caseload for benchmarks: 200 families × 25 sessions × 40 entries
/// (200,000 entries in 5,000 sessions), with members, genogram persons and couples,
/// network contacts, scales, phases, cards, goals, agreements, evaluations and the
/// occasional correction. Seeded, so every run builds the same store (ids, words, times).
enum LargeStore {
    static let families = 200
    static let sessionsPerFamily = 25
    static let entriesPerSession = 40

    static let surnames = [
        "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
        "Dekker", "Brouwer", "Yılmaz", "El Amrani", "Kowalska", "Nguyen", "Zoë's", "van Dijk",
    ]
    static let parentNames = ["Sandra", "Karim", "Marieke", "Ahmed", "Ilse", "Tomasz", "Fatma", "Joost", "Małgorzata", "Rik"]
    static let childNames = ["Zoë", "Milan", "Noor", "Daan", "Lotte", "Sem", "Yara", "Finn", "Aylin", "Bram"]
    static let vocabulary = [
        "mama", "zegt", "dat", "het", "beter", "gaat", "sinds", "de", "ochtenden", "rustiger", "zijn", "school", "oma", "helpt",
        "met", "boterhammen", "ruzie", "minder", "slapen", "bedtijd", "liedje", "trots", "samen", "huiswerk", "voetbal",
        "boos", "verdrietig", "weekend", "papa", "opa", "juf", "afspraak", "eten", "telefoon", "buiten", "fiets", "lachen",
    ]

    /// One family's whole log, in recording order; `index` picks its seed and name.
    static func log(family index: Int) -> [Event] {
        var ids = SeededIDs(seed: 0x4B54_0000 + UInt64(index))
        func pick(_ n: Int) -> Int { Int(ids.nextRandom() % UInt64(n)) }
        func sentence(_ n: Int) -> String { (0..<n).map { _ in vocabulary[pick(vocabulary.count)] }.joined(separator: " ") }
        let family = ids.next()
        // Fixed times (no `Date()`), two years back from late 2026, a session every one to three weeks.
        var time = Date(timeIntervalSinceReferenceDate: 720_000_000 + Double(pick(86_400 * 60)))
        var events: [Event] = []
        func add(_ session: UUID?, _ payload: EventPayload, author: String = "Marieke") {
            time = time.addingTimeInterval(Double(5 + pick(40)))
            events.append(Event(id: ids.next(), familyID: family, sessionID: session, time: time, author: author, payload: payload))
        }
        add(nil, .familyCreated(.init(name: "Gezin \(surnames[index % surnames.count]) \(index + 1)")))
        let parents = (0..<(1 + pick(2))).map { i in (ids.next(), parentNames[(index + i * 3) % parentNames.count]) }
        let children = (0..<(1 + pick(3))).map { i in (ids.next(), childNames[(index + i * 7) % childNames.count]) }
        for (id, name) in parents { add(nil, .memberAdded(.init(memberID: id, name: name, role: .parent, birthYear: 1975 + pick(15)))) }
        for (id, name) in children { add(nil, .memberAdded(.init(memberID: id, name: name, role: .child, birthYear: 2008 + pick(14)))) }
        let members = (parents + children).map(\.0)
        // The genogram: the members, their parents' generation, a couple and child links.
        var persons: [UUID] = []
        for (id, name) in parents + children {
            let p = ids.next()
            persons.append(p)
            add(nil, .genogramPersonSet(GenogramPerson(personID: p, name: name, gender: pick(2) == 0 ? .female : .male, memberID: id)))
        }
        for name in ["oma Riet", "opa Henk", "oma Fatima", "oom Joop", "tante Els"].prefix(2 + pick(4)) {
            let p = ids.next()
            persons.append(p)
            add(nil, .genogramPersonSet(GenogramPerson(personID: p, name: name, gender: .female, birthYear: 1945 + pick(20))))
        }
        let couple = ids.next()
        add(nil, .genogramCoupleSet(GenogramCouple(coupleID: couple, partners: Array(persons.prefix(parents.count)), status: .married)))
        for p in persons[parents.count..<(parents.count + children.count)] {
            add(nil, .genogramChildLinked(GenogramChildLink(coupleID: couple, childID: p, kind: .biological)))
        }
        for (name, sector) in [("juf Marieke", "school"), ("buurvrouw Ans", "friends"), ("huisarts", "professionals")] {
            add(
                nil,
                .networkContactSet(NetworkContact(contactID: ids.next(), name: name, sector: sector, ring: .middle, support: [.practical])))
        }
        let scales = [ids.next(), ids.next()]
        add(nil, .scaleDefined(.init(scaleID: scales[0], topic: "rust in huis", kind: .goal)))
        add(nil, .scaleDefined(.init(scaleID: scales[1], topic: "veilig thuis", kind: .safety)))
        let cards = ["agenda-together", "exceptions-question", "scaling-question", "miracle", "goal-concrete", "compliment"]
        for number in 1...sessionsPerFamily {
            time = time.addingTimeInterval(Double(7 + pick(14)) * 86_400)
            let s = ids.next()
            add(s, .sessionStarted(.init(number: number, kind: .live, worker: "Marieke", present: members)))
            var entries: [UUID] = []
            for i in 0..<entriesPerSession {
                if i % 10 == 0 {
                    add(s, .phaseChanged(.init(phase: Phase.allCases[(i / 10 + number) % Phase.allCases.count])))
                    add(s, .promptShown(.init(promptID: cards[pick(cards.count)])))
                }
                let entry = ids.next()
                entries.append(entry)
                switch pick(20) {
                case 0..<15:
                    let tags: [Tag] = pick(6) == 0 ? [Tag.allCases[pick(Tag.allCases.count)]] : []
                    add(
                        s,
                        .utteranceRecorded(
                            .init(entryID: entry, speaker: members[pick(members.count)], text: sentence(6 + pick(14)), tags: tags)))
                case 15..<18: add(s, .noteRecorded(.init(entryID: entry, text: sentence(8 + pick(10)))))
                default: add(s, .workerSaid(.init(entryID: entry, text: sentence(6 + pick(8)), tags: [.complimentGiven])))
                }
            }
            if pick(4) == 0, let last = entries.last { add(s, .entryAmended(.init(entryID: last, text: sentence(8)))) }
            for scale in scales {
                for m in members { add(s, .scaleValueSet(.init(scaleID: scale, memberID: m, value: 2 + pick(8)))) }
            }
            if number % 5 == 1 {
                add(s, .goalSet(.init(goalID: ids.next(), text: sentence(7), sourceEntries: [entries[pick(entries.count)]])))
            }
            if number % 3 == 0 { add(s, .agreementMade(.init(agreementID: ids.next(), who: "mama", what: sentence(6), byWhen: "vrijdag"))) }
            add(s, .summaryChecked(.init(confirmed: true)))
            for m in members.prefix(2) {
                add(
                    s,
                    .evaluationRecorded(
                        .init(ratings: ["evaluation-item-heard": 5 + pick(6), "evaluation-item-useful": 4 + pick(7)], memberID: m)))
            }
            add(s, .sessionEnded(.init()))
        }
        return events
    }

    /// Builds the store in `directory`, one transaction per family; refuses a folder that
    /// already holds a store, so a second run never doubles one.
    static func make(at directory: String) throws -> (families: Int, events: Int, seconds: Double) {
        if FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(EventStore.databaseName)) {
            throw StoreError.inaccessible(path: directory, detail: "it already holds a store; give a new folder")
        }
        let store = try EventStore(directory: directory)
        defer { store.closeStore() }
        var events = 0
        let ms = try clock {
            for f in 0..<families {
                let log = log(family: f)
                events += log.count
                try store.append(log)
            }
        }
        return (families, events, ms / 1000)
    }
}
