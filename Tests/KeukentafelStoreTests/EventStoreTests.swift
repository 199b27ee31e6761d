import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

@Suite("Event store", .serialized)
struct EventStoreTests {
    @Test(
        "replaying the stored log equals the live projection; a replay to k equals the first k events",
        arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func replayEqualsLive(seed: UInt64) throws {
        let tmp = try TemporaryStore()
        var gen = EventGenerator(seed: seed)
        var live: [UUID: FamilyRecord] = [:]
        var appended: [UUID: [Event]] = [:]
        var remaining = 150 + gen.int(150)
        while remaining > 0 {
            let batch = (0..<min(remaining, 1 + gen.int(5))).map { _ in gen.next() }
            remaining -= batch.count
            try tmp.store.append(batch)
            for e in batch {
                live[e.familyID, default: FamilyRecord(familyID: e.familyID)].apply(e)
                appended[e.familyID, default: []].append(e)
            }
        }
        try tmp.reopen()
        for (family, record) in live {
            let stored = try tmp.store.events(family: family)
            #expect(stored == appended[family]!, "the log round-trips exactly")
            #expect(FamilyRecord.replay(family, stored) == record)
            for _ in 0..<5 {
                let k = gen.int(stored.count + 1)
                var prefix = FamilyRecord(familyID: family)
                for e in appended[family]!.prefix(k) { prefix.apply(e) }
                #expect(FamilyRecord.replay(family, stored, upToIndex: k) == prefix)
            }
        }
    }

    @Test("the writer runs with synchronous = FULL (2) in WAL mode")
    func durabilitySettings() throws {
        let tmp = try TemporaryStore()
        let settings = try tmp.store.writerSettings()
        #expect(settings.synchronous == 2)
        #expect(settings.journalMode == "wal")
        try tmp.reopen()
        #expect(try tmp.store.writerSettings().synchronous == 2)
    }

    @Test("the folder is 0700 and the files 0600")
    func permissions() throws {
        let tmp = try TemporaryStore()
        try tmp.store.append(DemoFamily.events(now: Date()))
        func mode(_ p: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as! NSNumber).intValue
        }
        #expect(try mode(tmp.directory) == 0o700)
        for f in tmp.files where FileManager.default.fileExists(atPath: f) { #expect(try mode(f) == 0o600, "\(f)") }
    }

    @Test("events cannot be changed or deleted, even with plain SQL")
    func immutable() throws {
        let tmp = try TemporaryStore()
        try tmp.store.append(DemoFamily.events(now: Date()))
        #expect(throws: DatabaseError.self) { try tmp.store.pool.write { try $0.execute(sql: "UPDATE event SET payload = '{}'") } }
        #expect(throws: DatabaseError.self) { try tmp.store.pool.write { try $0.execute(sql: "DELETE FROM event") } }
        #expect(throws: DatabaseError.self) { try tmp.store.pool.write { try $0.execute(sql: "DELETE FROM destruction_guard") } }
    }

    @Test("a second opener of the same store gets a clear message")
    func locked() throws {
        let tmp = try TemporaryStore()
        #expect(throws: StoreError.locked(path: tmp.directory)) { _ = try EventStore(directory: tmp.directory) }
        #expect(StoreError.locked(path: "/x").description.contains("in use by another Keukentafel"))
    }

    @Test("the version-1 fixture still loads into the same record")
    func versionOneFixture() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/v1-demo-family.json")
        let tmp = try TemporaryStore()
        let family = try tmp.store.importFamily(try Data(contentsOf: url), user: "test")
        let record = try tmp.store.record(family: family)
        #expect(record.name == "Gezin Jansen (demo)")
        #expect(record.members.map(\.name) == ["Sandra", "Karim", "Zoë", "Milan"])
        #expect(record.sessions.count == 3)
        #expect(record.goals.first?.text == "Rustig samen ontbijten voordat we de deur uit gaan")
        #expect(record.scales.first?.values.map(\.value) == [8, 6, 6, 5, 4, 4])
        #expect(record.entries.contains { $0.isWorkerNote })
        // Every record is written back with the bytes it was read with.
        #expect(try tmp.store.export(family: family, user: "test") == Data(contentsOf: url), "the fixture re-exports byte for byte")
    }

    @Test("export then import into a fresh store gives the identical record; search finds Zoë with zoe")
    func exportImport() throws {
        let a = try TemporaryStore()
        let b = try TemporaryStore()
        let events = DemoFamily.events(now: Date())
        try a.store.append(events)
        let family = events[0].familyID
        let data = try a.store.export(family: family, user: "tester")
        try b.store.importFamily(data, user: "tester")
        #expect(try b.store.record(family: family) == a.store.record(family: family))
        #expect(try b.store.events(family: family) == events)
        #expect(try FamilyExport.encode(family: family, events: b.store.events(family: family)) == data, "byte-identical re-export")
        let hits = try b.store.search("zoe")
        #expect(hits.contains { $0.text.contains("Zoë") && $0.isWorkerNote && $0.sessionNumber == 1 && $0.familyName == DemoFamily.name })
        let song = try b.store.search("LIEDJE")
        #expect(song.count == 1)
        #expect(song.first?.speaker == "Zoë" && song.first?.isWorkerNote == false)
        #expect(try Set(b.store.search("boterhammen").map(\.kind)) == [.words, .agreement], "the quote and the agreement")
        #expect(try b.store.search("aanvullen vullen").allSatisfy { $0.isWorkerNote })
        #expect(throws: StoreError.familyExists(family)) { try b.store.importFamily(data, user: "tester") }
        #expect(try a.store.accessLog().map(\.action) == ["export"])
        _ = try b.store.openFamily(family, user: "supervisor")
        let log = try b.store.accessLog()
        #expect(log.map(\.action) == ["import", "open"])
        #expect(log.last?.user == "supervisor" && log.last?.familyID == family)
    }

    @Test("an import with a time no screen can show is refused whole, naming the place")
    func importRefusesAbsurdTime() throws {
        let a = try TemporaryStore()
        let b = try TemporaryStore()
        let events = DemoFamily.events(now: Date())
        try a.store.append(events)
        let data = try a.store.export(family: events[0].familyID, user: "tester")
        var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var list = try #require(root["events"] as? [[String: Any]])
        list[3]["time"] = 1e300
        root["events"] = list
        let odd = try JSONSerialization.data(withJSONObject: root)
        #expect(throws: StoreError.malformedImport(place: "events[3].time", detail: "not a time Keukentafel can show")) {
            try b.store.importFamily(odd, user: "tester")
        }
        #expect(try b.store.families().isEmpty)
    }

    @Test("amended words are found by their new text, retracted words not at all")
    func searchFollowsCorrections() throws {
        let tmp = try TemporaryStore()
        let f = UUID()
        let m = UUID()
        let e = UUID()
        let t = Date()
        try tmp.store.append([
            Event(familyID: f, time: t, author: "w", payload: .familyCreated(.init(name: "Gezin Test"))),
            Event(familyID: f, time: t, author: "w", payload: .utteranceRecorded(.init(entryID: e, speaker: m, text: "appelmoes"))),
            Event(familyID: f, time: t, author: "w", payload: .entryAmended(.init(entryID: e, text: "perenmoes"))),
        ])
        #expect(try tmp.store.search("appelmoes").isEmpty)
        #expect(try tmp.store.search("perenmoes").count == 1)
        #expect(try tmp.store.record(family: f).entries[0].versions == ["appelmoes", "perenmoes"])
        try tmp.store.append([Event(familyID: f, time: t, author: "w", payload: .entryRetracted(.init(entryID: e)))])
        #expect(try tmp.store.search("perenmoes").isEmpty)
    }

    @Test("after destroy, a marker from the family's words is in none of the store's files")
    func destroyLeavesNoTrace() throws {
        let tmp = try TemporaryStore()
        let marker = "Kwispeltaart\(Int.random(in: 100_000...999_999))"
        let keep = DemoFamily.events(now: Date(), seed: 7)
        let gone = DemoFamily.events(now: Date(), seed: 8)
        try tmp.store.append(keep)
        try tmp.store.append(gone)
        let f = gone[0].familyID
        let speaker = gone.compactMap { e -> UUID? in
            if case .memberAdded(let p) = e.payload { return p.memberID }
            return nil
        }[0]
        for i in 0..<50 {
            try tmp.store.append([
                Event(
                    familyID: f, time: Date(), author: "w",
                    payload: .utteranceRecorded(.init(entryID: UUID(), speaker: speaker, text: "\(marker) nummer \(i)")))
            ])
        }
        #expect(try tmp.store.search(marker).count == 50)
        func traces() throws -> [String] {
            try tmp.files.filter { FileManager.default.fileExists(atPath: $0) }.filter { path in
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                return bytes.range(of: Data(marker.utf8)) != nil
            }
        }
        #expect(!(try traces()).isEmpty, "the marker is there before")
        try tmp.store.destroy(family: f, user: "tester")
        #expect(try traces().isEmpty)
        #expect(try tmp.store.events(family: f).isEmpty)
        #expect(try tmp.store.search(marker).isEmpty)
        #expect(try tmp.store.events(family: keep[0].familyID) == keep, "the other family is untouched")
        let log = try tmp.store.accessLog()
        #expect(log.last?.action == "destroy" && log.last?.familyID == f)
        #expect(try tmp.store.integrityCheck() == "ok")
    }

    @Test("a foreign or damaged file is left byte-for-byte untouched, with a clear message")
    func corruptStore() throws {
        func check(_ content: Data, expect: (StoreError) -> Bool) throws {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-bad-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let file = dir.appendingPathComponent(EventStore.databaseName)
            try content.write(to: file)
            let before = try Data(contentsOf: file)
            do {
                _ = try EventStore(directory: dir.path)
                Issue.record("opened a bad store")
            } catch {
                #expect(expect(error), "\(error)")
                #expect(error.description.contains(file.path))
            }
            #expect(try Data(contentsOf: file) == before, "the file is byte-for-byte the same")
        }
        try check(Data("dit is geen database, maar een boodschappenlijst\n".utf8)) {
            if case .foreign = $0 { return true }
            return false
        }
        // Another program's SQLite database.
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("other-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: other) }
        try DatabaseQueue(path: other.path).write {
            try $0.execute(sql: "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('stamppot')")
        }
        try check(try Data(contentsOf: other)) {
            if case .foreign = $0 { return true }
            return false
        }
        // Our own store with damaged pages.
        let tmp = try TemporaryStore()
        try tmp.store.append(DemoFamily.events(now: Date()))
        try tmp.store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        var damaged = try Data(contentsOf: URL(fileURLWithPath: tmp.files[0]))
        for i in stride(from: 4096 + 100, to: damaged.count, by: 7) { damaged[i] = 0xA5 }
        try check(damaged) { e in
            if case .corrupt = e { return true }
            if case .foreign = e { return true }
            return false
        }
    }

    @Test("a full disk keeps the entry in memory and saves it once there is room")
    func fullDisk() throws {
        let tmp = try TemporaryStore()
        let events = DemoFamily.events(now: Date())
        try tmp.store.append(events)
        let family = events[0].familyID
        let pages = try tmp.store.pool.writeWithoutTransaction { db -> Int in
            let n = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(n)")
            return n
        }
        #expect(pages > 0)
        let writer = DurableWriter(store: tmp.store)
        let big = String(repeating: "Mama zei dat het beter gaat. ", count: 2000)
        let entry = Event(
            familyID: family, time: Date(), author: "w",
            payload: .noteRecorded(.init(entryID: UUID(), text: big)))
        #expect(writer.submit([entry]) == false)
        guard case .full? = writer.lastError else {
            Issue.record("expected .full, got \(String(describing: writer.lastError))")
            return
        }
        #expect(writer.pending == [[entry]])
        #expect(try tmp.store.events(family: family).count == events.count, "nothing half-written")
        let later = Event(familyID: family, time: Date(), author: "w", payload: .noteRecorded(.init(entryID: UUID(), text: "daarna")))
        #expect(writer.submit([later]) == false, "later entries queue behind, in order")
        try tmp.store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = 1073741823") }
        #expect(writer.retry())
        #expect(writer.isSaved)
        #expect(Array(try tmp.store.events(family: family).suffix(2)) == [entry, later])
    }
}
