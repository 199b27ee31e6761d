import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore
import Testing

@testable import Sharing

/// Pseudonymisation over a fictional family whose names are written in the scripts Dutch
/// families write in: Dutch, Turkish, Polish, Vietnamese, Arabic and Tigrinya, with
/// combining marks and emoji, and named in the words in every case and possessive.
@Suite("Pseudonymiser")
struct PseudonymiserTests {
    static let family = UUID()
    static let session = UUID()
    static let start = Date(timeIntervalSinceReferenceDate: 800_000_000)  // 2026-05-08
    static let members: [(id: UUID, name: String, role: FamilyRole, born: Int?)] = [
        (UUID(), "Sandra de Vries", .parent, 1990),
        (UUID(), "Zoe\u{0308} 🌸", .child, 2016),
        (UUID(), "Ayşe Yılmaz", .parent, 1988),
        (UUID(), "İbrahim", .child, 2012),
        (UUID(), "Łukasz Wiśniewski", .carer, 1979),
        (UUID(), "Nguyễn Thị Mai", .other, 1961),
        (UUID(), "فاطمة", .adolescent, 2010),
        (UUID(), "ሰላም", .child, 2019),
    ]
    /// Every name word of the record, as search would fold it; none may survive.
    static let nameWords = [
        "sandra", "vries", "zoe", "ayse", "yilmaz", "ibrahim", "lukasz", "wisniewski", "nguyen", "thi", "mai", "فاطمة", "ሰላም",
        "malgorzata", "tesfay", "ተስፋይ", "محمد", "tilburg", "hatice", "duc",
    ]

    static var events: [Event] {
        var out: [Event] = []
        var t = start
        func add(_ session: UUID?, _ payload: EventPayload) {
            out.append(Event(familyID: family, sessionID: session, time: t, author: "Marieke", payload: payload))
            t += 60
        }
        add(nil, .familyCreated(.init(name: "Gezin De Vries-Yılmaz")))
        for m in members { add(nil, .memberAdded(.init(memberID: m.id, name: m.name, role: m.role, birthYear: m.born))) }
        let sandra = GenogramPerson(personID: UUID(), name: "Sandra", gender: .female, birthYear: 1990, memberID: members[0].id)
        add(nil, .genogramPersonSet(sandra))
        add(nil, .genogramPersonSet(GenogramPerson(personID: UUID(), name: "Małgorzata", gender: .female, household: "Tilburg")))
        add(nil, .genogramPersonSet(GenogramPerson(personID: UUID(), name: "ተስፋይ", gender: .male, household: "om de hoek")))
        add(nil, .genogramPersonSet(GenogramPerson(personID: UUID(), name: "opa محمد", gender: .male, deceased: true)))
        add(nil, .genogramPersonSet(GenogramPerson(personID: UUID(), name: "Trần Văn Đức", gender: .male)))
        add(nil, .networkContactSet(NetworkContact(contactID: UUID(), name: "buurvrouw Hatice", sector: "family", ring: .close)))
        add(
            nil,
            .networkContactSet(
                NetworkContact(contactID: UUID(), name: "juf Tesfay", sector: "school", ring: .middle, note: "Ziet Zoë elke dag")))
        add(session, .sessionStarted(.init(number: 1, kind: .live, worker: "Marieke", present: members.map(\.id))))
        let quotes = [
            (0, "SANDRA's fiets staat bij Ayşe'nin huis 😊"),
            (1, "zoe's tas en Zoë’s jas, Zoës schoenen"),
            (2, "AYSE en Ibrahim gaan op 12-03-2026 naar Tilburg"),
            (3, "İBRAHİM zegt dat ibrahim het weet; Lukasz komt om 14:00"),
            (4, "Łukasz belt NGUYEN THI MAI en tran van duc"),
            (6, "وفاطمة ذهبت مع محمد إلى المدرسة"),
            (7, "ሰላም ምስ ተስፋይ ናብ ቤት ትምህርቲ ከይዳ።"),
            (5, "Małgorzata en Malgorzata, Wiśniewski en WISNIEWSKI; buurvrouw hatice komt 3 december"),
        ]
        for (who, text) in quotes {
            add(session, .utteranceRecorded(.init(entryID: UUID(), speaker: members[who].id, text: text)))
        }
        add(session, .noteRecorded(.init(entryID: UUID(), text: "Sandra en Zoe\u{0308}😊 samen; Karims vriend")))
        add(session, .agreementMade(.init(agreementID: UUID(), who: "Sandra de Vries", what: "belt juf Tesfay", byWhen: "2026-05-20")))
        add(session, .appointmentSet(.init(when: "dinsdag 19 mei 2026 10:00", place: "bij Sandra thuis")))
        add(session, .sessionEnded(.init()))
        return out
    }

    static func pseudonymised(shift: Int = -28) throws -> (events: [Event], summary: PseudonymSummary, json: String) {
        let (events, summary) = try Pseudonymiser.pseudonymise(events, labels: .dutch, shiftDays: shift)
        let json = try FamilyExport.encode(family: try #require(events.first).familyID, events: events)
        return (events, summary, String(decoding: json, as: UTF8.self))
    }

    /// The folded words of `text`, and each with an Arabic proclitic or a trailing s taken off.
    static func foldedWords(_ text: String) -> Set<String> {
        var out: Set<String> = []
        for word in Pseudonymiser.words(of: text) {
            let f = foldedForMatching(word)
            out.insert(f)
            if f.hasSuffix("s") { out.insert(String(f.dropLast())) }
            for prefix in Pseudonymiser.arabicPrefixes where f.hasPrefix(prefix) { out.insert(String(f.dropFirst(prefix.count))) }
        }
        return out
    }

    @Test("no name of the six scripts survives in the export, in any case, with or without accents")
    func noNameLeft() throws {
        let original = try FamilyExport.encode(family: Self.family, events: Self.events)
        let before = Self.foldedWords(String(decoding: original, as: UTF8.self))
        // The fixture really holds them all (else the test would prove nothing).
        for name in Self.nameWords { #expect(before.contains(foldedForMatching(name)), "fixture lacks \(name)") }
        let (_, _, json) = try Self.pseudonymised()
        let after = Self.foldedWords(json)
        for name in Self.nameWords { #expect(!after.contains(foldedForMatching(name)), "\(name) is still there") }
        let folded = foldedForMatching(json)
        for name in Self.nameWords where name.count >= 5 { #expect(!folded.contains(foldedForMatching(name)), "\(name) inside a word") }
    }

    @Test("each person has one pseudonym everywhere: member, genogram, words, agreements")
    func consistent() throws {
        let (events, _, _) = try Self.pseudonymised()
        let record = FamilyRecord.replay(try #require(events.first).familyID, events)
        let names = record.members.map(\.name)
        // "de" is a particle and stays; "Vries" was named first in the family's name.
        #expect(names[0] == "Persoon-A de Familie-A")
        #expect(names[1] == "Persoon-B 🌸")
        let sandra = "Persoon-A"
        let person = try #require(record.genogram.persons.first { $0.memberID == record.members[0].id })
        #expect(person.name == sandra)
        let words = events.compactMap { e -> String? in if case .utteranceRecorded(let u) = e.payload { return u.text } else { return nil }
        }
        #expect(words[0] == "Persoon-A's fiets staat bij Persoon-C'nin huis 😊")
        #expect(words[1] == "Persoon-B's tas en Persoon-B’s jas, Persoon-Bs schoenen")
        #expect(words[3].hasPrefix("Persoon-D zegt dat Persoon-D het weet; Persoon-E komt"))
        #expect(words[5].hasPrefix("و"), "the proclitic stays, the name goes: \(words[5])")
        #expect(words[7].contains("buurvrouw Contact-A komt"))
        let agreement = events.compactMap { e -> EventPayload.AgreementMade? in
            if case .agreementMade(let a) = e.payload { return a } else { return nil }
        }
        #expect(agreement.first?.who == names[0])
        #expect(agreement.first?.what == "belt juf Contact-B")
    }

    @Test("places from quick entry are replaced whole, and where they are named")
    func places() throws {
        let (events, summary, json) = try Self.pseudonymised()
        let households = FamilyRecord.replay(try #require(events.first).familyID, events).genogram.persons.compactMap(\.household)
        #expect(Set(households) == ["Plaats-A", "Plaats-B"])
        #expect(json.contains("naar Plaats-A"))
        // The appointment's place is the third.
        #expect(summary.places == 3)
    }

    @Test("times and written dates move by the one shift; birth years stay, so ages are kept")
    func dates() throws {
        let (events, summary, _) = try Self.pseudonymised(shift: -35)
        #expect(summary.shiftDays == -35)
        for (a, b) in zip(Self.events, events) { #expect(b.time == a.time.addingTimeInterval(-35 * 86_400)) }
        let texts = events.map { e -> String in
            switch e.payload {
            case .utteranceRecorded(let u): return u.text
            case .agreementMade(let a): return a.byWhen ?? ""
            case .appointmentSet(let a): return a.when
            default: return ""
            }
        }
        #expect(texts.contains { $0.contains("op 05-02-2026 naar") })
        #expect(texts.contains("2026-04-15"))
        // A multiple of seven days keeps the weekday right.
        #expect(texts.contains("dinsdag 14 april 2026 10:00"))
        #expect(texts.contains { $0.hasSuffix("komt 29 oktober") })
        #expect(texts.contains { $0.contains("om 14:00") })
        let record = FamilyRecord.replay(try #require(events.first).familyID, events)
        #expect(record.members.map(\.birthYear) == Self.members.map(\.born))
        #expect(summary.datesInText == 4)
    }

    @Test("the result is a valid export with new ids throughout, that imports beside the original")
    func validExport() throws {
        let (events, summary, json) = try Self.pseudonymised()
        let decoded = try FamilyExport.decode(Data(json.utf8))
        #expect(decoded.events == events)
        #expect(decoded.family != Self.family)
        let originalIDs = Set(Self.events.map(\.id.uuidString) + Self.members.map(\.id.uuidString) + [Self.family.uuidString])
        for id in originalIDs { #expect(!json.contains(id)) }
        #expect(summary.ids > Self.events.count)
        #expect(summary.memberNames == 8 && summary.genogramPersons == 5 && summary.networkContacts == 2 && summary.familyNames == 1)
        #expect(summary.namesInText > 20)
    }

    @Test("the family plan from the pseudonymised record names no one")
    func plan() throws {
        let (events, _, _) = try Self.pseudonymised()
        let plan = FamilyPlan(FamilyRecord.replay(try #require(events.first).familyID, events), language: .nl)
        let words = Self.foldedWords(plan.markdown + plan.html)
        for name in Self.nameWords { #expect(!words.contains(foldedForMatching(name)), "\(name) in the plan") }
        #expect(plan.markdown.contains("Persoon-A"))
    }

    @Test("two exports shift differently and get different ids")
    func perExport() throws {
        let shifts = Set((0..<20).map { _ in Pseudonymiser.randomShiftDays() })
        #expect(shifts.count > 1 && shifts.allSatisfy { $0 < 0 && $0 % 7 == 0 && $0 >= -364 })
        let a = try Pseudonymiser.pseudonymise(Self.events, labels: .english)
        let b = try Pseudonymiser.pseudonymise(Self.events, labels: .english)
        #expect(a.events[0].familyID != b.events[0].familyID)
    }

    @Test("every event kind has a rule: a new kind cannot pass through unpseudonymised")
    func everyKind() {
        for kind in EventPayload.kinds { #expect(Pseudonymiser.rules[kind.name] != nil, "\(kind.name)") }
    }
}
