import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// A snapshot of the fold, and the events after it, give exactly the record a full replay
/// gives; a damaged, foreign or stale snapshot is ignored, never trusted (issue 16).
@Suite("Fold snapshots")
struct SnapshotTests {
    /// A family with `count` events: members, a session, and words with tags and corrections.
    static func longFamily(_ count: Int, seed: UInt64 = 3) -> [Event] {
        var ids = SeededIDs(seed: seed)
        let family = ids.next()
        let session = ids.next()
        var time = Date(timeIntervalSinceReferenceDate: 815_000_000)
        func event(_ payload: EventPayload, session: UUID? = nil) -> Event {
            time = time.addingTimeInterval(1.25)
            return Event(id: ids.next(), familyID: family, sessionID: session, time: time, author: "Marieke", payload: payload)
        }
        let members = (0..<3).map { _ in ids.next() }
        var events = [event(.familyCreated(.init(name: "Gezin Bakker")))]
        for (i, m) in members.enumerated() { events.append(event(.memberAdded(.init(memberID: m, name: "Lid \(i)", role: .parent)))) }
        events.append(event(.sessionStarted(.init(number: 1, kind: .live, worker: "Marieke", present: members)), session: session))
        var entries: [UUID] = []
        while events.count < count {
            let n = Int(ids.nextRandom() % 10)
            if n == 0, !entries.isEmpty {
                let target = entries[Int(ids.nextRandom() % UInt64(entries.count))]
                events.append(event(.entryAmended(.init(entryID: target, text: "eigenlijk \(events.count) keer")), session: session))
            } else if n == 1 {
                let entry = ids.next()
                entries.append(entry)
                events.append(event(.noteRecorded(.init(entryID: entry, text: "notitie \(events.count)", tags: [])), session: session))
            } else {
                let entry = ids.next()
                entries.append(entry)
                let tags: [KeukentafelDomain.Tag] = n == 2 ? [.exception, .strength] : []
                events.append(
                    event(
                        .utteranceRecorded(
                            .init(entryID: entry, speaker: members[n % 3], text: "Soms lukt het wél, \(events.count) 🙂", tags: tags)),
                        session: session))
            }
        }
        return events
    }

    @Test("a snapshot reads back as the record it was made of, for every prefix of random logs", arguments: [11, 12] as [UInt64])
    func roundTrip(seed: UInt64) throws {
        let byFamily = Dictionary(grouping: StoreIndexTests.randomLog(seed: seed, count: 2500), by: \.familyID)
        var checked = 0
        for (family, events) in byFamily {
            for cut in Set([0, 1, events.count / 2, events.count]) {
                let record = FamilyRecord.replay(family, events.prefix(cut))
                let back = try #require(FamilyRecord(snapshot: try record.snapshotData()))
                #expect(back == record)
                // Folding on from the snapshot gives the full replay.
                var onward = back
                for e in events.dropFirst(cut) { onward.apply(e) }
                #expect(onward == FamilyRecord.replay(family, events))
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test("a snapshot cut short, lengthened, or of another format is refused")
    func refusedBytes() throws {
        let events = Self.longFamily(300)
        let data = try FamilyRecord.replay(events[0].familyID, events).snapshotData()
        var ids = SeededIDs(seed: 9)
        for _ in 0..<60 {
            let cut = Int(ids.nextRandom() % UInt64(data.count))
            #expect(FamilyRecord(snapshot: data.prefix(cut)) == nil, "cut at \(cut) of \(data.count)")
        }
        #expect(FamilyRecord(snapshot: data + Data([0])) == nil)
        var other = data
        other[6] = UInt8(ascii: "2")
        #expect(FamilyRecord(snapshot: other) == nil, "another format")
        #expect(FamilyRecord(snapshot: data) != nil)
    }

    @Test("the store saves a snapshot after a long replay, and opens from it and the events after it")
    func savedAndUsed() throws {
        let tmp = try TemporaryStore()
        let events = Self.longFamily(2400)
        let family = events[0].familyID
        try tmp.store.append(events)
        let full = FamilyRecord.replay(family, events)
        let first = try tmp.store.fold(family: family)
        #expect(!first.usedSnapshot && first.replayed == events.count && first.record == full)
        let second = try tmp.store.fold(family: family)
        #expect(second.usedSnapshot && second.replayed == 0 && second.record == full)
        // New words after it are folded on.
        let more = Self.longFamily(2410).suffix(10).map { e -> Event in
            var e = e
            e.id = UUID()
            return e
        }
        try tmp.store.append(Array(more))
        let third = try tmp.store.fold(family: family)
        #expect(third.usedSnapshot && third.replayed == 10)
        #expect(third.record == FamilyRecord.replay(family, events + more))
        #expect(try tmp.store.record(family: family) == third.record)
        // Another store reading beside it uses the snapshot and writes none.
        let reader = try EventStore(readingOnly: tmp.directory)
        #expect(try reader.fold(family: family).usedSnapshot)
        reader.closeStore()
        // A short record gets none.
        let short = Self.longFamily(40, seed: 4)
        try tmp.store.append(short)
        _ = try tmp.store.fold(family: short[0].familyID)
        #expect(try Self.snapshotCount(tmp.store, short[0].familyID) == 0)
    }

    @Test("random logs with snapshots at random points open exactly as a full replay", arguments: [21, 22, 23] as [UInt64])
    func randomSnapshots(seed: UInt64) throws {
        let tmp = try TemporaryStore()
        let byFamily = try StoreIndexTests.appendRandom(tmp.store, seed: seed, count: 1500)
        var ids = SeededIDs(seed: seed ^ 0x5A)
        let seqs = try tmp.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT family_id, seq FROM event ORDER BY seq").map { ($0[0] as String, $0[1] as Int64) }
        }
        for (family, events) in byFamily {
            let mine = seqs.filter { $0.0 == family.uuidString }.map(\.1)
            let cut = 1 + Int(ids.nextRandom() % UInt64(events.count))
            tmp.store.saveSnapshot(FamilyRecord.replay(family, events.prefix(cut)), seq: mine[cut - 1])
            let fold = try tmp.store.fold(family: family)
            #expect(fold.usedSnapshot && fold.replayed == events.count - cut)
            #expect(fold.record == FamilyRecord.replay(family, events))
        }
    }

    /// Damage done to a saved snapshot row, by SQL.
    static let damages: [(String, String)] = [
        ("a byte of its data changed", "UPDATE fold_snapshot SET data = substr(data, 1, 100) || x'00' || substr(data, 102)"),
        ("its data cut short", "UPDATE fold_snapshot SET data = substr(data, 1, length(data) - 7)"),
        ("its digest of other data", "UPDATE fold_snapshot SET digest = zeroblob(32)"),
        ("written by another build", "UPDATE fold_snapshot SET build = 'another build'"),
        ("claiming more events than it folded", "UPDATE fold_snapshot SET event_count = event_count + 1"),
        ("claiming to end earlier than it does", "UPDATE fold_snapshot SET seq = seq - 5"),
        ("ending at an event that is not there", "UPDATE fold_snapshot SET seq = seq + 1000"),
    ]

    @Test("a damaged, foreign or stale snapshot is ignored: the record is replayed whole", arguments: damages.indices)
    func damaged(_ i: Int) throws {
        let tmp = try TemporaryStore()
        let events = Self.longFamily(1200)
        let family = events[0].familyID
        try tmp.store.append(events)
        _ = try tmp.store.fold(family: family)
        #expect(try Self.snapshotCount(tmp.store, family) == 1)
        try tmp.store.pool.write { try $0.execute(sql: Self.damages[i].1) }
        let fold = try tmp.store.fold(family: family)
        #expect(!fold.usedSnapshot, "\(Self.damages[i].0)")
        #expect(fold.record == FamilyRecord.replay(family, events))
    }

    @Test("another family's snapshot under this family's id is ignored, and destroying a family removes its snapshot")
    func foreignAndDestroyed() throws {
        let tmp = try TemporaryStore()
        let a = Self.longFamily(1100, seed: 5)
        let b = Self.longFamily(1100, seed: 6)
        try tmp.store.append(a)
        try tmp.store.append(b)
        _ = try tmp.store.fold(family: a[0].familyID)
        try tmp.store.pool.write {
            try $0.execute(sql: "UPDATE fold_snapshot SET family_id = ?", arguments: [b[0].familyID.uuidString])
        }
        let fold = try tmp.store.fold(family: b[0].familyID)
        #expect(!fold.usedSnapshot && fold.record == FamilyRecord.replay(b[0].familyID, b))
        try tmp.store.destroy(family: b[0].familyID, user: "Marieke")
        #expect(try Self.snapshotCount(tmp.store, b[0].familyID) == 0)
    }

    static func snapshotCount(_ store: EventStore, _ family: UUID) throws -> Int {
        try store.pool.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM fold_snapshot WHERE family_id = ?", arguments: [family.uuidString])
        } ?? 0
    }
}
