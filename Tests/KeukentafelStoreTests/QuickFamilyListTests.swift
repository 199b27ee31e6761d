import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// `EventStore.quickFamilies`: the home list read without opening the store, only when
/// opening would do nothing but read, equal to what the opened store lists, and leaving
/// every file (the lock file's record of the clean close too) exactly as it was.
@Suite("Quick family list", .serialized)
struct QuickFamilyListTests {
    /// A cleanly closed store with random families and their list as the opened store gave it.
    static func closedStore(seed: UInt64) throws -> (TemporaryStore, [FamilySummary]) {
        let tmp = try TemporaryStore()
        _ = try StoreIndexTests.appendRandom(tmp.store, seed: seed, count: 40 + Int(seed % 60))
        try tmp.store.append(DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 790_000_000), seed: seed + 1_000))
        let listed = try tmp.store.families()
        // As a store in use has it (a small one may have its header page only in the WAL,
        // and is then checked whole at opening anyway).
        try tmp.store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        tmp.store.closeStore()
        return (tmp, listed)
    }

    /// Every file of the store folder and its bytes (the lock file holds the clean close),
    /// but the WAL's index (`-shm`), which every reader writes its read marks into.
    static func contents(_ tmp: TemporaryStore) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: tmp.directory) where !name.hasSuffix("-shm") {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: tmp.directory + "/" + name))
        }
        return out
    }

    static func stamps(_ tmp: TemporaryStore) -> [String?] { tmp.files.prefix(2).map(fileStamp) }

    @Test("equal to the opened store's list on random stores; nothing changes, and the next opening skips the full check")
    func equalAndUntouched() throws {
        for seed in UInt64(1)...12 {
            let (tmp, listed) = try Self.closedStore(seed: seed)
            var before = try Self.contents(tmp)
            let stamps = Self.stamps(tmp)
            let checked = try #require(CleanClose(text: try OpeningCheckTests.lockText(tmp))).checked
            let quick = try #require(EventStore.quickFamilies(directory: tmp.directory), "seed \(seed)")
            #expect(quick == listed, "seed \(seed)")
            var after = try Self.contents(tmp)
            // Under root, SQLite's `fchown` of the WAL changes its change time, and the record with it.
            if geteuid() == 0 { (after[EventStore.lockName], before[EventStore.lockName]) = (nil, nil) }
            #expect(after == before, "seed \(seed): every file as it was")
            let now = Self.stamps(tmp)
            #expect(now[0] == stamps[0], "seed \(seed): the database not even touched")
            #expect(now[1]?.split(separator: " ").dropLast() == stamps[1]?.split(separator: " ").dropLast(), "seed \(seed)")
            // Still the clean close's record: the writer opens without the full check.
            let record = try #require(CleanClose(text: try OpeningCheckTests.lockText(tmp)))
            let state = try EventStore.checkOpening(tmp.files[0], lastClose: record, now: record.checked + 60)
            #expect(state == .passed(record.checked), "seed \(seed)")
            #expect(record.checked == checked, "seed \(seed): the same check time")
            try tmp.reopen()
            #expect(try tmp.store.families() == listed, "seed \(seed)")
        }
    }

    @Test("an empty store lists no family")
    func empty() throws {
        let tmp = try TemporaryStore()
        try tmp.store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        tmp.store.closeStore()
        #expect(EventStore.quickFamilies(directory: tmp.directory) == [])
    }

    @Test("left to the usual opening: no folder, a folder open to others, the store open, no clean close, changed files")
    func leftToOpening() throws {
        #expect(EventStore.quickFamilies(directory: "/nonexistent/kt-\(UUID().uuidString)") == nil)
        let (tmp, _) = try Self.closedStore(seed: 3)
        #expect(EventStore.quickFamilies(directory: tmp.directory) != nil)

        chmod(tmp.directory, 0o755)
        #expect(EventStore.quickFamilies(directory: tmp.directory) == nil, "the opening tightens the folder and says so")
        chmod(tmp.directory, 0o700)
        #expect(EventStore.quickFamilies(directory: tmp.directory) != nil)

        let open = try EventStore(directory: tmp.directory)
        #expect(EventStore.quickFamilies(directory: tmp.directory) == nil, "the store is open: read-only opening")
        open.closeStore()
        #expect(EventStore.quickFamilies(directory: tmp.directory) != nil)

        let record = try OpeningCheckTests.lockText(tmp)
        try OpeningCheckTests.writeLock(tmp, nil)
        #expect(EventStore.quickFamilies(directory: tmp.directory) == nil, "not closed cleanly: the full check first")
        try Data(record.utf8).write(to: URL(fileURLWithPath: tmp.directory + "/" + EventStore.lockName))
        #expect(EventStore.quickFamilies(directory: tmp.directory) != nil)

        let handle = try #require(FileHandle(forUpdatingAtPath: tmp.files[0]))
        try handle.seekToEnd()
        handle.write(Data(repeating: 0, count: 4096))
        try handle.close()
        #expect(EventStore.quickFamilies(directory: tmp.directory) == nil, "changed since the clean close")
    }

    /// Changes the file with `sql` through a plain connection, then records a clean close of
    /// the files as they are, so only what the SQL changed can tell.
    static func alter(_ tmp: TemporaryStore, _ sql: String) throws {
        let queue = try DatabaseQueue(path: tmp.files[0])
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: sql)
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try queue.close()
        try OpeningCheckTests.writeLock(tmp, CleanClose(tmp.files[0], checked: Date().timeIntervalSince1970))
    }

    @Test("left to the usual opening: a migration missing or unknown, a file not ours")
    func notCurrent() throws {
        for (sql, why) in [
            ("DELETE FROM grdb_migrations WHERE identifier = '\(Schema.migrationIdentifiers.last!)'", "to migrate"),
            ("INSERT INTO grdb_migrations VALUES ('v99: from a newer Keukentafel')", "from a newer Keukentafel"),
            ("PRAGMA application_id = 7", "not ours"),
        ] {
            let (tmp, _) = try Self.closedStore(seed: 5)
            try Self.alter(tmp, "SELECT 1")
            #expect(EventStore.quickFamilies(directory: tmp.directory) != nil, "a clean close recorded by the test is taken")
            try Self.alter(tmp, sql)
            #expect(EventStore.quickFamilies(directory: tmp.directory) == nil, "\(why)")
        }
    }

    @Test("the migration identifiers the quick reading expects are the migrator's")
    func identifiers() {
        #expect(Schema.migrationIdentifiers == Schema.migrator.migrations)
    }
}
