import Foundation
import GRDB
import KeukentafelDomain

/// An event as it travels to and from a team server: its columns, the payload's JSON untouched.
public struct StoredEvent: Equatable, Sendable {
    /// The local append order (0 for an event that came from a server).
    public var seq: Int64
    public var id: UUID
    public var familyID: UUID
    public var sessionID: UUID?
    /// Seconds since 2001-01-01 UTC, exactly as the store holds them.
    public var time: Double
    public var author: String
    public var type: String
    public var schemaVersion: Int
    public var payload: String

    public init(
        seq: Int64 = 0, id: UUID, familyID: UUID, sessionID: UUID?, time: Double, author: String, type: String, schemaVersion: Int,
        payload: String
    ) {
        self.seq = seq
        self.id = id
        self.familyID = familyID
        self.sessionID = sessionID
        self.time = time
        self.author = author
        self.type = type
        self.schemaVersion = schemaVersion
        self.payload = payload
    }
}

/// Where this store stands with one team server.
public struct SyncState: Equatable, Sendable {
    /// This store's id on that server (its own pushes are not pulled back).
    public var device: UUID
    /// Every local event up to here is on the server.
    public var pushedSeq: Int64
    /// Every local destroy (access-log line) up to here has reached the server.
    public var destroysSeq: Int64
    /// The server's snapshot horizon at the last pull: later transactions are pulled next time.
    public var pulledXmin: String
    public var lastSync: Date?
    /// Families pulled whole or pushed.
    public var synced: Set<UUID>
    /// Families the server would not take from this login (not shared with it).
    public var refused: Set<UUID>
}

/// What applying a pull did.
public struct PullOutcome: Equatable, Sendable {
    /// Events new to this store.
    public var added = 0
    /// Families that received events, by id.
    public var families: Set<UUID> = []
    /// Families whose events could not be read: not taken, pulled whole again next time.
    public var unreadable: [UUID: String] = [:]
    public init() {}
}

extension EventStore {
    // MARK: Sync state

    /// This store's state with `server`; made (with a new device id) on first use.
    public func syncState(server: String) throws(StoreError) -> SyncState {
        do {
            return try pool.write { db in
                try db.execute(
                    sql: "INSERT OR IGNORE INTO sync_server (server, device) VALUES (?, ?)", arguments: [server, UUID().uuidString])
                let row = try Row.fetchOne(db, sql: "SELECT * FROM sync_server WHERE server = ?", arguments: [server])!
                var synced: Set<UUID> = []
                var refused: Set<UUID> = []
                for f in try Row.fetchAll(db, sql: "SELECT family_id, state FROM sync_family WHERE server = ?", arguments: [server]) {
                    guard let id = UUID(uuidString: f["family_id"]) else { continue }
                    if f["state"] as String == "refused" { refused.insert(id) } else { synced.insert(id) }
                }
                let last: Double? = row["last_sync"]
                return SyncState(
                    device: UUID(uuidString: row["device"]) ?? UUID(), pushedSeq: row["pushed_seq"], destroysSeq: row["destroys_seq"],
                    pulledXmin: row["pulled_xmin"], lastSync: last.map(Date.init(timeIntervalSinceReferenceDate:)), synced: synced,
                    refused: refused)
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// When this store last synced with any server; nil when it never did (read-only safe).
    public func lastSync() throws(StoreError) -> Date? {
        do {
            return try pool.read { db in
                try Double.fetchOne(db, sql: "SELECT max(last_sync) FROM sync_server").map(Date.init(timeIntervalSinceReferenceDate:))
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    // MARK: Pushing

    /// Local events after `seq`, oldest first, at most `limit`.
    public func storedEvents(after seq: Int64, limit: Int) throws(StoreError) -> [StoredEvent] {
        try readStored(
            "SELECT seq, id, family_id, session_id, time, author, type, schema_version, payload FROM event WHERE seq > ? ORDER BY seq LIMIT ?",
            [seq, limit])
    }

    /// All of one family's events, oldest first.
    public func storedEvents(family: UUID) throws(StoreError) -> [StoredEvent] {
        try readStored(
            "SELECT seq, id, family_id, session_id, time, author, type, schema_version, payload FROM event WHERE family_id = ? ORDER BY seq",
            [family.uuidString])
    }

    private func readStored(_ sql: String, _ arguments: StatementArguments) throws(StoreError) -> [StoredEvent] {
        do {
            return try pool.read { db in
                var out: [StoredEvent] = []
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let r = try rows.next() {
                    let seq: Int64 = r[0]
                    guard let id = UUID(uuidString: r[1]), let family = UUID(uuidString: r[2]) else {
                        throw StoreError.unreadableEvent(seq: seq, detail: "bad id")
                    }
                    let session: String? = r[3]
                    out.append(
                        StoredEvent(
                            seq: seq, id: id, familyID: family, sessionID: session.flatMap(UUID.init(uuidString:)), time: r[4],
                            author: r[5],
                            type: r[6], schemaVersion: r[7], payload: r[8]))
                }
                return out
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// Records a committed push: events through `seq` (when given) are on the server;
    /// `synced` families are there whole, `refused` ones were not taken. Each family in
    /// `pushed` gets a `push` line in the access log (its words went to the server).
    public func recordPush(
        server: String, through seq: Int64?, synced: Set<UUID>, refused: Set<UUID>, pushed: Set<UUID> = [], user: String = "",
        time: Date = Date()
    ) throws(StoreError) {
        do {
            try pool.write { db in
                if let seq {
                    try db.execute(
                        sql: "UPDATE sync_server SET pushed_seq = max(pushed_seq, ?) WHERE server = ?", arguments: [seq, server])
                }
                for f in synced {
                    try Self.markSync(db, server: server, family: f, as: "synced")
                }
                for f in refused {
                    try Self.markSync(db, server: server, family: f, as: "refused")
                }
                for f in pushed.sorted(by: { $0.uuidString < $1.uuidString }) {
                    try Self.insertAccess(db, family: f, action: "push", user: user, time: time)
                }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// Forgets what this store knew of a family on `server`: the next pull takes it whole.
    public func forgetSync(server: String, family: UUID) throws(StoreError) {
        do {
            try pool.write { db in
                try Self.markSync(db, server: server, family: family, as: nil)
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// Families destroyed here (their access-log line) after `seq`, oldest first.
    public func destroysLogged(after seq: Int64) throws(StoreError) -> [(seq: Int64, family: UUID)] {
        do {
            return try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT seq, family_id FROM access_log WHERE action = 'destroy' AND seq > ? ORDER BY seq", arguments: [seq]
                ).compactMap { r in UUID(uuidString: r["family_id"]).map { (r["seq"], $0) } }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// Records that the destroys through `seq` reached the server.
    public func recordDestroysPushed(server: String, through seq: Int64) throws(StoreError) {
        do {
            try pool.write { db in
                try db.execute(
                    sql: "UPDATE sync_server SET destroys_seq = max(destroys_seq, ?) WHERE server = ?", arguments: [seq, server])
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    // MARK: Pulling

    /// Writes pulled events in one transaction, each checked as an import checks it and
    /// added only when new here (by id). A family with an event this program cannot read
    /// gets none of this pull's events and is pulled whole again next time. Every family
    /// that received events gets a `pull` line in the access log.
    public func applyPull(server: String, _ events: [StoredEvent], user: String, time: Date = Date()) throws(StoreError) -> PullOutcome {
        var outcome = PullOutcome()
        guard !events.isEmpty else { return outcome }
        var checked: [(Event, String)] = []
        checked.reserveCapacity(events.count)
        for e in events {
            do {
                let payload = try EventUpcaster.decode(type: e.type, version: e.schemaVersion, data: Data(e.payload.utf8))
                checked.append(
                    (
                        Event(
                            id: e.id, familyID: e.familyID, sessionID: e.sessionID, time: Date(timeIntervalSinceReferenceDate: e.time),
                            author: e.author, schemaVersion: e.schemaVersion, payload: payload), e.payload
                    ))
            } catch {
                if outcome.unreadable[e.familyID] == nil { outcome.unreadable[e.familyID] = "\(e.type): \(error)" }
            }
        }
        do {
            try pool.write { db in
                // When everything here was pushed before this pull, what it adds need not be pushed back.
                let allPushed =
                    try Bool.fetchOne(
                        db,
                        sql: "SELECT (SELECT pushed_seq FROM sync_server WHERE server = ?) >= coalesce((SELECT max(seq) FROM event), 0)",
                        arguments: [server]) ?? false
                let exists = try db.cachedStatement(sql: "SELECT 1 FROM event WHERE id = ?")
                let writer = try EventWriter(db)
                for (event, payload) in checked where outcome.unreadable[event.familyID] == nil {
                    if try Int.fetchOne(exists, arguments: [event.id.uuidString]) != nil { continue }
                    try writer.write(event, payload: payload)
                    outcome.added += 1
                    outcome.families.insert(event.familyID)
                }
                for family in outcome.families.sorted(by: { $0.uuidString < $1.uuidString }) {
                    try Self.insertAccess(db, family: family, action: "pull", user: user, time: time)
                }
                for family in outcome.unreadable.keys {
                    try Self.markSync(db, server: server, family: family, as: nil)
                }
                if allPushed {
                    try db.execute(
                        sql: "UPDATE sync_server SET pushed_seq = coalesce((SELECT max(seq) FROM event), 0) WHERE server = ?",
                        arguments: [server])
                }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
        return outcome
    }

    /// Records a finished pull: the server's snapshot horizon, the families now here whole
    /// (less any this pull could not read), and the time.
    public func recordPull(server: String, xmin: String, whole: Set<UUID>, unreadable: Set<UUID>, time: Date = Date()) throws(StoreError) {
        do {
            try pool.write { db in
                try db.execute(
                    sql: "UPDATE sync_server SET pulled_xmin = ?, last_sync = ? WHERE server = ?",
                    arguments: [xmin, time.timeIntervalSinceReferenceDate, server])
                for f in whole.subtracting(unreadable) {
                    try Self.markSync(db, server: server, family: f, as: "synced")
                }
                for f in unreadable {
                    try Self.markSync(db, server: server, family: f, as: nil)
                }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// Sets what this store knows of a family on `server`: `synced`, `refused`, or nothing (nil).
    private static func markSync(_ db: Database, server: String, family: UUID, as state: String?) throws {
        if let state {
            try db.execute(sql: "INSERT OR REPLACE INTO sync_family VALUES (?, ?, ?)", arguments: [server, family.uuidString, state])
        } else {
            try db.execute(sql: "DELETE FROM sync_family WHERE server = ? AND family_id = ?", arguments: [server, family.uuidString])
        }
    }
}
