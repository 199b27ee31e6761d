import Foundation
import GRDB
import KeukentafelDomain
import Synchronization
import Testing

@testable import KeukentafelStore

/// Files imported together (`importFamilies(separately:)`): each on its own terms, as if
/// imported alone, in one transaction.
@Suite("Import of files given together", .serialized)
struct ImportTogetherTests {
    /// The same files imported one by one: each one's family or error.
    static func oneByOne(_ files: [Data], into store: EventStore) -> [Result<UUID, StoreError>] {
        files.map { data in Result { () throws(StoreError) in try store.importFamily(data, user: "test") } }
    }

    @Test("good, malformed, empty, repeated and already present files: each answered as alone, the good ones written, as one by one")
    func mixed() throws {
        let demo = (1...4).map { DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: UInt64($0)) }
        let files = try demo.map { try FamilyExport.encode(family: $0[0].familyID, events: $0) }
        var broken = files[2]
        broken.removeLast(10)
        let empty = Data(
            #"{"events":[],"family":"\#(demo[3][0].familyID.uuidString)","format":"keukentafel-family","formatVersion":1}"#.utf8)
        let given = [files[0], broken, files[1], empty, files[0], files[3], files[2]]
        let a = try TemporaryStore()
        let b = try TemporaryStore()
        // Already present in both stores.
        try a.store.importFamily(files[3], user: "test")
        try b.store.importFamily(files[3], user: "test")
        let together = a.store.importFamilies(separately: given, user: "test")
        let alone = Self.oneByOne(given, into: b.store)
        #expect(together.map { "\($0)" } == alone.map { "\($0)" })
        #expect(together.compactMap { try? $0.get() } == [demo[0][0].familyID, demo[1][0].familyID, demo[2][0].familyID])
        for family in demo.map({ $0[0].familyID }) {
            #expect(try a.store.events(family: family) == b.store.events(family: family))
            #expect(try a.store.record(family: family) == b.store.record(family: family))
        }
        #expect(try a.store.accessLog().map(\.action) == b.store.accessLog().map(\.action))
        #expect(try a.store.accessLog().filter { $0.action == "import" }.count == 4, "one line per family imported")
        #expect(try a.store.search("zoe").count == b.store.search("zoe").count)
    }

    @Test("a full disk: nothing of any file is written, and every file that would have gone in says so")
    func fullDisk() throws {
        let demo = (1...3).map { DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: UInt64($0)) }
        let files = try demo.map { try FamilyExport.encode(family: $0[0].familyID, events: $0) }
        let a = try TemporaryStore()
        try a.store.pool.writeWithoutTransaction { db in
            let n = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(n + 4)")
        }
        let results = a.store.importFamilies(separately: files + [Data("{".utf8)], user: "test")
        for result in results.prefix(3) {
            guard case .failure(.full) = result else {
                Issue.record("expected .full, got \(result)")
                continue
            }
        }
        guard case .failure(.malformedImport) = results[3] else {
            Issue.record("the malformed file keeps its own error: \(results[3])")
            return
        }
        #expect(try a.store.families().isEmpty)
        #expect(try a.store.accessLog().isEmpty)
    }

    @Test("files read as the import comes to them: one that cannot be read is refused alone, saying why")
    func filesReadLazily() throws {
        let demo = (1...3).map { DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: UInt64($0)) }
        let files = try demo.map { try FamilyExport.encode(family: $0[0].familyID, events: $0) }
        let a = try TemporaryStore()
        let results = a.store.importFamilies(separately: 3, user: "test") { index in
            index == 1 ? .failure(.inaccessible(path: "b.json", detail: "gone")) : .success(files[index])
        }
        #expect(try results[0].get() == demo[0][0].familyID)
        #expect(results[1] == .failure(.inaccessible(path: "b.json", detail: "gone")))
        #expect(try results[2].get() == demo[2][0].familyID)
        #expect(try Set(a.store.families().map(\.id)) == [demo[0][0].familyID, demo[2][0].familyID])
    }

    @Test("the reading runs at most a few files ahead of the writing, in order, and stops when told")
    func readAheadBounded() {
        let reads = Mutex(0)
        let ahead = ImportReadAhead(count: 40, limit: 4) { index in
            reads.withLock { $0 += 1 }
            return .failure(.database("file \(index)"))
        }
        for index in 0..<12 {
            // Time for the reader to run as far ahead as it may.
            Thread.sleep(forTimeInterval: 0.005)
            #expect(reads.withLock { $0 } <= index + 4, "before file \(index) is taken")
            guard case .failure(let error) = ahead.take(index) else {
                Issue.record("file \(index) was read as an export")
                continue
            }
            #expect(error == .database("file \(index)"), "the files come in order")
        }
        ahead.finish()
        let stopped = reads.withLock { $0 }
        Thread.sleep(forTimeInterval: 0.02)
        #expect(stopped <= 16 && reads.withLock { $0 } == stopped, "no file is read after finish")
        #expect(stopped >= 12)
    }

    @Test("written files are freed as the reading goes on, also when the reading is the slower side")
    func writtenFreedWhileReading() {
        let freed = Mutex(0)
        // Each file slower to read than to write, so the reader never has to wait for room
        // (it used to free only then, or after its last file, here seconds away).
        let ahead = ImportReadAhead(count: 1000, limit: 4) { index in
            Thread.sleep(forTimeInterval: 0.005)
            // Too large for `Data` to copy inline (which would free the bytes at once).
            let bytes = UnsafeMutableRawPointer.allocate(byteCount: 1024, alignment: 8)
            let payload = Data(
                bytesNoCopy: bytes, count: 1024,
                deallocator: .custom { pointer, _ in
                    pointer.deallocate()
                    freed.withLock { $0 += 1 }
                })
            return .success((family: UUID(), events: [], payloads: [payload]))
        }
        var lag = 0
        for index in 0..<40 {
            guard case .success(let read) = ahead.take(index) else {
                Issue.record("file \(index) was not read")
                continue
            }
            // No waiting here: a pause would let the reader run ahead and free while it waits.
            // Files 0..<index were handed back; the reader frees them as it starts the next
            // file, so at most a few (those handed back while it read) are still held.
            lag = max(lag, index - freed.withLock { $0 })
            ahead.discard(read)
        }
        ahead.finish()
        #expect(lag <= 6, "handed back but not yet freed, at most: \(lag) files")
        #expect(freed.withLock { $0 } >= 40, "what was handed back is freed by the end")
    }
}
