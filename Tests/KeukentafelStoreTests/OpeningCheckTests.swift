import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// Opening without reading the whole file (OpeningCheck.swift): only a store exactly as a
/// clean close left it skips the full check at opening, and then it is done before the
/// first write once a day; damage is never written onto.
@Suite("Opening check", .serialized)
struct OpeningCheckTests {
    static let day: Double = 24 * 3600

    static func lockText(_ tmp: TemporaryStore) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: tmp.directory + "/" + EventStore.lockName)), as: UTF8.self)
    }

    static func writeLock(_ tmp: TemporaryStore, _ record: CleanClose?) throws {
        try Data((record?.text ?? "").utf8).write(to: URL(fileURLWithPath: tmp.directory + "/" + EventStore.lockName))
    }

    /// A store with the demo family, closed cleanly: its WAL emptied but for one frame (as
    /// every clean close leaves it), so opening it again writes nothing.
    static func closedStore() throws -> (TemporaryStore, UUID) {
        let tmp = try TemporaryStore()
        let demo = DemoFamily.events(now: Date())
        try tmp.store.append(demo)
        try tmp.store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try tmp.store.logAccess(family: demo[0].familyID, action: "open", user: "t")
        _ = try tmp.store.families()
        tmp.store.closeStore()
        return (tmp, demo[0].familyID)
    }

    /// Overwrites the first page of the `event` table in place: the file keeps its size.
    static func damageEvents(_ tmp: TemporaryStore) throws {
        let path = tmp.files[0]
        let root = try DatabaseQueue(
            path: path,
            configuration: {
                var c = Configuration()
                c.readonly = true
                return c
            }()
        ).read {
            (
                try Int.fetchOne($0, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'event'"),
                try Int.fetchOne($0, sql: "PRAGMA page_size")
            )
        }
        let page = try #require(root.0)
        let pageSize = try #require(root.1)
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64((page - 1) * pageSize + 8))
        handle.write(Data(repeating: 0xA5, count: 4000))
        try handle.close()
    }

    @Test("a clean close leaves a record of the files; opening clears it, and the next opening skips the full check")
    func cleanClose() throws {
        let (tmp, _) = try Self.closedStore()
        let record = try #require(CleanClose(text: try Self.lockText(tmp)))
        #expect(CleanClose(tmp.files[0], checked: record.checked) == record, "the record is of the files as they are")
        #expect(record.wal != "-", "with the WAL beside it")
        // Skipped: the state carries the last pass, not a new one.
        let later = record.checked + 60
        #expect(try EventStore.checkOpening(tmp.files[0], lastClose: record, now: later) == .passed(record.checked))
        tmp.store = try EventStore(directory: tmp.directory)
        #expect(try Self.lockText(tmp) == "", "while open there is no record: a crash leaves none")
        #expect(tmp.store.verification.checksRun == 0)
        #expect(try tmp.store.families().count == 1)
        // No record (a crash, an older Keukentafel): the full check runs.
        #expect(try EventStore.checkOpening(tmp.files[0], lastClose: nil, now: later) == .passed(later))
    }

    @Test("a clean close after a long session leaves the WAL one page long; after a short one it is left as it was")
    func walAtClose() throws {
        let tmp = try TemporaryStore()
        func walSize() throws -> Int { try FileManager.default.attributesOfItem(atPath: tmp.files[1])[.size] as? Int ?? -1 }
        let short = SnapshotTests.longFamily(40)
        try tmp.store.append(short)
        let pageSize = try tmp.store.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } ?? 0
        tmp.store.closeStore()
        let left = try walSize()
        #expect(left > 32 + 24 + pageSize && left < 1 << 20, "a short WAL is cheaper to read back than to write out: \(left)")
        try tmp.reopen()
        let long = SnapshotTests.longFamily(8000, seed: 8)
        for start in stride(from: 0, to: long.count, by: 500) { try tmp.store.append(Array(long[start..<min(long.count, start + 500)])) }
        #expect(try walSize() > 1 << 20)
        tmp.store.closeStore()
        #expect(try walSize() == 32 + 24 + pageSize, "one frame: the database's first page, unchanged")
        try tmp.reopen()
        #expect(tmp.store.verification.checksRun == 0, "the clean close still holds")
        #expect(try tmp.store.record(family: long[0].familyID) == FamilyRecord.replay(long[0].familyID, long))
        #expect(try tmp.store.events(family: short[0].familyID) == short)
    }

    @Test("files changed after the clean close are checked whole at opening; a damaged one is refused and left untouched")
    func changedFiles() throws {
        let (tmp, _) = try Self.closedStore()
        let record = try #require(CleanClose(text: try Self.lockText(tmp)))
        // Only its times changed (touch): not as left, so checked whole.
        let path = tmp.files[0]
        var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(try EventStore.checkOpening(path, lastClose: record, now: record.checked + 60) == .passed(record.checked + 60))

        try Self.writeLock(tmp, CleanClose(path, checked: record.checked))
        try Self.damageEvents(tmp)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { tmp.store = try EventStore(directory: tmp.directory) }
        guard case .corrupt(let at, _)? = error else {
            Issue.record("expected .corrupt, got \(String(describing: error))")
            return
        }
        #expect(at == path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "byte for byte")
    }

    @Test("the header is checked at every opening: a file cut short or not ours is refused even when a record matches it")
    func headerAlways() throws {
        let (tmp, _) = try Self.closedStore()
        let path = tmp.files[0]
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.dropLast().write(to: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: tmp.files[1])
        try Self.writeLock(tmp, CleanClose(path, checked: Date().timeIntervalSince1970))
        let error = #expect(throws: StoreError.self) { tmp.store = try EventStore(directory: tmp.directory) }
        guard case .corrupt(_, let detail)? = error else {
            Issue.record("expected .corrupt, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("not a whole number of pages"), "\(detail)")
        // Another application id: not the quick way, and refused as foreign.
        var foreign = whole
        foreign.replaceSubrange(68..<72, with: [0, 0, 0, 7])
        try foreign.write(to: URL(fileURLWithPath: path))
        try Self.writeLock(tmp, CleanClose(path, checked: Date().timeIntervalSince1970))
        #expect(throws: StoreError.foreign(path: path)) { tmp.store = try EventStore(directory: tmp.directory) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == foreign)
    }

    @Test("a full check a day old runs before the first write, not at opening, and only once")
    func dailyCheckBeforeWrite() throws {
        let (tmp, family) = try Self.closedStore()
        let record = try #require(CleanClose(text: try Self.lockText(tmp)))
        var old = record
        old.checked -= 2 * Self.day
        try Self.writeLock(tmp, old)
        tmp.store = try EventStore(directory: tmp.directory)
        #expect(tmp.store.verification.current == .owed(lastPassed: old.checked))
        _ = try tmp.store.families()
        _ = try tmp.store.record(family: family)
        #expect(tmp.store.verification.checksRun == 0, "reading does not wait for it")
        // Closing without a write keeps it owed.
        tmp.store.closeStore()
        #expect(CleanClose(text: try Self.lockText(tmp))?.checked == old.checked)

        tmp.store = try EventStore(directory: tmp.directory)
        try tmp.store.logAccess(family: family, action: "open", user: "t")
        #expect(tmp.store.verification.checksRun == 1, "the first write waited for it")
        try tmp.store.append([Event(familyID: family, time: Date(), author: "t", payload: .familyRenamed(.init(name: "Gezin J.")))])
        #expect(tmp.store.verification.checksRun == 1)
        tmp.store.closeStore()
        let passed = try #require(CleanClose(text: try Self.lockText(tmp))?.checked)
        #expect(abs(passed - Date().timeIntervalSince1970) < 60)

        // Started in the background (as the app does after its first frame): the write finds it done or waits.
        var due = try #require(CleanClose(text: try Self.lockText(tmp)))
        due.checked -= 2 * Self.day
        try Self.writeLock(tmp, due)
        tmp.store = try EventStore(directory: tmp.directory)
        tmp.store.checkInBackground()
        try tmp.store.append([Event(familyID: family, time: Date(), author: "t", payload: .familyRenamed(.init(name: "Gezin Jansen")))])
        #expect(tmp.store.verification.checksRun == 1)
        #expect(try tmp.store.families().first?.name == "Gezin Jansen")
    }

    @Test("damage no stamp shows is found before the first write: the write is refused, the file untouched, no clean close recorded")
    func damageBeforeWrite() throws {
        let (tmp, family) = try Self.closedStore()
        let path = tmp.files[0]
        try Self.damageEvents(tmp)
        // As if the disk had done it: the record matches the damaged file, its check is due.
        try Self.writeLock(tmp, CleanClose(path, checked: Date().timeIntervalSince1970 - 2 * Self.day))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        tmp.store = try EventStore(directory: tmp.directory)
        #expect(try tmp.store.families().count == 1, "the list still reads")
        let entry = Event(familyID: family, time: Date(), author: "t", payload: .noteRecorded(.init(entryID: UUID(), text: "niet bewaard")))
        let error = #expect(throws: StoreError.self) { try tmp.store.append([entry]) }
        guard case .corrupt(let at, _)? = error else {
            Issue.record("expected .corrupt, got \(String(describing: error))")
            return
        }
        #expect(at == path)
        #expect(throws: StoreError.self) { try tmp.store.logAccess(family: family, action: "open", user: "t") }
        tmp.store.closeStore()
        #expect(try Self.lockText(tmp) == "", "no clean close: the next opening checks it whole")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "byte for byte")
        #expect(throws: StoreError.self) { tmp.store = try EventStore(directory: tmp.directory) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("closing stops a check under way, also when it asked before the check's statement began")
    func cancelBeforeStatement() throws {
        // A plain SQLite file of 120 MB: its check takes a while (tens of milliseconds at least).
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kt-check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/big.sqlite"
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    CREATE TABLE t(b BLOB);
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) INSERT INTO t SELECT randomblob(2000) FROM n;
                    """)
        }
        let gate = VerificationGate(path: path, state: .owed(lastPassed: 7))
        // The close comes while the check's connection is open but its statement has not
        // begun: SQLite drops that interrupt (it clears it when a statement starts on an idle
        // connection), and the close used to wait for the whole check, which then passed.
        // A thread of its own (the shared pool may be busy with other tests), and the
        // statement begins only once the close has given its first interrupt.
        gate.beforeStatement = {
            Thread { gate.cancel() }.start()
            while !gate.isCancelled { Thread.sleep(forTimeInterval: 0.001) }
        }
        gate.startInBackground()
        let deadline = Date().addingTimeInterval(30)
        while case .running = gate.current, Date() < deadline { Thread.sleep(forTimeInterval: 0.002) }
        #expect(gate.current == .owed(lastPassed: 7), "stopped, still owed: \(gate.current)")
        #expect(gate.checksRun == 1)
    }
}
