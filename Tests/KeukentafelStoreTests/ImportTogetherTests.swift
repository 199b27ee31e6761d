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
        let ahead = ImportReadAhead(count: 12, limit: 4) { index in
            // Slower than the writer below, so the reader never waits for room.
            Thread.sleep(forTimeInterval: 0.01)
            let bytes = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 8)
            let payload = Data(bytesNoCopy: bytes, count: 16, deallocator: .custom { pointer, _ in
                pointer.deallocate()
                freed.withLock { $0 += 1 }
            })
            return .success((family: UUID(), events: [], payloads: [payload]))
        }
        for index in 0..<12 {
            guard case .success(let read) = ahead.take(index) else {
                Issue.record("file \(index) was not read")
                continue
            }
            // The reader, now at file index + 1, freed what was handed back before it began
            // (a file or two may still be on the way); it used to free nothing until its last file.
            let sofar = freed.withLock { $0 }
            #expect(index < 11 ? sofar >= index - 3 : true, "freed by file \(index): \(sofar)")
            ahead.discard(read)
        }
        ahead.finish()
        #expect(freed.withLock { $0 } == 12)
    }
}
