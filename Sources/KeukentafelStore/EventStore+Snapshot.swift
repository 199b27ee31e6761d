import Crypto
import Foundation
import GRDB
import KeukentafelDomain

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Opening a family with a long record read and replayed every event (125 ms for 20,000).
// A snapshot of the fold, saved once a thousand events or more were replayed past the last
// one, lets opening read one row and only the events after it. A snapshot is a cache and
// never the record: it is used only when its SHA-256 digest, the build that wrote it, the
// family and the number of events it folded all agree with the store; anything else is
// ignored and the events are replayed whole. Destroying a family removes its snapshot.

/// How a family's record was made: from a snapshot or not, and how many events were replayed.
package struct Fold {
    package var record: FamilyRecord
    package var usedSnapshot: Bool
    package var replayed: Int
}

extension EventStore {
    /// Events replayed past the last snapshot (or from the start) before a new one is saved.
    package static let snapshotAfter = 1_000

    /// The build reading and writing snapshots: the running program's size and change time.
    /// Another build may fold differently, so its snapshots are not used; nil (no
    /// `/proc/self/exe`) means no snapshots at all.
    package static let snapshotBuild: String? = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// The family's record, from a sound snapshot and the events after it, or from every
    /// event; saves a new snapshot when many events were replayed and this store writes.
    package func fold(family: UUID) throws(StoreError) -> Fold {
        let fold: (Fold, lastSeq: Int64)
        do {
            // A snapshot that does not add up is set aside and every event replayed (without
            // a snapshot, the fold is never nil).
            fold = try pool.read { db in
                try Self.fold(db, family: family, snapshot: true) ?? Self.fold(db, family: family, snapshot: false)!
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
        if fold.0.replayed >= Self.snapshotAfter { saveSnapshot(fold.0.record, seq: fold.lastSeq) }
        return fold.0
    }

    /// The fold from the family's snapshot (when `snapshot` and a sound one is saved) and
    /// the events after it; nil when the snapshot and those events do not add up to the
    /// family's number of events (counted on every append).
    private static func fold(_ db: Database, family: UUID, snapshot useSnapshot: Bool) throws -> (Fold, lastSeq: Int64)? {
        let snapshot = useSnapshot ? soundSnapshot(db, family: family) : nil
        var record = snapshot?.record ?? FamilyRecord(familyID: family)
        var lastSeq = snapshot?.seq ?? 0
        let statement = try db.cachedStatement(sql: "SELECT \(eventColumns) FROM event WHERE family_id = ? AND seq > ? ORDER BY seq")
        try statement.setArguments([family.uuidString, lastSeq])
        var reader = EventRowReader()
        var replayed = 0
        try reader.read(statement) { seq, event in
            record.apply(event)
            lastSeq = seq
            replayed += 1
        }
        if snapshot != nil,
            let total = try Int.fetchOne(
                db, sql: "SELECT event_count FROM family_index WHERE family_id = ?", arguments: [family.uuidString]),
            total != record.eventCount
        {
            return nil
        }
        return (Fold(record: record, usedSnapshot: snapshot != nil, replayed: replayed), lastSeq)
    }

    /// Saves `record` as the family's snapshot up to `seq`, when this store writes and its
    /// opening check has passed (a write must not wait for it). A failure only costs speed.
    package func saveSnapshot(_ record: FamilyRecord, seq: Int64) {
        guard isWriter, case .passed = verification.current, let build = Self.snapshotBuild,
            let data = try? record.snapshotData()
        else { return }
        let digest = Data(SHA256.hash(data: data))
        try? pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO fold_snapshot (family_id, seq, event_count, build, digest, data) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [record.familyID.uuidString, seq, record.eventCount, build, digest, data])
        }
    }

    /// The family's snapshot when everything about it agrees; nil otherwise.
    private static func soundSnapshot(_ db: Database, family: UUID) -> (record: FamilyRecord, seq: Int64)? {
        guard let build = snapshotBuild,
            let row = try? Row.fetchOne(
                db, sql: "SELECT seq, event_count, build, digest, data FROM fold_snapshot WHERE family_id = ?",
                arguments: [family.uuidString]),
            let seq = row["seq"] as Int64?, let count = row["event_count"] as Int?, row["build"] as String? == build,
            let digest = row["digest"] as Data?, let data = row["data"] as Data?,
            Data(SHA256.hash(data: data)) == digest,
            let record = FamilyRecord(snapshot: data), record.familyID == family, record.eventCount == count,
            // Its last event is still there (the fold checks the count when it is done).
            (try? Bool.fetchOne(db, sql: "SELECT 1 FROM event WHERE seq = ? AND family_id = ?", arguments: [seq, family.uuidString]))
                == true
        else { return nil }
        return (record, seq)
    }
}
