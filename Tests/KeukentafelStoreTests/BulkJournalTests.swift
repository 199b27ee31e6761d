import Foundation
import GRDB
import KeukentafelDomain
import Synchronization
import Testing

@testable import KeukentafelStore

/// A large import written through the rollback journal (EventStore+BulkJournal.swift): only
/// when the store is held alone, WAL again afterwards, and a crash's journal rolled back.
@Suite("Imports through the rollback journal", .serialized)
struct BulkJournalTests {
    static func exports(_ seeds: ClosedRange<Int>) throws -> [Data] {
        try seeds.map { seed in
            let events = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: UInt64(seed))
            return try FamilyExport.encode(family: events[0].familyID, events: events)
        }
    }

    /// The journal mode the file's header names: 1 a rollback journal, 2 WAL (bytes 18 and 19).
    static func headerJournal(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(20).suffix(2))
    }

    @Test("a store held alone imports through the rollback journal, and is in WAL mode with synchronous FULL after")
    func aloneThroughJournal() throws {
        let files = try Self.exports(1...3)
        let a = try TemporaryStore()
        let b = try TemporaryStore()
        // A reader of this store in this process: its connection is closed for the import.
        _ = try a.store.families()
        let results = a.store.importFamilies(separately: files, user: "test")
        #expect(a.store.bulkJournal.withLock { $0 } == "delete")
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        #expect(try a.store.writerSettings() == (synchronous: 2, journalMode: "wal"))
        #expect(try Self.headerJournal(a.files[0]) == [2, 2])
        #expect(!FileManager.default.fileExists(atPath: EventStore.journalPath(a.files[0])))
        // The same as written in WAL mode (a reader holds b), one file at a time, after a reopening.
        let holder = try EventStore(readingOnly: b.directory)
        defer { holder.closeStore() }
        for file in files { try b.store.importFamily(file, user: "test") }
        #expect(b.store.bulkJournal.withLock { $0 } == "wal")
        try a.reopen()
        #expect(try a.store.writerSettings() == (synchronous: 2, journalMode: "wal"))
        for family in try b.store.families().map(\.id) {
            #expect(try a.store.events(family: family) == b.store.events(family: family))
        }
        for word in ["zoe", "school", "oma", "papa"] { #expect(try a.store.search(word) == b.store.search(word), "\(word)") }
        #expect(try a.store.families().count == 3)
        // A single file goes the same way.
        let single = try TemporaryStore()
        try single.store.importFamily(files[0], user: "test")
        #expect(single.store.bulkJournal.withLock { $0 } == "delete")
        #expect(try single.store.writerSettings() == (synchronous: 2, journalMode: "wal"))
        // A bundle goes the same way.
        let c = try TemporaryStore()
        #expect(try c.store.importFamilies(files, user: "test").count == 3)
        #expect(c.store.bulkJournal.withLock { $0 } == "delete")
        #expect(try c.store.writerSettings() == (synchronous: 2, journalMode: "wal"))
    }

    @Test("with another reader of the store open the import stays in WAL mode, promptly, and the reader sees it")
    func readerKeepsWAL() throws {
        let files = try Self.exports(1...2)
        let a = try TemporaryStore()
        try a.store.importFamily(files[0], user: "test")
        let reader = try EventStore(readingOnly: a.directory)
        defer { reader.closeStore() }
        #expect(try reader.families().count == 1)
        let start = ContinuousClock.now
        let results = a.store.importFamilies(separately: [files[1]], user: "test")
        #expect(ContinuousClock.now - start < .seconds(2), "no wait on the reader's lock")
        #expect(a.store.bulkJournal.withLock { $0 } == "wal")
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        #expect(try reader.families().count == 2)
        #expect(try a.store.writerSettings() == (synchronous: 2, journalMode: "wal"))
    }

    /// Closes the store and runs `during` while a write through the rollback journal is under
    /// way on its file and has already reached it (holding its lock), then rolls it back.
    static func midWrite(_ store: TemporaryStore, during: () throws -> Void) throws {
        store.store.closeStore()
        let queue = try DatabaseQueue(path: store.files[0])
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete")
            try db.execute(sql: "PRAGMA cache_size = 4")
        }
        try queue.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            // More than the cache holds, so pages reach the file before the commit.
            for i in 0..<200 {
                try db.execute(
                    sql: "INSERT INTO family_index (family_id, name, event_count) VALUES (?, ?, 0)",
                    arguments: ["mid-write-\(i)", String(repeating: "x", count: 2000)])
            }
            try during()
            try db.execute(sql: "ROLLBACK")
        }
    }

    /// Copies the store's files in the middle of such a write: what a crash at that moment leaves behind.
    static func crashImage(of store: TemporaryStore, into folder: String) throws {
        try midWrite(store) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for suffix in ["", "-journal"] {
                try FileManager.default.copyItem(
                    atPath: store.files[0] + suffix, toPath: (folder as NSString).appendingPathComponent(EventStore.databaseName + suffix))
            }
        }
    }

    @Test("a crash during such an import: the next opening rolls the journal back, checks and opens the store as before")
    func crashRolledBack() throws {
        let files = try Self.exports(1...2)
        let a = try TemporaryStore()
        for file in files { try a.store.importFamily(file, user: "test") }
        let before = try a.store.families().map(\.id)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kt-crash-\(UUID().uuidString)").path
        try Self.crashImage(of: a, into: folder)
        let image = (folder as NSString).appendingPathComponent(EventStore.databaseName)
        #expect(try Self.headerJournal(image) == [1, 1], "the crash image is in rollback mode")
        #expect(FileManager.default.fileExists(atPath: EventStore.journalPath(image)))
        // A reading connection cannot put it back, which is why the writer's opening does first;
        // a command that only reads says what to do.
        do {
            _ = try EventStore(readingOnly: folder)
            Issue.record("a reader opened a store with a crash's journal")
        } catch {
            #expect(
                error
                    == .inaccessible(
                        path: image,
                        detail: "an import into it was cut off; open it with Keukentafel (not only to read) and it is put back as it was"))
        }

        let crashed = try TemporaryStore(directory: folder)
        #expect(!FileManager.default.fileExists(atPath: EventStore.journalPath(image)))
        #expect(try crashed.store.families().map(\.id) == before, "none of the cut-off write is there")
        #expect(try crashed.store.writerSettings() == (synchronous: 2, journalMode: "wal"))
        #expect(try crashed.store.pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        // And it takes the next import as any store does.
        let more = try Self.exports(3...3)
        #expect(crashed.store.importFamilies(separately: more, user: "test").allSatisfy { (try? $0.get()) != nil })
        #expect(try crashed.store.families().count == 3)
    }

    @Test("a reader arriving while such an import writes is told the store is busy with an import")
    func readerToldBusy() throws {
        let a = try TemporaryStore()
        try a.store.importFamily(try Self.exports(1...1)[0], user: "test")
        try Self.midWrite(a) {
            #expect(throws: StoreError.busy(path: a.files[0])) { _ = try EventStore(readingOnly: a.directory) }
        }
        #expect(StoreError.busy(path: "/x").description.contains("importing"))
    }

    @Test("a reader arriving while the import writes is told at once that the store is busy, and the import goes in whole")
    func readerArrivesMidImport() throws {
        let files = try Self.exports(1...8)
        let a = try TemporaryStore()
        let told = Mutex<StoreError?>(nil)
        let directory = a.directory
        let results = a.store.importFamilies(separately: files.count, user: "test") { index in
            // The reading runs at most four files ahead: file 5 is read once the writing has
            // taken file 1, inside the import's transaction.
            if index == 5 {
                do {
                    let reader = try EventStore(readingOnly: directory)
                    reader.closeStore()
                } catch let error as StoreError {
                    told.withLock { $0 = error }
                } catch {
                    Issue.record("\(error)")
                }
            }
            return .success(files[index])
        }
        #expect(a.store.bulkJournal.withLock { $0 } == "delete")
        #expect(told.withLock { $0 } == .busy(path: a.files[0]))
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        #expect(try a.store.families().count == 8)
        #expect(try a.store.integrityCheck() == "ok")
    }
}
