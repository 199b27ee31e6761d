import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// The per-family summary the home list reads and the search index's keys, kept in step
/// with the log on every append, import and destruction; and a store of the format before
/// them (v2) still read, and upgraded.
@Suite("Store indexes", .serialized)
struct StoreIndexTests {
    /// What the home list should say of each family, worked out from its events alone.
    static func expectedSummaries(_ logs: [UUID: [Event]]) -> [UUID: FamilySummary] {
        logs.mapValues { events in
            var summary = FamilySummary(
                id: events[0].familyID, name: "", created: nil, lastActivity: events.map(\.time).max(), eventCount: events.count,
                sessionCount: 0)
            var sessions: Set<UUID> = []
            for e in events {
                switch e.payload {
                case .familyCreated(let p):
                    summary.name = p.name
                    summary.created = e.time
                case .familyRenamed(let p): summary.name = p.name
                case .sessionStarted: if let s = e.sessionID { sessions.insert(s) }
                default: break
                }
            }
            summary.sessionCount = sessions.count
            return summary
        }
    }

    static func summaries(_ store: EventStore) throws -> [UUID: FamilySummary] {
        Dictionary(uniqueKeysWithValues: try store.families().map { ($0.id, $0) })
    }

    /// A random log of `count` events.
    static func randomLog(seed: UInt64, count: Int) -> [Event] {
        var gen = EventGenerator(seed: seed)
        return (0..<count).map { _ in gen.next() }
    }

    /// Appends a random log in batches of one to six; returns each family's events.
    static func appendRandom(_ store: EventStore, seed: UInt64, count: Int) throws -> [UUID: [Event]] {
        let events = randomLog(seed: seed, count: count)
        var sizes = SeededIDs(seed: seed ^ 0xBA7C)
        var start = 0
        while start < events.count {
            let end = min(events.count, start + 1 + Int(sizes.nextRandom() % 6))
            try store.append(Array(events[start..<end]))
            start = end
        }
        return Dictionary(grouping: events, by: \.familyID)
    }

    /// FTS5's index holds exactly the words of `text_row`, the rows it reads them from (the
    /// store's check, which runs FTS5's own after SQLite's).
    static func expectIndexInStep(_ store: EventStore) throws {
        #expect(try store.integrityCheck() == "ok")
    }

    /// Every search row as (kind, ref, family, session, time, text), in recording order.
    static func searchContent(_ pool: DatabasePool) throws -> [[String]] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, ref_id, family_id, session_id, time, text, folded FROM texts ORDER BY rowid")
                .map { r in (0..<7).map { String(describing: r[$0] as DatabaseValue) } }
        }
    }

    @Test("the home list's summary is right after every append, reopening, import and destruction", arguments: [11, 12, 13] as [UInt64])
    func summaryKeptOnAppend(seed: UInt64) throws {
        let a = try TemporaryStore()
        let logs = try Self.appendRandom(a.store, seed: seed, count: 300)
        #expect(try Self.summaries(a.store) == Self.expectedSummaries(logs))
        #expect(
            try a.store.families().map(\.lastActivity)
                == a.store.families().map(\.lastActivity).sorted { ($0 ?? .distantPast) > ($1 ?? .distantPast) })
        try a.reopen()
        #expect(try Self.summaries(a.store) == Self.expectedSummaries(logs))

        // Import the demo family and every random one an import takes (whose references all resolve).
        let b = try TemporaryStore()
        let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000))
        try a.store.append(demo)
        var imported: [UUID: [Event]] = [demo[0].familyID: demo]
        for (family, events) in logs where RecordReferences.firstMissing(in: events) == nil { imported[family] = events }
        for family in imported.keys { try b.store.importFamily(try a.store.export(family: family, user: "t"), user: "t") }
        #expect(try Self.summaries(b.store) == Self.expectedSummaries(imported))
        var all = logs
        all[demo[0].familyID] = demo

        let gone = try #require(logs.keys.sorted { $0.uuidString < $1.uuidString }.first)
        try a.store.destroy(family: gone, user: "t")
        var left = all
        left[gone] = nil
        #expect(try Self.summaries(a.store) == Self.expectedSummaries(left))
        #expect(
            try a.store.pool.read {
                try Int.fetchOne($0, sql: "SELECT count(*) FROM text_row WHERE family_id = ?", arguments: [gone.uuidString])
            } == 0)
        try Self.expectIndexInStep(a.store)
    }

    @Test(
        "FTS5's index holds exactly the words of the search rows, which are those the old scan gave, after random logs",
        arguments: [21, 22, 23] as [UInt64])
    func searchKeysInStep(seed: UInt64) throws {
        let keyed = try TemporaryStore()
        let logs = try Self.appendRandom(keyed.store, seed: seed, count: 400)
        #expect(try !Self.searchContent(keyed.store.pool).isEmpty)
        try Self.expectIndexInStep(keyed.store)

        // The same log written as a v2 store did (finding rows by scanning) gives the same rows.
        let old = try VersionTwoStore()
        let all = Self.randomLog(seed: seed, count: 400)
        #expect(Dictionary(grouping: all, by: \.familyID) == logs)
        try old.pool.write { db in for e in all { try EventStore.insert(e, keyed: false, db) } }
        #expect(try Self.searchContent(keyed.store.pool) == Self.searchContent(old.pool))
    }

    @Test("a store written before v3 opens, is upgraded, and lists, finds and corrects as a new one")
    func versionTwoStoreUpgrades() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-v2-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let events = Self.randomLog(seed: 31, count: 300)
        let logs = Dictionary(grouping: events, by: \.familyID)
        let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000))
        var before: [[String]] = []
        do {
            // A v2 store as Keukentafel 0.2 left it: its migrations, its rows, no key table.
            let pool = try DatabasePool(path: dir + "/" + EventStore.databaseName)
            try Schema.migrator.migrate(pool, upTo: "v2: every recorded text searchable, folded for every script")
            try pool.write { db in for e in events + demo { try EventStore.insert(e, keyed: false, db) } }
            #expect(try pool.read { try $0.tableExists("text_key") } == false)
            before = try Self.searchContent(pool)
            try pool.close()
        }
        let tmp = try TemporaryStore(directory: dir)
        #expect(try tmp.store.pool.read { try Schema.migrator.hasCompletedMigrations($0) })
        var expected = Self.expectedSummaries(logs)
        expected[demo[0].familyID] = Self.expectedSummaries([demo[0].familyID: demo])[demo[0].familyID]
        #expect(try Self.summaries(tmp.store) == expected)
        #expect(try Self.searchContent(tmp.store.pool) == before, "every old search row, as it was")
        #expect(!before.isEmpty)
        #expect(try tmp.store.pool.read { try $0.tableExists("text_key") } == false)
        try Self.expectIndexInStep(tmp.store)
        for (family, log) in logs { #expect(try tmp.store.events(family: family) == log) }
        #expect(try tmp.store.search("liedje").count == 1)

        // A correction of words recorded before the upgrade replaces them in search.
        let song = try #require(try tmp.store.search("liedje").first)
        try tmp.store.append([
            Event(
                familyID: song.familyID, time: Date(), author: "w",
                payload: .entryAmended(.init(entryID: song.entryID, text: "papa fluit nu elke ochtend")))
        ])
        #expect(try tmp.store.search("liedje").isEmpty)
        #expect(try tmp.store.search("fluit").map(\.entryID) == [song.entryID])
        try Self.expectIndexInStep(tmp.store)
    }
}

extension StoreIndexTests {
    @Test("the store's integrity check finds a search index out of step with its rows")
    func integrityCheckSeesIndex() throws {
        let tmp = try TemporaryStore()
        try tmp.store.append(DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000)))
        #expect(try tmp.store.integrityCheck() == "ok")
        // A row's words changed behind FTS5's back: the index no longer holds them.
        try tmp.store.pool.write { try $0.execute(sql: "UPDATE text_row SET folded = 'zzqx zzqy' WHERE rowid = 1") }
        let found = try tmp.store.integrityCheck()
        #expect(found.hasPrefix("the search index: "), "\(found)")
    }
}

extension StoreIndexTests {
    @Test("bringing a v7 store up to date is announced once, with its search rows as they were; a new store is not announced")
    func upgradeFromSevenAnnounced() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-v7-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000))
        var before: [[String]] = []
        do {
            // The tables of v7 as the writer of that version filled them (the v2 writer, then v3's keys).
            let pool = try DatabasePool(path: dir + "/" + EventStore.databaseName)
            try Schema.migrator.migrate(pool, upTo: "v2: every recorded text searchable, folded for every script")
            try pool.write { db in for e in demo { try EventStore.insert(e, keyed: false, db) } }
            try Schema.migrator.migrate(pool, upTo: "v7: snapshots of long records")
            before = try Self.searchContent(pool)
            try pool.close()
        }
        var told = 0
        let tmp = try TemporaryStore(directory: dir, upgrading: { told += 1 })
        #expect(told == 1)
        #expect(try Self.searchContent(tmp.store.pool) == before && !before.isEmpty)
        try Self.expectIndexInStep(tmp.store)
        tmp.store.closeStore()
        _ = try EventStore(directory: dir, upgrading: { told += 1 })
        #expect(told == 1, "once")
        _ = try TemporaryStore(upgrading: { told += 1 })
        #expect(told == 1, "a new store is made, not upgraded")
    }
}
