import Foundation
import GRDBSQLite
import KeukentafelDomain

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension EventStore {
    /// The home list read straight from the file through SQLite's C API, without opening the
    /// store, when opening it would do nothing but read: the folder already closed to others,
    /// the writer's lock free, the files exactly as the last clean close left them, our
    /// header and every migration applied. Nil in every other case, and the caller opens the
    /// store as usual, which makes, tightens, checks, migrates or reports what is to do.
    ///
    /// `families` runs before anything else is on screen; opening the store through GRDB (a
    /// pool, WAL setup, the migrator) was two thirds of its work, mostly Swift looking up
    /// generic types among the program's protocol conformances. Nothing is written: the
    /// lock is taken only to keep a writer out while reading, and the lock file's record of
    /// the clean close is left as it is, so the next opening is as quick as before.
    public static func quickFamilies(directory: String) -> [FamilySummary]? {
        var folder = stat()
        guard stat(directory, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR, folder.st_mode & 0o077 == 0,
            access(directory, W_OK) == 0
        else { return nil }
        let path = (directory as NSString).appendingPathComponent(databaseName)
        let lock = open((directory as NSString).appendingPathComponent(lockName), O_RDWR | O_CLOEXEC)
        guard lock >= 0 else { return nil }
        defer { close(lock) }  // also lets go of the lock
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { return nil }
        guard let record = CleanClose.read(from: lock),
            CleanClose(path, checked: record.checked) == record,
            let header = try? StoreHeader.read(path), header.applicationID == Schema.applicationID,
            (try? checkLength(path, pageCount: header.pageCount ?? 0, pageSize: header.pageSize)) != nil
        else { return nil }
        let families = read(path)
        // SQLite, run by root, gives the WAL its owner again on opening it (`fchown`, even to
        // the same owner), which changes only its change time: contents, size and modification
        // time stay as they were, so the record is brought up to that alone.
        if let now = CleanClose(path, checked: record.checked), now != record, now.database == record.database,
            now.wal.split(separator: " ").dropLast() == record.wal.split(separator: " ").dropLast()
        {
            now.write(to: lock)
        }
        return families
    }

    /// The home list from the file at `path`, or nil when it is not current or SQLite fails.
    private static func read(_ path: String) -> [FamilySummary]? {
        var connection: OpaquePointer?
        defer { sqlite3_close_v2(connection) }
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let connection,
            sqlite3_busy_timeout(connection, 5000) == SQLITE_OK,
            let applied = try? texts(connection, "SELECT identifier FROM grdb_migrations"),
            Set(applied) == Set(Schema.migrationIdentifiers), applied.count == Schema.migrationIdentifiers.count
        else { return nil }
        return try? withStatement(connection, familiesSQL) { try familySummaries(statement: $0) }
    }

    /// The first column of every row, as text.
    private static func texts(_ connection: OpaquePointer, _ sql: String) throws -> [String] {
        try withStatement(connection, sql) { statement in
            var out: [String] = []
            while true {
                switch sqlite3_step(statement) {
                case SQLITE_DONE: return out
                case SQLITE_ROW: out.append(EventRowReader.withBytes(statement, 0) { EventRowReader.text($0) })
                default: throw QuickReadFailed()
                }
            }
        }
    }

    private static func withStatement<T>(_ connection: OpaquePointer, _ sql: String, _ body: (OpaquePointer) throws -> T) throws -> T {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw QuickReadFailed() }
        defer { sqlite3_finalize(statement) }
        return try body(statement)
    }

    /// The home list's rows from a prepared `familiesSQL`, through SQLite's C API as
    /// `EventRowReader` reads events. A row whose id is not one is left out.
    static func familySummaries(statement raw: OpaquePointer) throws -> [FamilySummary] {
        func date(_ column: Int32) -> Date? {
            sqlite3_column_type(raw, column) == SQLITE_NULL
                ? nil : Date(timeIntervalSinceReferenceDate: sqlite3_column_double(raw, column))
        }
        var summaries: [FamilySummary] = []
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return summaries }
            guard code == SQLITE_ROW else { throw SummaryReadFailed(code: code) }
            guard let id = EventRowReader.id(raw, 0) else { continue }
            let name = EventRowReader.withBytes(raw, 1) { EventRowReader.text($0) }
            summaries.append(
                FamilySummary(
                    id: id, name: name, created: date(2), lastActivity: date(3), eventCount: Int(sqlite3_column_int64(raw, 4)),
                    sessionCount: Int(sqlite3_column_int64(raw, 5))))
        }
    }
}

/// The quick reading met something it does not handle; the store is opened as usual.
private struct QuickReadFailed: Error {}

/// SQLite stopped reading the home list with `code`.
struct SummaryReadFailed: Error {
    var code: Int32
}
