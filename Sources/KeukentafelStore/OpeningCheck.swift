import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Why opening does not always read the whole file.
//
// SQLite's `quick_check` reads every page: 0.1–0.3 s on a store of 200 families, more than
// the whole start-up may take. It is there so that Keukentafel never builds on a damaged
// file (a copy cut short, bytes overwritten by another program, a disk fault). So:
//
// - Every opening reads the 100-byte header: SQLite's, ours (application id), and a file
//   length that fits its pages. That needs no database connection.
// - A clean close writes into the lock file what the database and its WAL then were
//   (device, inode, size, modification and change time) and when the last full check
//   passed. Opening clears that record first, so a crash, a kill or a power cut leaves none.
// - When the files are not exactly as a clean close left them (a crash, or anything else
//   that wrote, truncated, copied or replaced them; even `touch` changes the change time),
//   the full check runs before the database is opened, as it always did: a damaged file is
//   left byte for byte untouched.
// - When they are, the file is what Keukentafel last left after a passed check and its
//   own commits. What no stamp shows is damage by the disk itself; for that the full check
//   still runs once a day, before the day's first write: every commit waits for it and is
//   refused if it fails, so nothing is written onto a damaged file. The app starts it in
//   the background after the first frame, so it is done long before anyone types.
//
// Not fsynced: losing the cleared record in a power cut leaves the old one, but every
// commit since was fsynced with its file's new size and times, which then differ from it.

/// The store file's SQLite header as far as opening needs it.
struct StoreHeader: Equatable {
    var applicationID: Int32
    var pageSize: Int
    /// Pages in the file by the header, when the header's count is current (else nil).
    var pageCount: Int?

    /// Reads the header of the file at `path`: nil for no file or an empty one (a new
    /// store); `.foreign` when it is not an SQLite database.
    static func read(_ path: String) throws(StoreError) -> StoreHeader? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return nil }
        guard header.count == 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else { throw .foreign(path: path) }
        let bytes = [UInt8](header)
        func number(_ at: Int, _ count: Int) -> Int { bytes[at..<(at + count)].reduce(0) { $0 << 8 | Int($1) } }
        let size = number(16, 2)
        // SQLite's rule: the count is current when the change counter matches "version valid for".
        let count = number(28, 4)
        let current = count > 0 && number(24, 4) == number(92, 4)
        return StoreHeader(
            applicationID: Int32(truncatingIfNeeded: number(68, 4)), pageSize: size == 1 ? 65_536 : size,
            pageCount: current ? count : nil)
    }
}

/// A file's identity and last change as `stat` gives them (device, inode, size,
/// modification and change time to the nanosecond), as text; nil when there is no file.
func fileStamp(_ path: String) -> String? {
    var s = stat()
    guard stat(path, &s) == 0 else { return nil }
    #if canImport(Darwin)
        let (modified, changed) = (s.st_mtimespec, s.st_ctimespec)
    #else
        let (modified, changed) = (s.st_mtim, s.st_ctim)
    #endif
    return "\(s.st_dev) \(s.st_ino) \(s.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(changed.tv_sec).\(changed.tv_nsec)"
}

/// What a clean close leaves in the lock file: the stamps of the database and its WAL,
/// and when SQLite's full check last passed on the file.
struct CleanClose: Equatable {
    var database: String
    /// "-" when there is no WAL.
    var wal: String
    /// Seconds since 1970.
    var checked: Double

    static let firstLine = "keukentafel clean close 1"

    var text: String { [Self.firstLine, "db " + database, "wal " + wal, "checked \(checked)"].joined(separator: "\n") + "\n" }

    /// The record for the files at `path` as they are now.
    init?(_ path: String, checked: Double) {
        guard let database = fileStamp(path) else { return nil }
        self.database = database
        wal = fileStamp(path + "-wal") ?? "-"
        self.checked = checked
    }

    /// Reads a record written by `write`; nil for anything else (an empty lock file).
    init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count == 5, lines[0] == Self.firstLine, lines[1].hasPrefix("db "), lines[2].hasPrefix("wal "),
            lines[3].hasPrefix("checked "), lines[4].isEmpty, let checked = Double(lines[3].dropFirst("checked ".count))
        else { return nil }
        database = String(lines[1].dropFirst(3))
        wal = String(lines[2].dropFirst(4))
        self.checked = checked
    }

    /// Reads the lock file's record and clears it: from now on the store is open, and only
    /// a clean close writes a record again.
    static func take(from descriptor: Int32) -> CleanClose? {
        let record = read(from: descriptor)
        _ = ftruncate(descriptor, 0)
        return record
    }

    /// Reads the lock file's record and leaves it there (a reading that writes nothing).
    static func read(from descriptor: Int32) -> CleanClose? {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? CleanClose(text: String(decoding: buffer[0..<count], as: UTF8.self)) : nil
    }

    /// Writes the record to the lock file, replacing what was there.
    func write(to descriptor: Int32) {
        let bytes = Array(text.utf8)
        guard ftruncate(descriptor, 0) == 0 else { return }
        _ = pwrite(descriptor, bytes, bytes.count, 0)
    }
}

/// The full check of a store opened without it, owed before its first write: every commit
/// of the writer waits for it (as a transaction observer) and is refused if it fails.
final class VerificationGate: TransactionObserver, @unchecked Sendable {
    enum State: Equatable {
        /// Passed at this time (seconds since 1970).
        case passed(Double)
        /// Not yet run this opening; the last pass was at this time.
        case owed(lastPassed: Double)
        case running(lastPassed: Double)
        case failed(StoreError)
    }

    /// How long a passed check holds for a store closed cleanly and unchanged since.
    static let interval: Double = 24 * 3600

    let path: String
    private let condition = NSCondition()
    private var state: State
    /// The connection of a check under way, to interrupt it on closing.
    private var checking: DatabaseQueue?
    private var cancelled = false
    /// How many full checks ran in this opening (for tests).
    private(set) var checksRun = 0

    init(path: String, state: State) {
        self.path = path
        self.state = state
    }

    var current: State { condition.withLock { state } }

    /// Runs the owed check on another thread; commits wait for it.
    func startInBackground() {
        condition.lock()
        defer { condition.unlock() }
        guard case .owed(let last) = state else { return }
        state = .running(lastPassed: last)
        DispatchQueue.global(qos: .utility).async { self.finish(self.runCheck(lastPassed: last)) }
    }

    /// Returns once the check has passed (running it here when it is owed); throws when it failed.
    func awaitPassed() throws(StoreError) {
        condition.lock()
        while true {
            switch state {
            case .passed:
                condition.unlock()
                return
            case .failed(let error):
                condition.unlock()
                throw error
            case .owed(let last):
                state = .running(lastPassed: last)
                condition.unlock()
                let result = runCheck(lastPassed: last)
                finish(result)
                // Still owed: the store is closing (the check was cancelled); write nothing.
                if case .owed = result { throw .database("the store is closing") }
                condition.lock()
            case .running:
                condition.wait()
            }
        }
    }

    /// Stops a check under way (it stays owed) and waits for its thread; no check starts after.
    func cancel() {
        condition.lock()
        cancelled = true
        // SQLite forgets an interrupt given while no statement runs (as in the moment before the
        // check's own begins), and the close would wait out the whole check: given again until it stops.
        while case .running = state {
            checking?.interrupt()
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.01))
        }
        condition.unlock()
    }

    /// Runs on the check's thread just before its statement (for tests).
    var beforeStatement: (@Sendable () -> Void)?

    /// Whether `cancel` was called (for tests: by then its first interrupt has been given).
    var isCancelled: Bool { condition.withLock { cancelled } }

    private func finish(_ result: State) {
        condition.lock()
        state = result
        checking = nil
        condition.broadcast()
        condition.unlock()
    }

    private func runCheck(lastPassed: Double) -> State {
        var config = Configuration()
        config.readonly = true
        config.label = "keukentafel-check"
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer {
                // Out of `cancel`'s reach before it closes: an interrupt must never meet a
                // connection being closed (SQLite's handle would be freed under it).
                condition.withLock { checking = nil }
                try? queue.close()
            }
            let go = condition.withLock { () -> Bool in
                checking = queue
                checksRun += 1
                return !cancelled
            }
            guard go else { return .owed(lastPassed: lastPassed) }
            beforeStatement?()
            let check = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
            guard check == ["ok"] else { return .failed(.corrupt(path: path, detail: check.prefix(3).joined(separator: "; "))) }
            return .passed(Date().timeIntervalSince1970)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            return .owed(lastPassed: lastPassed)
        } catch {
            return .failed(EventStore.map(error, path: path))
        }
    }

    // MARK: TransactionObserver

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseWillCommit() throws { try awaitPassed() }
    func databaseDidCommit(_ db: Database) {}
    func databaseDidRollback(_ db: Database) {}
}
