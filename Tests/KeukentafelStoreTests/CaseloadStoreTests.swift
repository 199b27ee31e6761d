import Foundation
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

@Suite("Caseload read", .serialized)
struct CaseloadStoreTests {
    @Test("every family's record in one pass equals reading each family alone; the look is logged once per family")
    func everyRecord() throws {
        let tmp = try TemporaryStore()
        var gen = EventGenerator(seed: 12)
        for _ in 0..<40 { try tmp.store.append((0..<(1 + gen.int(6))).map { _ in gen.next() }) }
        let families = try tmp.store.families()
        #expect(families.count > 1)
        let records = try tmp.store.openCaseload(user: "tester")
        #expect(Set(records.map(\.familyID)) == Set(families.map(\.id)))
        for record in records {
            #expect(record == (try tmp.store.record(family: record.familyID)))
        }
        let log = try tmp.store.accessLog()
        let looked: [String] = log.filter { $0.action == "caseload" }.map(\.familyID.uuidString).sorted()
        let expected: [String] = families.map(\.id.uuidString).sorted()
        #expect(looked == expected)
        #expect(log.allSatisfy { $0.user == "tester" })
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
