import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// An import into a store without events builds `event_by_family` and `text_row_by_ref`
/// after its rows (`EventStore.dropIndexesForLater`); into any other store it keeps them.
@Suite("Indexes built after an import's rows")
struct LateIndexTests {
    /// Exports of demo families, one per seed.
    static func files(_ seeds: ClosedRange<UInt64>) throws -> [Data] {
        try seeds.map { seed in
            let events = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: seed)
            return try FamilyExport.encode(family: events[0].familyID, events: events)
        }
    }

    /// The store's schema: every table, index, view and trigger with its SQL.
    static func schema(_ store: EventStore) throws -> [Row] {
        try store.pool.read { try Row.fetchAll($0, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name") }
    }

    /// What SQLite plans for `sql`, as one line.
    static func plan(_ store: EventStore, _ sql: String) throws -> String {
        try store.pool.read { db in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" } }
            .joined(separator: "; ")
    }

    @Test(
        "into an empty store they are built after the rows: the same schema, rows and hits as an import into a store that had a family, and queries use them again"
    )
    func sameAsKept() throws {
        let given = try Self.files(1...4)
        let before = try Self.files(5...5)[0]
        let hadOne = try TemporaryStore()
        try hadOne.store.importFamily(before, user: "test")
        #expect(hadOne.store.lastImportBuiltIndexesLate.withLock { $0 }, "its first family went into an empty store")

        let intoEmpty = try TemporaryStore()
        let results = intoEmpty.store.importFamilies(separately: given, user: "test")
        #expect(intoEmpty.store.lastImportBuiltIndexesLate.withLock { $0 })
        let kept = hadOne.store.importFamilies(separately: given, user: "test")
        #expect(hadOne.store.lastImportBuiltIndexesLate.withLock { $0 } == false)
        #expect(results.map { "\($0)" } == kept.map { "\($0)" })
        #expect(results.allSatisfy { (try? $0.get()) != nil })

        #expect(try Self.schema(intoEmpty.store) == Self.schema(hadOne.store), "the indexes are back, as the store defines them")
        #expect(try Self.schema(intoEmpty.store).contains { $0["name"] == "event_by_family" })
        #expect(try Self.schema(intoEmpty.store).contains { $0["name"] == "text_row_by_ref" })
        for store in [intoEmpty.store!, hadOne.store!] { #expect(try store.integrityCheck() == "ok") }
        for family in try results.map({ try $0.get() }) {
            #expect(try intoEmpty.store.events(family: family) == hadOne.store.events(family: family))
        }
        let imported = Set(try results.map { try $0.get() })
        for word in ["zoe", "ochtenden", "boterhammen"] {
            let hits = try intoEmpty.store.search(word)
            let same = try hadOne.store.search(word).filter { imported.contains($0.familyID) }
            #expect(!hits.isEmpty && hits == same, "\(word)")
        }
        #expect(try Self.plan(intoEmpty.store, "SELECT seq FROM event WHERE family_id = 'x' ORDER BY seq").contains("event_by_family"))
        #expect(try Self.plan(intoEmpty.store, "SELECT rowid FROM text_row WHERE ref_id = 'x'").contains("text_row_by_ref"))
    }

    @Test("one file and a bundle into an empty store build them late as well; into a store with events they are kept")
    func everyPath() throws {
        let files = try Self.files(1...3)
        let one = try TemporaryStore()
        try one.store.importFamily(files[0], user: "test")
        #expect(one.store.lastImportBuiltIndexesLate.withLock { $0 })
        try one.store.importFamilies([files[1], files[2]], user: "test")
        #expect(one.store.lastImportBuiltIndexesLate.withLock { $0 } == false, "the store has a family now")
        let bundle = try TemporaryStore()
        try bundle.store.importFamilies(files, user: "test")
        #expect(bundle.store.lastImportBuiltIndexesLate.withLock { $0 })
        #expect(try Self.schema(one.store) == Self.schema(bundle.store))
        for store in [one.store!, bundle.store!] { #expect(try store.integrityCheck() == "ok") }
    }

    @Test("an event id repeated in a second file ends the import into an empty store whole: nothing written, the indexes as before")
    func repeatedEventID() throws {
        let first = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: 1)
        var second = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: 2)
        second[second.count - 1].id = first[0].id
        let files = [
            try FamilyExport.encode(family: first[0].familyID, events: first),
            try FamilyExport.encode(family: second[0].familyID, events: second),
        ]
        let fresh = try TemporaryStore()
        let untouched = try Self.schema(fresh.store)
        let results = fresh.store.importFamilies(separately: files, user: "test")
        #expect(results.allSatisfy { (try? $0.get()) == nil }, "\(results)")
        #expect(try fresh.store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event") } == 0)
        #expect(try Self.schema(fresh.store) == untouched, "the dropped indexes came back with the rollback")
        #expect(try fresh.store.integrityCheck() == "ok")
        // The store takes the first file alone afterwards.
        try fresh.store.importFamily(files[0], user: "test")
        #expect(try fresh.store.events(family: first[0].familyID).count == first.count)
    }
}
