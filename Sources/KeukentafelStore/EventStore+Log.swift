import Foundation
import GRDB
import GRDBSQLite
import KeukentafelDomain

extension EventStore {
    // MARK: Appending

    /// Appends events in one transaction and returns only after it has committed.
    /// On failure nothing of the batch is written and the error says why (`.full` when
    /// the disk is full); the caller keeps the events and tries again.
    public func append(_ events: [Event]) throws(StoreError) {
        guard !events.isEmpty else { return }
        do {
            try pool.write { db in
                let writer = try EventWriter(db)
                for event in events { try writer.write(event) }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// Appends one event and its index rows (see `EventWriter`). `keyed: false` writes as a
    /// v2 store did (tests build old stores with it).
    static func insert(_ event: Event, payload: String? = nil, keyed: Bool = true, _ db: Database) throws {
        try EventWriter(db, keyed: keyed).write(event, payload: payload)
    }

    // MARK: Reading

    /// Every event of a family, in the order they were appended, upcast to the current schema.
    public func events(family: UUID) throws(StoreError) -> [Event] {
        do {
            return try pool.read { db in
                let statement = try db.cachedStatement(sql: "SELECT \(Self.eventColumns) FROM event WHERE family_id = ? ORDER BY seq")
                try statement.setArguments([family.uuidString])
                var reader = EventRowReader()
                var out: [Event] = []
                try reader.read(statement) { _, event in out.append(event) }
                return out
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// The columns `EventRowReader` reads, in its order.
    static let eventColumns = "seq, id, family_id, session_id, time, author, type, schema_version, payload"

    /// The family's record now: from its snapshot and the events after it when a sound one
    /// is saved, else replayed from every event (see EventStore+Snapshot.swift).
    public func record(family: UUID) throws(StoreError) -> FamilyRecord {
        try fold(family: family).record
    }

    /// Opens a family for work or review: its record, with the opening written to the
    /// access log first (NEN 7513: who looked at which family, when).
    public func openFamily(_ family: UUID, user: String) throws(StoreError) -> FamilyRecord {
        try logAccess(family: family, action: "open", user: user)
        return try record(family: family)
    }

    /// All families, most recently active first.
    public func families() throws(StoreError) -> [FamilySummary] {
        do {
            return try pool.read { db in try Self.familySummaries(db) }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    static let familiesSQL = """
        SELECT f.family_id, f.name, f.created, f.last_time, f.event_count,
               (SELECT count(*) FROM session_index s WHERE s.family_id = f.family_id) AS sessions
        FROM family_index f ORDER BY f.last_time DESC
        """

    /// The home list's rows through SQLite's C API, as `EventRowReader` reads events: it is
    /// read before the first frame, and GRDB's generic column conversions looked types up
    /// in the program's protocol conformances on every start. A row whose id is not one is
    /// left out.
    static func familySummaries(_ db: Database) throws -> [FamilySummary] {
        let statement = try db.cachedStatement(sql: familiesSQL)
        defer { sqlite3_reset(statement.sqliteStatement) }
        do {
            return try familySummaries(statement: statement.sqliteStatement)
        } catch let failed as SummaryReadFailed {
            let message = sqlite3_db_handle(statement.sqliteStatement).map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: failed.code), message: message, sql: statement.sql)
        }
    }

    /// Finds a family by id, id prefix or (part of) its name, case- and accent-insensitive.
    /// An empty query finds none (every name contains the empty string).
    public func findFamily(_ query: String) throws(StoreError) -> FamilySummary {
        let all = try families()
        if let exact = all.first(where: { $0.id.uuidString.lowercased() == query.lowercased() }) { return exact }
        let q = foldedForMatching(query)
        guard !q.trimmingCharacters(in: .whitespaces).isEmpty else { throw .familyNotFound(query) }
        let byName = all.filter { foldedForMatching($0.name) == q }
        if byName.count == 1 { return byName[0] }
        let matches = all.filter { $0.id.uuidString.lowercased().hasPrefix(q) || foldedForMatching($0.name).contains(q) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw .familyNotFound(query) }
        throw .familyAmbiguous(query, matches: matches.map { "\($0.name) (\($0.id.uuidString.prefix(8)))" })
    }

    /// Finds the one family an irreversible action names: by its whole id, or by its whole
    /// name (case and accents do not matter), never by a part of either, so a typo or an
    /// empty argument cannot pick a family. Two families with that name: the id decides.
    public func findFamilyExactly(_ query: String) throws(StoreError) -> FamilySummary {
        let all = try families()
        let wanted = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let byID = all.first(where: { $0.id.uuidString.lowercased() == wanted.lowercased() }) { return byID }
        let q = foldedForMatching(wanted)
        guard !q.isEmpty else { throw .familyNotExact(query) }
        let named = all.filter { foldedForMatching($0.name.trimmingCharacters(in: .whitespacesAndNewlines)) == q }
        if named.count == 1 { return named[0] }
        if named.isEmpty { throw .familyNotExact(query) }
        throw .familyNameShared(query, ids: named.map(\.id.uuidString))
    }

    // MARK: Search

    /// Every recorded text that matches all words of `text` (as prefixes), ignoring case
    /// and accents in every script (`zoe` finds `Zoë`, `yilmaz` finds `Yılmaz`): the
    /// family's words and notes, goals, agreements, scale topics, options, decisions,
    /// timeline events, instruments, summary corrections, and the names of families,
    /// members, genogram persons and network contacts. Most recently recorded first
    /// (rows are numbered in recording order, which FTS5 can walk backwards).
    public func search(_ text: String, limit: Int = 200) throws(StoreError) -> [SearchHit] {
        let terms = foldedForMatching(text).split(whereSeparator: { $0.isWhitespace || $0 == "\"" })
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
        guard !terms.isEmpty else { return [] }
        do {
            return try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT t.text, t.kind, t.ref_id, t.family_id, t.session_id, t.time,
                               f.name AS family_name, s.number AS session_number, m.name AS speaker
                        FROM texts t
                        LEFT JOIN family_index f ON f.family_id = t.family_id
                        LEFT JOIN session_index s ON s.session_id = t.session_id
                        LEFT JOIN member_index m ON m.family_id = t.family_id AND m.member_id = t.speaker_id
                        WHERE texts MATCH ? ORDER BY t.rowid DESC LIMIT ?
                        """, arguments: [terms.joined(separator: " "), limit]
                ).compactMap { row in
                    // Every column read as optional: a hit whose row is not whole is left out, never a crash.
                    guard let familyID: String = row["family_id"], let family = UUID(uuidString: familyID),
                        let refID: String = row["ref_id"], let ref = UUID(uuidString: refID),
                        let kindName: String = row["kind"], let kind = SearchKind(rawValue: kindName),
                        let time: Double = row["time"], let text: String = row["text"]
                    else { return nil }
                    let session: String? = row["session_id"]
                    return SearchHit(
                        familyID: family, familyName: row["family_name"] ?? "",
                        sessionID: session.flatMap(UUID.init(uuidString:)), sessionNumber: row["session_number"],
                        entryID: ref, kind: kind, speaker: row["speaker"],
                        time: Date(timeIntervalSinceReferenceDate: time), text: text)
                }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    // MARK: Access log

    /// Records that `user` did `action` (open, export, import, destroy …) to a family.
    public func logAccess(family: UUID, action: String, user: String, time: Date = Date()) throws(StoreError) {
        do {
            try pool.write { db in
                try db.execute(
                    sql: "INSERT INTO access_log (time, user, family_id, action) VALUES (?, ?, ?, ?)",
                    arguments: [time.timeIntervalSinceReferenceDate, user, family.uuidString, action])
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// Records one `action` for each of `families` in one transaction. On a store opened
    /// only to read (Keukentafel is open on it), the rows go through a brief connection of
    /// their own: SQLite puts them between the running program's writes, so looking at a
    /// family's data is logged even then.
    public func logAccess(families: [UUID], action: String, user: String, time: Date = Date()) throws(StoreError) {
        guard !families.isEmpty else { return }
        func insertAll(_ db: Database) throws {
            for family in families { try Self.insertAccess(db, family: family, action: action, user: user, time: time) }
        }
        do {
            if pool.configuration.readonly {
                var config = Configuration()
                config.busyMode = .timeout(5)
                let queue = try DatabaseQueue(path: databasePath, configuration: config)
                defer { try? queue.close() }
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
                try queue.write(insertAll)
            } else {
                try pool.write(insertAll)
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    static func insertAccess(_ db: Database, family: UUID, action: String, user: String, time: Date) throws {
        try db.execute(
            sql: "INSERT INTO access_log (time, user, family_id, action) VALUES (?, ?, ?, ?)",
            arguments: [time.timeIntervalSinceReferenceDate, user, family.uuidString, action])
    }

    /// The access log as `keukentafel log` shows it, oldest first: with each family's name
    /// while the family is in the store (a destroyed family is only its id), for one family
    /// and from a moment when given.
    public func accessLogLines(family: UUID? = nil, since: Date? = nil) throws(StoreError) -> [AccessLogLine] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let family {
            conditions.append("a.family_id = ?")
            arguments.append(family.uuidString)
        }
        if let since {
            conditions.append("a.time >= ?")
            arguments.append(since.timeIntervalSinceReferenceDate)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        do {
            return try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.time, a.user, a.family_id, a.action, f.name
                        FROM access_log a LEFT JOIN family_index f ON f.family_id = a.family_id
                        \(filter) ORDER BY a.seq
                        """, arguments: StatementArguments(arguments)
                ).compactMap { row in
                    guard let id = UUID(uuidString: row["family_id"]) else { return nil }
                    return AccessLogLine(
                        entry: AccessLogEntry(
                            time: Date(timeIntervalSinceReferenceDate: row["time"]), user: row["user"], familyID: id, action: row["action"]),
                        familyName: row["name"])
                }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// The families the log names, by id, that match `query` as an id or the start of one:
    /// how `log --family` finds a family that has been destroyed.
    public func loggedFamilies(matching query: String) throws(StoreError) -> [UUID] {
        let q = query.lowercased()
        guard !q.isEmpty else { return [] }
        do {
            return try pool.read { db in
                try String.fetchAll(db, sql: "SELECT DISTINCT family_id FROM access_log").filter { $0.lowercased().hasPrefix(q) }
                    .compactMap(UUID.init(uuidString:))
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    public func accessLog() throws(StoreError) -> [AccessLogEntry] {
        do {
            return try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT time, user, family_id, action FROM access_log ORDER BY seq").compactMap { row in
                    guard let id = UUID(uuidString: row["family_id"]) else { return nil }
                    return AccessLogEntry(
                        time: Date(timeIntervalSinceReferenceDate: row["time"]), user: row["user"],
                        familyID: id, action: row["action"])
                }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    // MARK: Destruction

    /// Removes every trace of a family (Jeugdwet right to destruction): its events, index
    /// and search rows, then overwrites freed pages, empties the WAL and vacuums. The
    /// access log keeps only that it happened, by whom and when.
    public func destroy(family: UUID, user: String) throws(StoreError) {
        let id = family.uuidString
        do {
            try pool.write { db in
                try db.execute(sql: "UPDATE destruction_guard SET open = 1 WHERE id = 1")
                try db.execute(sql: "DELETE FROM event WHERE family_id = ?", arguments: [id])
                try db.execute(sql: "UPDATE destruction_guard SET open = 0 WHERE id = 1")
                // FTS5 first: it takes a row's words out of its index by reading them from `text_row`.
                try db.execute(sql: "DELETE FROM texts WHERE family_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM text_row WHERE family_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM member_index WHERE family_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM session_index WHERE family_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM family_index WHERE family_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM sync_family WHERE family_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM fold_snapshot WHERE family_id = ?", arguments: [id])
                try db.execute(
                    sql: "INSERT INTO access_log (time, user, family_id, action) VALUES (?, ?, ?, 'destroy')",
                    arguments: [Date().timeIntervalSinceReferenceDate, user, id])
            }
            try pool.writeWithoutTransaction { db in
                // Merge the search index so deleted terms leave its segments, then rewrite the file.
                try db.execute(sql: "INSERT INTO texts(texts) VALUES ('optimize')")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }
}

/// One line of `keukentafel log`: the entry and the family's name while it is in the store.
public struct AccessLogLine: Equatable, Sendable {
    public var entry: AccessLogEntry
    /// Nil once the family is destroyed: the log keeps only its id.
    public var familyName: String?
}
