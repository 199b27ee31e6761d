import Foundation
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

@Suite("Caseload read", .serialized)
struct CaseloadStoreTests {
    /// What the caseload overview reads of a record, as text to compare: name, creation,
    /// members, sessions, scales, evaluations with their sessions, and the safety map
    /// with the words on it as they stand.
    static func caseloadPart(_ r: FamilyRecord) -> [String] {
        var out = ["\(r.name) \(String(describing: r.created))"]
        out += r.members.map { "member \($0.id) \($0.name) \($0.role)" }
        out += r.sessions.map { "session \($0.id) \($0.number) \($0.kind) \($0.started)" }
        out += r.scales.map { "scale \($0)" }
        out += r.sessionEvaluations.map { e in
            // Ratings sorted: a dictionary's order differs between two decodings of the same event.
            let ratings = e.evaluation.ratings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return "evaluation \(String(describing: e.sessionID)) \(e.time) \(String(describing: e.evaluation.memberID)) \(ratings)"
        }
        out += r.safetyMap.map { item in
            let e = r.entry(item.entryID)
            return "safety \(item) \(String(describing: e?.versions)) \(String(describing: e?.retracted)) "
                + "\(String(describing: e?.sessionID)) \(String(describing: e?.time)) \(String(describing: e?.speaker))"
        }
        return out
    }

    @Test(
        "every family's caseload part, read in one pass, equals the same part of its whole record; the look is logged per family",
        arguments: [12, 13, 14] as [UInt64])
    func everyRecord(seed: UInt64) throws {
        let tmp = try TemporaryStore()
        var gen = EventGenerator(seed: seed)
        for _ in 0..<60 { try tmp.store.append((0..<(1 + gen.int(8))).map { _ in gen.next() }) }
        let families = try tmp.store.families()
        #expect(families.count > 1)
        let records = try tmp.store.openCaseload(user: "tester")
        #expect(Set(records.map(\.familyID)) == Set(families.map(\.id)))
        var safetyEntries = 0
        for record in records {
            let whole = try tmp.store.record(family: record.familyID)
            #expect(Self.caseloadPart(record) == Self.caseloadPart(whole))
            safetyEntries += whole.safetyMap.count
        }
        #expect(safetyEntries > 0, "the random log should put words on a safety map")
        let log = try tmp.store.accessLog()
        let looked: [String] = log.filter { $0.action == "caseload" }.map(\.familyID.uuidString).sorted()
        let expected: [String] = families.map(\.id.uuidString).sorted()
        #expect(looked == expected)
        #expect(log.allSatisfy { $0.user == "tester" })
    }

    @Test("the words on a safety map are read, corrected and retracted as they stand; the family's other words are not")
    func safetyWordsOnly() throws {
        let tmp = try TemporaryStore()
        let (family, session, speaker) = (UUID(), UUID(), UUID())
        let t = Date(timeIntervalSinceReferenceDate: 815_000_000)
        let (worry, other, retracted) = (UUID(), UUID(), UUID())
        func e(_ s: UUID?, _ p: EventPayload) -> Event { Event(familyID: family, sessionID: s, time: t, author: "w", payload: p) }
        try tmp.store.append([
            e(nil, .familyCreated(.init(name: "Gezin Zorg"))),
            e(nil, .memberAdded(.init(memberID: speaker, name: "Mila", role: .parent))),
            e(session, .sessionStarted(.init(number: 1, kind: .live, worker: "w", present: [speaker]))),
            e(session, .utteranceRecorded(.init(entryID: other, speaker: speaker, text: "Gewone woorden"))),
            e(session, .utteranceRecorded(.init(entryID: worry, speaker: speaker, text: "Hij slaat"))),
            e(session, .safetyMapEntry(.init(entryID: worry, column: .worries, perspective: .parents))),
            e(session, .workerSaid(.init(entryID: retracted, text: "Verkeerd"))),
            e(session, .safetyMapEntry(.init(entryID: retracted, column: .worries, perspective: .professionals))),
            e(session, .entryRetracted(.init(entryID: retracted))),
            e(session, .entryAmended(.init(entryID: worry, text: "Hij slaat soms"))),
        ])
        let record = try #require(try tmp.store.openCaseload(user: "tester").first)
        #expect(record.entry(worry)?.text == "Hij slaat soms")
        #expect(record.entry(retracted)?.retracted == true)
        #expect(record.entry(other) == nil)
        #expect(record.sessions.map(\.number) == [1])
    }

    @Test("a destroyed family is not in the caseload; an empty store gives none")
    func destroyed() throws {
        let tmp = try TemporaryStore()
        #expect(try tmp.store.openCaseload(user: "tester").isEmpty)
        let (a, b) = (UUID(), UUID())
        let t = Date(timeIntervalSinceReferenceDate: 815_000_000)
        try tmp.store.append([Event(familyID: a, time: t, author: "w", payload: .familyCreated(.init(name: "Gezin A")))])
        try tmp.store.append([Event(familyID: b, time: t, author: "w", payload: .familyCreated(.init(name: "Gezin B")))])
        try tmp.store.destroy(family: a, user: "tester")
        #expect(try tmp.store.openCaseload(user: "tester").map(\.name) == ["Gezin B"])
    }
}
