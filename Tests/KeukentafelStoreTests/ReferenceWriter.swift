import Foundation
import GRDB
import KeukentafelDomain

@testable import KeukentafelStore

/// The store's writer as it was before `EventWriter`: every statement through GRDB's
/// arguments, kept as the reference `WritePathTests` compares the writer with. Which texts
/// are searchable is `SearchIndex.apply`'s one list, shared; how they are written is the
/// former code, verbatim.
enum ReferenceWriter {
    static func insert(_ event: Event, payload: String? = nil, keyed: Bool = true, _ db: Database) throws {
        let payload = try payload ?? String(decoding: event.payload.encodedData(), as: UTF8.self)
        // Cached statements: compiling each INSERT again cost more than running it.
        try db.cachedStatement(
            sql: """
                INSERT INTO event (id, family_id, session_id, time, author, type, schema_version, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            event.id.uuidString, event.familyID.uuidString, event.sessionID?.uuidString,
            event.time.timeIntervalSinceReferenceDate, event.author, event.payload.typeName,
            event.schemaVersion, payload,
        ])
        try index(event, keyed: keyed, db)
    }

    /// Keeps the derived indexes (families, names, sessions, search) in step with the log.
    static func index(_ event: Event, keyed: Bool = true, _ db: Database) throws {
        let family = event.familyID.uuidString
        let time = event.time.timeIntervalSinceReferenceDate
        func run(_ sql: String, _ arguments: StatementArguments) throws { try db.cachedStatement(sql: sql).execute(arguments: arguments) }
        try run(
            """
            INSERT INTO family_index (family_id, name, created, last_time, event_count) VALUES (?, '', NULL, ?, 1)
            ON CONFLICT(family_id) DO UPDATE SET last_time = max(coalesce(last_time, excluded.last_time), excluded.last_time),
                event_count = event_count + 1
            """, [family, time])
        switch event.payload {
        case .familyCreated(let p):
            try run("UPDATE family_index SET name = ?, created = ? WHERE family_id = ?", [p.name, time, family])
        case .familyRenamed(let p):
            try run("UPDATE family_index SET name = ? WHERE family_id = ?", [p.name, family])
        case .memberAdded(let p):
            try run("INSERT OR REPLACE INTO member_index VALUES (?, ?, ?)", [family, p.memberID.uuidString, p.name])
        case .memberChanged(let p):
            if let name = p.name {
                try run("UPDATE member_index SET name = ? WHERE family_id = ? AND member_id = ?", [name, family, p.memberID.uuidString])
            }
        case .sessionStarted(let p):
            if let sid = event.sessionID {
                try run("INSERT OR IGNORE INTO session_index VALUES (?, ?, ?, ?)", [sid.uuidString, family, p.number, time])
            }
        default:
            break
        }
        try searchIndex(event, db, keyed: keyed)
    }

    /// The search rows, as `SearchIndex.apply` decides them (the one list of what is searchable), written through GRDB.
    static func searchIndex(_ event: Event, _ db: Database, keyed: Bool = true) throws {
        try SearchIndex.apply(event, Rows(db: db, keyed: keyed))
    }

    /// The former writes of the search rows, for one event's family, session and time.
    private struct Rows: SearchRowWriter {
        let db: Database
        let keyed: Bool

        func addText(_ event: Event, _ kind: SearchKind, _ ref: UUID, _ text: String, speaker: UUID?) throws {
            let family = event.familyID.uuidString
            var arguments: StatementArguments = [
                SearchIndex.folded(text), text, kind.rawValue, ref.uuidString, family,
                event.sessionID?.uuidString, speaker?.uuidString, event.time.timeIntervalSinceReferenceDate,
            ]
            let columns = "folded, text, kind, ref_id, family_id, session_id, speaker_id, time"
            guard keyed else { return try run("INSERT INTO texts (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", arguments) }
            // The row, then its words into FTS5 under its rowid.
            try run("INSERT INTO text_row (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", arguments)
            arguments = [db.lastInsertedRowID, SearchIndex.folded(text)]
            try run("INSERT INTO texts (rowid, folded) VALUES (?, ?)", arguments)
        }

        /// A correction of the text; where it was said and when stay as first recorded.
        func updateText(_ event: Event, _ kinds: [SearchKind], _ ref: UUID, _ text: String) throws {
            let arguments: StatementArguments = [ref.uuidString, event.familyID.uuidString]
            let folded = SearchIndex.folded(text)
            guard keyed else { return try run("UPDATE texts SET text = ?, folded = ? WHERE \(rows(kinds))", [text, folded] + arguments) }
            // FTS5 first, while `text_row` still holds the words it takes out.
            try run("UPDATE texts SET folded = ? WHERE rowid IN (SELECT rowid FROM text_row WHERE \(rows(kinds)))", [folded] + arguments)
            try run("UPDATE text_row SET text = ?, folded = ? WHERE \(rows(kinds))", [text, folded] + arguments)
        }

        func removeText(_ event: Event, _ kinds: [SearchKind], _ ref: UUID) throws {
            let arguments: StatementArguments = [ref.uuidString, event.familyID.uuidString]
            guard keyed else { return try run("DELETE FROM texts WHERE \(rows(kinds))", arguments) }
            try run("DELETE FROM texts WHERE rowid IN (SELECT rowid FROM text_row WHERE \(rows(kinds)))", arguments)
            try run("DELETE FROM text_row WHERE \(rows(kinds))", arguments)
        }

        /// Runs a statement compiled once per connection (the SQL of this file is a fixed set).
        private func run(_ sql: String, _ arguments: StatementArguments) throws {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        }

        /// The condition for the rows of `ref` in this family (two arguments: ref, family), on
        /// `text_row` (in the v2 format on `texts`).
        private func rows(_ kinds: [SearchKind]) -> String { "ref_id = ? AND family_id = ? AND kind IN (\(list(kinds)))" }

        private func list(_ kinds: [SearchKind]) -> String { kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ") }
    }
}
