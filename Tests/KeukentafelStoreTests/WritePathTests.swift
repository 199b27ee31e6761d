import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// `EventWriter` (SQLite's C API) writes exactly what the former GRDB writer wrote
/// (`ReferenceWriter`): every table compared row by row after appends, imports given
/// together, one by one and as a bundle, and a v2-format build, on random logs with odd
/// text (NULs, empty names, accents, emoji). Appends and the v2 format match FTS5's own
/// tables byte for byte; an import puts each family's search rows in once, with their last
/// text, so there FTS5 lays out its segments otherwise, and what it holds is compared
/// instead: every token of every row at its place (`fts5vocab`), and what searches find.
@Suite("Write path", .serialized)
struct WritePathTests {
    /// A random log with odd text mixed in (`oddEvents`) for its first family.
    static func oddLog(seed: UInt64, count: Int) -> [Event] {
        let log = StoreIndexTests.randomLog(seed: seed, count: count)
        return log + oddEvents(family: log[0].familyID, after: log[log.count - 1].time, seed: seed)
    }

    /// Odd text: a NUL in a name and in words (GRDB cut text at a NUL; the store keeps doing
    /// so), an empty name, text that is no ASCII, a time out of order, and words longer than
    /// the writer's blocks for bound text (64 KB: one that needs a second block in its run,
    /// one that needs a place of its own). Every id they name is theirs, so a family with
    /// them still imports.
    static func oddEvents(family: UUID, after time: Date, seed: UInt64) -> [Event] {
        var ids = SeededIDs(seed: seed ^ 0x0DD)
        let member = ids.next()
        let entry = ids.next()
        let long = (0..<9_000).map { "Zoë\($0 % 10)" }.joined(separator: " ")
        let longer = (0..<14_000).map { "dag\($0 % 7)" }.joined(separator: " ")
        return [
            Event(id: ids.next(), familyID: family, time: time, author: "w", payload: .familyRenamed(.init(name: "Bakker\u{0}verborgen"))),
            Event(
                id: ids.next(), familyID: family, time: time, author: "",
                payload: .memberAdded(.init(memberID: member, name: "", role: .child))),
            Event(
                id: ids.next(), familyID: family, time: time, author: "w\u{0}x",
                payload: .utteranceRecorded(.init(entryID: entry, speaker: member, text: "ja\u{0}nee Zoë 👍🏽"))),
            Event(
                id: ids.next(), familyID: family, time: time, author: "w",
                payload: .entryAmended(.init(entryID: entry, text: "Małgorzata\u{0}"))),
            Event(
                id: ids.next(), familyID: family, time: time.addingTimeInterval(-50), author: "w",
                payload: .memberChanged(.init(memberID: member, name: "e\u{301}cht"))),
            Event(
                id: ids.next(), familyID: family, time: time, author: "w",
                payload: .utteranceRecorded(.init(entryID: ids.next(), speaker: member, text: long))),
            Event(
                id: ids.next(), familyID: family, time: time, author: "w",
                payload: .noteRecorded(.init(entryID: ids.next(), text: longer))),
        ]
    }

    /// Families an import takes: demo families with odd text, and the random ones whose
    /// references all resolve.
    static func importableLogs(seed: UInt64) -> [[Event]] {
        let demo = (0..<3).map { n -> [Event] in
            let events = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000 + Double(n)), seed: seed &+ UInt64(n))
            return events + oddEvents(family: events[0].familyID, after: events[events.count - 1].time, seed: seed &+ UInt64(n))
        }
        let random = Dictionary(grouping: StoreIndexTests.randomLog(seed: seed, count: 500), by: \.familyID).values
            .filter { RecordReferences.firstMissing(in: $0) == nil }
        return demo + random.sorted { $0[0].familyID.uuidString < $1[0].familyID.uuidString }
    }

    /// Every table's rows as SQLite keeps them, by table name (FTS5's shadow tables
    /// included); the access log without its times, which are the clock's.
    static func tables(_ pool: DatabasePool) throws -> [String: [[DatabaseValue]]] {
        try pool.read { db in
            var out: [String: [[DatabaseValue]]] = [:]
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'texts'") {
                let sql = name == "access_log" ? "SELECT seq, user, family_id, action FROM access_log" : "SELECT * FROM \"\(name)\""
                out[name] = try Row.fetchAll(db, sql: sql).map { Array($0.databaseValues) }
            }
            out["texts (visible)"] = try Row.fetchAll(db, sql: "SELECT rowid, * FROM texts").map { Array($0.databaseValues) }
            return out
        }
        .merging(["texts (every token)": try tokens(pool)]) { a, _ in a }
    }

    /// Every token FTS5 holds: term, row, column and place, as `fts5vocab` lists them.
    static func tokens(_ pool: DatabasePool) throws -> [[DatabaseValue]] {
        try pool.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.texts_tokens USING fts5vocab(main, 'texts', 'instance')")
            return try Row.fetchAll(db, sql: "SELECT term, doc, col, offset FROM temp.texts_tokens ORDER BY term, doc, col, offset")
                .map { Array($0.databaseValues) }
        }
    }

    /// FTS5's own tables, whose layout depends on when it wrote its segments.
    static func segmentLayout(_ name: String) -> Bool { name == "texts_data" || name == "texts_idx" }

    /// Compares two stores' tables, naming each table that differs and its first differing row.
    static func expectSame(_ a: EventStore, _ b: EventStore, _ what: String, skipping skipped: (String) -> Bool = { _ in false }) throws {
        try expectSame(a.pool, b.pool, what, skipping: skipped)
        // FTS5's index holds exactly the words of the rows it reads them from.
        for store in [a, b] { #expect(try store.integrityCheck() == "ok", "\(what)") }
    }

    static func expectSame(_ a: DatabasePool, _ b: DatabasePool, _ what: String, skipping skipped: (String) -> Bool = { _ in false }) throws
    {
        let left = try tables(a)
        let right = try tables(b)
        #expect(left.keys.sorted() == right.keys.sorted(), "\(what): the same tables")
        for name in left.keys.sorted() where !skipped(name) {
            let (l, r) = (left[name] ?? [], right[name] ?? [])
            guard l != r else { continue }
            let at = l.indices.first { $0 >= r.count || l[$0] != r[$0] } ?? l.count
            func row(_ rows: [[DatabaseValue]]) -> String { at < rows.count ? "\(rows[at])" : "none" }
            Issue.record("\(what): table \(name) differs at row \(at) (of \(l.count) and \(r.count)): \(row(l)) against \(row(r))")
        }
        #expect(left["event"]?.isEmpty == false, "\(what): something was written")
    }

    @Test("appends write what the GRDB writer wrote, every table", arguments: [21, 22, 23] as [UInt64])
    func appends(seed: UInt64) throws {
        let log = Self.oddLog(seed: seed, count: 400)
        let reference = try TemporaryStore()
        let writer = try TemporaryStore()
        var batches = SeededIDs(seed: seed ^ 0xBA7C)
        var start = 0
        while start < log.count {
            let end = min(log.count, start + 1 + Int(batches.nextRandom() % 6))
            let batch = Array(log[start..<end])
            try reference.store.pool.write { db in for e in batch { try ReferenceWriter.insert(e, db) } }
            try writer.store.append(batch)
            start = end
        }
        try Self.expectSame(reference.store, writer.store, "append")
        // And the store reads back what was written, with the name cut at its NUL as before.
        let family = log[0].familyID
        #expect(try writer.store.families().first { $0.id == family }?.name == "Bakker")
    }

    @Test("imports given together, one by one and as a bundle write what the GRDB writer wrote", arguments: [31, 32] as [UInt64])
    func imports(seed: UInt64) throws {
        let logs = Self.importableLogs(seed: seed)
        let source = try TemporaryStore()
        try source.store.pool.write { db in for e in logs.joined() { try ReferenceWriter.insert(e, db) } }
        let families = logs.map { $0[0].familyID }
        #expect(families.count > 3, "random families are imported too")
        let exports = try families.map { try source.store.export(family: $0, user: "t") }
        // The reference: each export read, then written by the GRDB writer, in one transaction.
        let reference = try TemporaryStore()
        try reference.store.pool.write { db in
            for data in exports {
                let read = try FamilyExport.decodeKeepingPayloads(data)
                for (e, payload) in zip(read.events, read.payloads) {
                    try ReferenceWriter.insert(e, payload: String(decoding: payload, as: UTF8.self), db)
                }
                try EventStore.insertAccess(db, family: read.family, action: "import", user: "t", time: Date())
            }
        }
        let together = try TemporaryStore()
        let results = together.store.importFamilies(separately: exports, user: "t")
        #expect(results.map { try? $0.get() } == families.map { Optional($0) })
        try Self.expectSame(reference.store, together.store, "import together", skipping: Self.segmentLayout)

        let bundle = try TemporaryStore()
        #expect(try bundle.store.importFamilies(exports, user: "t") == families)
        try Self.expectSame(reference.store, bundle.store, "bundle", skipping: Self.segmentLayout)

        let oneByOne = try TemporaryStore()
        for data in exports { try oneByOne.store.importFamily(data, user: "t") }
        try Self.expectSame(reference.store, oneByOne.store, "one by one", skipping: Self.segmentLayout)
        for word in ["zoe", "malgorzata", "echt", "oma", "riet", "nee", "bakker"] {
            let found = try reference.store.search(word)
            for (store, what) in [(together, "together"), (bundle, "bundle"), (oneByOne, "one by one")] {
                #expect(try store.store.search(word) == found, "\(what): search \(word)")
            }
        }
    }

    @Test("the v2 format (no search keys) is written as the GRDB writer wrote it")
    func unkeyed() throws {
        let log = Self.oddLog(seed: 41, count: 300)
        let reference = try VersionTwoStore()
        let writer = try VersionTwoStore()
        try reference.pool.write { db in for e in log { try ReferenceWriter.insert(e, keyed: false, db) } }
        try writer.pool.write { db in for e in log { try EventStore.insert(e, keyed: false, db) } }
        try Self.expectSame(reference.pool, writer.pool, "v2 format")
    }

    @Test("a family's home-list row left without events is counted on, as appends count it")
    func leftoverFamilyRow() throws {
        let log = Self.importableLogs(seed: 51)[0]
        let source = try TemporaryStore()
        try source.store.append(log)
        let family = log[0].familyID
        let export = try source.store.export(family: family, user: "t")
        let reference = try TemporaryStore()
        let writer = try TemporaryStore()
        for target in [reference, writer] {
            try target.store.pool.write { db in
                try db.execute(
                    sql: "INSERT INTO family_index VALUES (?, 'eerder', 5, 7, 3)", arguments: [family.uuidString])
            }
        }
        let read = try FamilyExport.decodeKeepingPayloads(export)
        try reference.store.pool.write { db in
            for (e, payload) in zip(read.events, read.payloads) {
                try ReferenceWriter.insert(e, payload: String(decoding: payload, as: UTF8.self), db)
            }
            try EventStore.insertAccess(db, family: family, action: "import", user: "t", time: Date())
        }
        try writer.store.importFamily(export, user: "t")
        try Self.expectSame(reference.store, writer.store, "leftover row", skipping: Self.segmentLayout)
        #expect(try writer.store.families().first { $0.id == family }?.eventCount == read.events.count + 3)
    }
}
