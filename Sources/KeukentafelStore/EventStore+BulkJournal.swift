import Foundation
import GRDB
import GRDBSQLite

/// A large import is written through SQLite's rollback journal rather than the WAL.
///
/// In WAL mode every page of an import is written twice: into the WAL, then, at the
/// checkpoint, into the store. A rollback journal keeps only the pages the import changes
/// (a new store has almost none); the pages it adds go straight to the file. Importing 200
/// families took a quarter less time this way. A rollback journal is as atomic and as durable (a
/// crash leaves the journal, and the next opening puts the store back as it was before the
/// import), but while the import writes no other connection can read, so it is used only
/// when no other connection has the store open; otherwise the import runs in WAL mode as
/// every other write does. Afterwards the store is in WAL mode again.
extension EventStore {
    /// The rollback journal beside the store; present only while a large import writes, or
    /// after one was cut off by a crash.
    static func journalPath(_ databasePath: String) -> String { databasePath + "-journal" }

    /// Runs an import's one transaction through `body`'s writer: with the rollback journal
    /// when this is the only connection to the store (see above), in WAL mode otherwise; with
    /// the import's page cache (`withImportCache`). `BEGIN EXCLUSIVE`: through the rollback
    /// journal no reader may hold the store from its start, or the commit could wait on one
    /// (5 s, then fail, the import lost); a reader is told at once that the store is busy. In
    /// WAL mode it is an ordinary write, and readers go on reading. Throws SQLite's errors
    /// and `body`'s as they are.
    func writeImport(_ body: (EventWriter) throws -> Void) throws {
        let switched = isWriter && enterBulkJournal()
        bulkJournal.withLock { $0 = switched ? "delete" : "wal" }
        defer { if switched { leaveBulkJournal() } }
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.exclusive) {
                try Self.withImportCache(db) {
                    let late = try Self.dropIndexesForLater(db)
                    lastImportBuiltIndexesLate.withLock { $0 = late != nil }
                    try body(EventWriter(db, intoEmptyStore: late != nil))
                    if let late { try Self.buildIndexes(late, db) }
                }
                return .commit
            }
        }
    }

    /// Leaves WAL mode, when nothing else has the store open. False when it stays in WAL mode.
    private func enterBulkJournal() -> Bool {
        // A check owed before the first write reads on a connection of its own, which a
        // rollback journal would keep out until the commit that waits for it: run it now.
        guard (try? verification.awaitPassed()) != nil else { return false }
        // The pool's own readers are closed, so only another process can hold the store.
        pool.releaseMemory()
        return
            (try? pool.writeWithoutTransaction { db -> Bool in
                guard try Self.withoutWaiting(db, { try String.fetchOne($0, sql: "PRAGMA journal_mode = DELETE") }) == "delete"
                else { return false }
                // The commit is the journal's deletion: EXTRA syncs the folder after it, so a
                // power cut cannot bring the journal back and undo a committed import.
                try db.execute(sql: "PRAGMA synchronous = EXTRA")
                return true
            }) ?? false
    }

    /// Back to WAL mode and `synchronous = FULL`. Should a reader that came meanwhile hold
    /// the store, it stays in rollback mode (EXTRA, as durable) until the next opening sets WAL.
    private func leaveBulkJournal() {
        _ = try? pool.writeWithoutTransaction { db in
            guard try Self.withoutWaiting(db, { try String.fetchOne($0, sql: "PRAGMA journal_mode = WAL") }) == "wal" else { return }
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
    }

    /// Runs a change of journal mode without waiting for another connection's lock (it would
    /// wait out the busy timeout, 5 s, and then fail anyway): held elsewhere, it fails at once.
    private static func withoutWaiting<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        sqlite3_busy_timeout(db.sqliteConnection, 0)
        defer {
            if case .timeout(let wait) = db.configuration.busyMode { sqlite3_busy_timeout(db.sqliteConnection, Int32(wait * 1000)) }
        }
        return try body(db)
    }

    /// Puts back a store whose import a crash cut off, before anything reads it: SQLite
    /// rolls the journal back on the first read of a connection that may write (a reading
    /// connection cannot, and fails). Only under the writer's lock, so no import is under way.
    static func rollBackInterruptedImport(_ databasePath: String) throws(StoreError) {
        var journal = stat()
        guard stat(journalPath(databasePath), &journal) == 0 else { return }
        do {
            let queue = try DatabaseQueue(path: databasePath)
            defer { try? queue.close() }
            _ = try queue.inDatabase { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
        } catch {
            throw map(error, path: databasePath)
        }
        // An empty journal (cut off before its header was written) holds nothing to undo, and
        // SQLite leaves it; it would only say again, at every opening, that an import was cut off.
        if stat(journalPath(databasePath), &journal) == 0, journal.st_size == 0 { unlink(journalPath(databasePath)) }
    }
}
