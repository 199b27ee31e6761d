import Foundation
import GRDB
import KeukentafelDomain
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One family as listed: name, size of its record, last activity.
public struct FamilySummary: Equatable, Sendable {
    public var id: UUID
    public var name: String
    public var created: Date?
    public var lastActivity: Date?
    public var eventCount: Int
    public var sessionCount: Int
}

/// One found text, with where it came from.
public struct SearchHit: Equatable, Sendable {
    public var familyID: UUID
    public var familyName: String
    public var sessionID: UUID?
    public var sessionNumber: Int?
    /// The entry found, or the goal, agreement, person … the text belongs to.
    public var entryID: UUID
    public var kind: SearchKind
    /// The speaker's name for the family's words.
    public var speaker: String?
    public var time: Date
    public var text: String

    /// The worker's own note (never the family's words).
    public var isWorkerNote: Bool { kind == .note }

    public init(
        familyID: UUID, familyName: String, sessionID: UUID?, sessionNumber: Int?, entryID: UUID, kind: SearchKind,
        speaker: String?, time: Date, text: String
    ) {
        self.familyID = familyID
        self.familyName = familyName
        self.sessionID = sessionID
        self.sessionNumber = sessionNumber
        self.entryID = entryID
        self.kind = kind
        self.speaker = speaker
        self.time = time
        self.text = text
    }
}

/// One line of the access log.
public struct AccessLogEntry: Equatable, Sendable {
    public var time: Date
    public var user: String
    public var familyID: UUID
    public var action: String
}

/// The durable, append-only store of every family's events (SQLite through GRDB).
///
/// An append returns only after its transaction has committed with `synchronous = FULL`
/// in WAL mode, so what the screen calls saved survives a crash or power cut.
public final class EventStore: @unchecked Sendable {
    public let directory: String
    public let databasePath: String
    /// The connection pool; `package` so tests and the benchmark in this package can reach it.
    package let pool: DatabasePool
    /// The lock against a second writer; nil for a read-only store.
    private let lockDescriptor: Int32?
    /// The full check owed before the first write when opening skipped it (see OpeningCheck.swift).
    let verification: VerificationGate
    private var closed = false
    /// The journal the last large import wrote through, "delete" or "wal" (for tests).
    package let bulkJournal = Mutex("")
    /// Whether the last import built `lateIndexes` after its rows (for tests).
    package let lastImportBuiltIndexesLate = Mutex(false)

    public static let databaseName = "keukentafel.sqlite"
    public static let lockName = "keukentafel.lock"

    /// Opens (or creates) the store in `directory`: 0700 folder, 0600 files, a lock
    /// against a second process, and a check that an existing file is ours and sound,
    /// made without writing to it. `folderTightened` hears the folder's former mode when
    /// it let others in (0755, say) and is now 0700, before anything else can fail.
    /// `upgrading` hears when a store written by an older Keukentafel is about to be
    /// brought up to this one, which can take seconds once (see `Schema`).
    public init(directory: String, folderTightened: ((Int) -> Void)? = nil, upgrading: (() -> Void)? = nil) throws(StoreError) {
        self.directory = directory
        databasePath = (directory as NSString).appendingPathComponent(Self.databaseName)
        let oldMask = umask(0o077)
        defer { umask(oldMask) }
        if let former = try Self.prepareDirectory(directory) { folderTightened?(former) }
        let lockDescriptor = try Self.lock(directory)
        self.lockDescriptor = lockDescriptor
        do {
            // Before the checks, which read without writing and so cannot roll back a crash's journal.
            try Self.rollBackInterruptedImport(databasePath)
            verification = VerificationGate(
                path: databasePath, state: try Self.checkOpening(databasePath, lastClose: CleanClose.take(from: lockDescriptor)))
            var config = Configuration()
            config.label = "keukentafel"
            config.busyMode = .timeout(5)
            config.prepareDatabase { [verification] db in
                // Freed pages are overwritten, so destroyed words leave no trace in the file.
                try db.execute(sql: "PRAGMA secure_delete = ON")
                if !db.configuration.readonly {
                    // Pages of 8 KB for a new store (an existing one keeps its own): half as
                    // many pages to find, write and keep in step for the same rows.
                    try db.execute(sql: "PRAGMA page_size = 8192")
                    db.add(transactionObserver: verification, extent: .databaseLifetime)
                }
            }
            pool = try DatabasePool(path: databasePath, configuration: config)
            // Migrating takes the write lock even when there is nothing to do; reading first does not.
            let applied = try pool.read { try Schema.migrator.appliedIdentifiers($0) }
            if applied.count < Schema.migrationIdentifiers.count {
                if !applied.isEmpty { upgrading?() }
                try Schema.migrator.migrate(pool)
            }
            // GRDB lowers the writer to NORMAL in WAL mode; a committed entry could then be
            // lost on power failure. Raise it and check.
            let sync = try pool.writeWithoutTransaction { db -> Int? in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                return try Int.fetchOne(db, sql: "PRAGMA synchronous")
            }
            guard sync == 2 else { throw StoreError.database("synchronous is \(sync ?? -1), not FULL") }
            for suffix in ["", "-wal", "-shm"] { chmod(databasePath + suffix, 0o600) }
        } catch let e as StoreError {
            close(lockDescriptor)
            throw e
        } catch {
            close(lockDescriptor)
            throw Self.map(error, path: databasePath)
        }
    }

    deinit { closeStore() }

    /// Whether this store holds the writer's lock (a store opened to read only does not).
    var isWriter: Bool { lockDescriptor != nil }

    /// Opens an existing store to read only, without the writer's lock, so `search` and
    /// `families` work while Keukentafel is open on it (SQLite's WAL lets readers see
    /// every committed entry beside one writer). Nothing is written through it; only
    /// `logAccess(families:)` adds its lines through a brief connection of its own (a
    /// search shows families' words, and that look is logged), so use it only for
    /// commands that show no family's whole record.
    public init(readingOnly directory: String) throws(StoreError) {
        self.directory = directory
        databasePath = (directory as NSString).appendingPathComponent(Self.databaseName)
        lockDescriptor = nil
        // Checked whole below, and a reader never writes.
        verification = VerificationGate(path: databasePath, state: .passed(Date().timeIntervalSince1970))
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw .inaccessible(path: databasePath, detail: "there is no store here yet")
        }
        do {
            try Self.checkExisting(databasePath)
            var config = Configuration()
            config.label = "keukentafel-reader"
            config.readonly = true
            config.busyMode = .timeout(5)
            pool = try DatabasePool(path: databasePath, configuration: config)
            // A store a newer or older Keukentafel is still upgrading cannot be read safely.
            guard try pool.read({ try Schema.migrator.hasCompletedMigrations($0) }) else { throw StoreError.locked(path: directory) }
        } catch let e as StoreError {
            throw e
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// Closes the database and releases the lock, leaving a record of the clean close in
    /// the lock file unless the full check failed (see OpeningCheck.swift).
    public func closeStore() {
        guard !closed else { return }
        closed = true
        verification.cancel()
        // The pool's readers close last and read-only, so SQLite leaves the WAL as it is,
        // and the next start would read all of it back to rebuild its index (14 million
        // instructions after a large session). Emptied here, the next start reads one frame:
        // the header page written again unchanged, since GRDB writes at opening when it finds
        // the WAL empty. Only for a long WAL (a short one costs less to read than this write)
        // and when the check has passed (a write must not wait for it).
        var wal = stat()
        if isWriter, case .passed = verification.current, stat(databasePath + "-wal", &wal) == 0, wal.st_size > 1 << 20 {
            _ = try? pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                try db.execute(sql: "PRAGMA user_version = \(version)")
            }
        }
        let closedCleanly = (try? pool.close()) != nil
        guard let lockDescriptor else { return }
        if closedCleanly {
            switch verification.current {
            case .passed(let time), .owed(let time), .running(let time):
                CleanClose(databasePath, checked: time)?.write(to: lockDescriptor)
            case .failed:
                break
            }
        }
        close(lockDescriptor)
    }

    /// Starts the full check owed before the first write in the background, when opening
    /// skipped it; a first write waits for it. Call it after the first frame.
    public func checkInBackground() { verification.startInBackground() }

    // MARK: Opening checks

    /// Makes the folder (0700) or checks it; returns its former mode when it was open to
    /// others and is now closed to them.
    private static func prepareDirectory(_ directory: String) throws(StoreError) -> Int? {
        var isDir: ObjCBool = false
        var former: Int?
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDir) {
            guard isDir.boolValue else { throw .inaccessible(path: directory, detail: "it is a file, not a folder") }
            var info = stat()
            if stat(directory, &info) == 0, info.st_mode & 0o077 != 0 { former = Int(info.st_mode & 0o7777) }
        } else {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw .inaccessible(path: directory, detail: "the folder cannot be created (\(error.localizedDescription))")
            }
        }
        // Only when the change took (a folder of someone else's keeps its mode) is it worth saying.
        let tightened = chmod(directory, 0o700) == 0 ? former : nil
        guard access(directory, W_OK) == 0 else { throw .inaccessible(path: directory, detail: "the folder is read-only") }
        return tightened
    }

    private static func lock(_ directory: String) throws(StoreError) -> Int32 {
        let path = (directory as NSString).appendingPathComponent(lockName)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .inaccessible(path: path, detail: String(cString: strerror(errno))) }
        // A moment's patience: a Keukentafel that is just closing (or a child process that
        // briefly shares the descriptor) lets go within milliseconds.
        for attempt in 0..<25 {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return fd }
            if attempt < 24 { usleep(20_000) }
        }
        close(fd)
        throw .locked(path: directory)
    }

    /// The opening checks of the writer: the header always, the full check when the files
    /// are not as the last clean close left them. Returns what is owed before a write.
    static func checkOpening(_ path: String, lastClose: CleanClose?, now: Double = Date().timeIntervalSince1970) throws(StoreError)
        -> VerificationGate.State
    {
        guard let header = try StoreHeader.read(path) else { return .passed(now) }  // a new store
        guard header.applicationID == Schema.applicationID, let lastClose, CleanClose(path, checked: lastClose.checked) == lastClose
        else {
            try checkExisting(path)
            return .passed(now)
        }
        try checkLength(path, pageCount: header.pageCount ?? 0, pageSize: header.pageSize)
        // A clock set back counts as due.
        let fresh = (0..<VerificationGate.interval).contains(now - lastClose.checked)
        return fresh ? .passed(lastClose.checked) : .owed(lastPassed: lastClose.checked)
    }

    /// Reads an existing file without changing a byte: SQLite header, our application
    /// id, and SQLite's quick integrity check.
    static func checkExisting(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }  // new store
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }
        guard header.count >= 16, header.prefix(16) == Data("SQLite format 3\0".utf8) else { throw .foreign(path: path) }
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in
                let app = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if app != Schema.applicationID && tables > 0 { throw StoreError.foreign(path: path) }
                try checkLength(
                    path, pageCount: try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
                    pageSize: try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                if check != ["ok"] { throw StoreError.corrupt(path: path, detail: check.prefix(3).joined(separator: "; ")) }
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw map(error, path: path)
        }
    }

    /// A file cut short (a copy that stopped early, a disk that filled) can pass the quick
    /// check, its last page read as zeros, and later writes would build on it. SQLite only
    /// ever writes whole pages to the file, so a part of a page at its end is damage. And its
    /// pages must all be there: at least `page_count × page_size` bytes. With frames in the
    /// WAL that count includes pages not yet copied into the file (a store in use or left by a
    /// crash has some, a clean close at least one), so that is checked only when the WAL is
    /// empty or gone. Longer is harmless.
    static func checkLength(_ path: String, pageCount: Int, pageSize: Int) throws(StoreError) {
        var file = stat()
        guard pageSize > 0, stat(path, &file) == 0 else { return }
        let size = Int(file.st_size)
        if size % pageSize != 0 {
            throw .corrupt(
                path: path,
                detail: "the file is \(size) bytes, not a whole number of pages of \(pageSize) bytes: it was cut short or added to")
        }
        var wal = stat()
        // A WAL holds a 32-byte header before any frame.
        if stat(path + "-wal", &wal) == 0, wal.st_size > 32 { return }
        let expected = pageCount * pageSize
        guard size < expected else { return }
        let short = expected - size
        throw .corrupt(
            path: path,
            detail: "the file is \(short) bytes shorter than its \(pageCount) pages of \(pageSize) bytes: it was cut short")
    }

    static func map(_ error: Error, path: String) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let db = error as? DatabaseError else { return .database("\(error)") }
        switch db.resultCode {
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: db.message ?? "malformed")
        case .SQLITE_NOTADB: return .foreign(path: path)
        case .SQLITE_FULL: return .full(detail: db.message ?? "database or disk is full")
        // Another connection holds the store's lock (a large import does, see EventStore+BulkJournal.swift).
        case .SQLITE_BUSY: return .busy(path: path)
        case .SQLITE_READONLY where db.extendedResultCode == .SQLITE_READONLY_ROLLBACK:
            // A crash's journal that a reading connection cannot roll back (see EventStore+BulkJournal.swift).
            return .inaccessible(
                path: path,
                detail: "an import into it was cut off; open it with Keukentafel (not only to read) and it is put back as it was")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR:
            return .inaccessible(path: path, detail: db.message ?? "\(db.resultCode)")
        default: return .database(db.message ?? "\(db)")
        }
    }

    // MARK: Facts about the open store

    /// `PRAGMA synchronous` and `journal_mode` as the writer connection sees them.
    public func writerSettings() throws -> (synchronous: Int, journalMode: String) {
        try pool.writeWithoutTransaction { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
                try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
            )
        }
    }

    /// `PRAGMA integrity_check`, then FTS5's check that the search index holds exactly the
    /// words of `text_row` (slow on large stores; for tests and tools). SQLite before 3.44
    /// leaves FTS5 out of its own check; FTS5's is a statement that writes nothing, so a
    /// store opened to read only gets SQLite's check alone.
    public func integrityCheck() throws -> String {
        let sqlite = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
        guard sqlite == "ok", isWriter else { return sqlite }
        do {
            try pool.writeWithoutTransaction { try $0.execute(sql: "INSERT INTO texts(texts, rank) VALUES ('integrity-check', 1)") }
        } catch let error as DatabaseError {
            return "the search index: \(error.message ?? "\(error.resultCode)")"
        } catch {
            return "the search index could not be checked: \(error)"
        }
        return sqlite
    }
}
