import Foundation
import GRDB
import GRDBSQLite
import KeukentafelDomain

/// Writes events and the indexes derived from them (the home list's row, members,
/// sessions, search) for every path that adds to the log: an append, a pull from the team
/// server, an import.
///
/// It binds through SQLite's C API on statements looked up once per writer. Through GRDB
/// every argument became a `DatabaseValue` and each statement was found again by hashing
/// its SQL, which was most of an import's writing. It writes what GRDB wrote, text cut at
/// a NUL as GRDB cuts it included: a test keeps the former writer as the reference and
/// compares every table (for an import, FTS5's by the tokens it holds, see `writeFamily`).
struct EventWriter: SearchRowWriter {
    let db: Database
    /// False only to build a store of the v2 format (FTS5 with rows of its own, no
    /// `text_key` or `text_row`), as tests and the v2 migration do.
    let keyed: Bool
    private let insertEvent: Statement
    private let countEvent: Statement
    /// A search row into `text_row`; nil for the v2 format, which has none.
    private let insertRow: Statement?
    /// A search row into FTS5: its rowid and words (the v2 format: the whole row).
    private let insertText: Statement
    /// While an imported family is written: where its search rows start, and those not
    /// yet in `text_row` (see `writeFamily`).
    private var imported: ImportedTexts?

    /// True for an import into a store that held no events: its indexes by family and by
    /// reference are built after the rows (see `EventStore.dropIndexesForLater`).
    let intoEmptyStore: Bool

    /// Holds the texts bound for one run of a statement (see `BindArena`).
    private let arena = BindArena()

    init(_ db: Database, keyed: Bool = true, intoEmptyStore: Bool = false) throws {
        self.db = db
        self.keyed = keyed
        self.intoEmptyStore = intoEmptyStore
        insertEvent = try db.cachedStatement(
            sql: """
                INSERT INTO event (\(Self.eventColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        countEvent = try db.cachedStatement(
            sql: """
                INSERT INTO family_index (family_id, name, created, last_time, event_count) VALUES (?, '', NULL, ?, 1)
                ON CONFLICT(family_id) DO UPDATE SET last_time = max(coalesce(last_time, excluded.last_time), excluded.last_time),
                    event_count = event_count + 1
                """)
        let columns = Self.textColumns
        insertRow = keyed ? try db.cachedStatement(sql: "INSERT INTO text_row (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") : nil
        insertText = try db.cachedStatement(
            sql: keyed
                ? "INSERT INTO texts (rowid, folded) VALUES (?, ?)" : "INSERT INTO texts (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    }

    // MARK: Events

    /// Appends one event and its index rows. `payload` is the payload's JSON when the caller
    /// has it already (an import or a pull checked it), else it is encoded here.
    func write(_ event: Event, payload: String? = nil) throws {
        if let payload {
            try writeEvent(event) { $0.text(8, payload) }
        } else {
            let json = try event.payload.encodedData()
            try writeEvent(event) { $0.text(8, json) }
        }
        try countInFamilyRow(event)
        try index(event)
    }

    /// Counts the event in its family's home-list row (made when it is the first).
    private func countInFamilyRow(_ event: Event) throws {
        try run(countEvent) { b in
            b.id(1, event.familyID)
            b.double(2, event.time.timeIntervalSinceReferenceDate)
        }
    }

    /// Writes one family's checked export: its events, each payload as the file held it,
    /// and the home list's row once for the family instead of once per event. The caller
    /// has made sure the family has no events here yet.
    func writeFamily(_ family: UUID, _ events: [Event], payloads: [Data]) throws {
        // A row left without events (none is, normally) is counted on event by event, as an append would.
        let rowExists =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM family_index WHERE family_id = ?)", arguments: [family.uuidString]) ?? false
        var summary = FamilyRow()
        // The family's search rows go into FTS5 once, with their last text, when the family
        // is written: FTS5 writes what it holds in memory as a new segment whenever a row
        // before its last one changes, so every correction and retraction (and every name set
        // again) of the family meant a segment, and merging them later.
        var writer = self
        if keyed {
            writer.imported = ImportedTexts(above: try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM text_row") ?? 0)
        }
        try writer.writeEvents(events, payloads: payloads, rowExists: rowExists, summary: &summary)
        try writer.indexImportedTexts()
        guard !rowExists, let lastTime = summary.lastTime else { return }
        try run(
            try db.cachedStatement(
                sql: "INSERT INTO family_index (family_id, name, created, last_time, event_count) VALUES (?, ?, ?, ?, ?)")
        ) { b in
            b.id(1, family)
            b.text(2, summary.name)
            b.double(3, summary.created)
            b.double(4, lastTime)
            b.int(5, summary.events)
        }
    }

    /// The family's events and their index rows, in order (see `writeFamily`).
    private func writeEvents(_ events: [Event], payloads: [Data], rowExists: Bool, summary: inout FamilyRow) throws {
        // Found once per batch size, not per batch: finding a statement hashes its SQL.
        var batch: (size: Int, statement: Statement)?
        var start = events.startIndex
        while start < events.endIndex {
            // The rows of a few events at a time, then theirs in the indexes.
            let end = min(events.endIndex, start + Self.eventBatch)
            let size = end - start
            let statement =
                try batch.flatMap { $0.size == size ? $0.statement : nil } ?? db.cachedStatement(sql: Self.insertEvents(size))
            batch = (size, statement)
            try writeEventRows(events[start..<end], payloads[start..<end], by: statement)
            for event in events[start..<end] {
                if rowExists {
                    try countInFamilyRow(event)
                } else {
                    summary.count(event)
                }
                try index(event, familyRowWritten: rowExists)
            }
            start = end
        }
    }

    /// Events written by one statement in an import: a statement's run has a cost of its
    /// own (for `event`, reading and writing its `sqlite_sequence` row among it), a tenth of
    /// the writing when each event had its own.
    private static let eventBatch = 32

    /// The statement writing `count` events' rows (`insertRows`).
    private static func insertEvents(_ count: Int) -> String { insertRows(into: "event", eventColumns, count: count) }

    /// An insert of `count` rows of the eight `columns` into `table`, for an import. `OR
    /// FAIL`: a failing row (an id already here) ends the import's transaction anyway, so
    /// SQLite need not keep a journal to undo the statement's earlier rows, which it wrote
    /// to a file once it passed 64 KB (five times the writes).
    private static func insertRows(into table: String, _ columns: String, count: Int) -> String {
        let row = "(" + Array(repeating: "?", count: 8).joined(separator: ", ") + ")"
        return "INSERT OR FAIL INTO \(table) (\(columns)) VALUES " + Array(repeating: row, count: count).joined(separator: ", ")
    }

    /// The rows of consecutive events, in order, by one run of `statement` (`insertEvents`).
    private func writeEventRows(_ events: ArraySlice<Event>, _ payloads: ArraySlice<Data>, by statement: Statement) throws {
        try run(statement) { b in
            for (n, (event, payload)) in zip(events, payloads).enumerated() {
                let first = Int32(n * 8)
                bind(event, b, from: first)
                b.text(first + 8, payload)
            }
        }
    }

    /// Puts the imported family's search rows into FTS5, in rowid order, with their last
    /// words (read back from `text_row`, where corrections and removals have left them).
    /// One insert a row: FTS5 writes what it holds in memory out as a segment whenever a
    /// statement may need undoing part-way, which one of several rows may; an
    /// `INSERT … SELECT` per family took a fifth more instructions, 32 rows to a statement
    /// three times as many.
    private func indexImportedTexts() throws {
        guard let imported else { return }
        try writeQueuedTexts()
        for row in try wordsAbove(imported.above) {
            try run(insertText) { b in
                b.int64(1, row.rowid)
                row.folded.withUnsafeBytes { b.text(2, bytes: $0) }
            }
        }
    }

    /// The rowid and folded words of every search row above `rowid`, in order.
    private func wordsAbove(_ rowid: Int64) throws -> [(rowid: Int64, folded: [UInt8])] {
        let statement = try db.cachedStatement(sql: "SELECT rowid, folded FROM text_row WHERE rowid > ? ORDER BY rowid")
        let raw = statement.sqliteStatement
        defer { done(raw) }
        sqlite3_bind_int64(raw, 1, rowid)
        var rows: [(rowid: Int64, folded: [UInt8])] = []
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw failure(code, statement) }
            let folded = sqlite3_column_text(raw, 1).map { Array(UnsafeBufferPointer(start: $0, count: Int(sqlite3_column_bytes(raw, 1)))) }
            rows.append((sqlite3_column_int64(raw, 0), folded ?? []))
        }
    }

    /// An imported family's search rows, while it is written (see `writeFamily`).
    private final class ImportedTexts {
        /// The highest rowid in `text_row` before the family: the rows above it are the
        /// family's, none of them in FTS5 yet. It has none below: it had no events here.
        let above: Int64
        /// Rows for `text_row` not written yet: they go in `textBatch` at a time.
        var queued: [TextRow] = []
        /// The statement writing `textBatch` rows (found once: finding it hashes its SQL).
        var batch: Statement?

        init(above: Int64) { self.above = above }
    }

    /// Search rows written into `text_row` by one statement in an import: a statement's
    /// run has a cost of its own, a third of the row's when each row had its own.
    private static let textBatch = 32

    /// The statement writing `count` search rows (`insertRows`).
    private static func insertTexts(_ count: Int) -> String { insertRows(into: "text_row", textColumns, count: count) }

    /// Writes the imported family's queued search rows into `text_row`, in order, so SQLite
    /// gives them the rowids single inserts would have had.
    private func writeQueuedTexts() throws {
        guard let imported, !imported.queued.isEmpty else { return }
        let rows = imported.queued
        imported.queued.removeAll(keepingCapacity: true)
        let statement: Statement
        if rows.count == Self.textBatch, let batch = imported.batch {
            statement = batch
        } else {
            statement = try db.cachedStatement(sql: Self.insertTexts(rows.count))
            if rows.count == Self.textBatch { imported.batch = statement }
        }
        try run(statement) { b in
            for (n, row) in rows.enumerated() { bind(row, b, from: Int32(n * 8)) }
        }
    }

    /// One search row, as `SearchIndex.createRows` lists its columns.
    private struct TextRow {
        var folded: String
        var text: String
        var kind: SearchKind
        var ref: UUID
        var family: UUID
        var session: UUID?
        var speaker: UUID?
        var time: Double
    }

    /// Puts a search row's words into FTS5; `rowid` is its row's in `text_row` (nil in the
    /// v2 format, where FTS5 keeps the whole row).
    private func putText(_ row: TextRow, rowid: Int64?) throws {
        guard let rowid else { return try run(insertText) { bind(row, $0) } }
        try run(insertText) { b in
            b.int64(1, rowid)
            b.text(2, row.folded)
        }
    }

    /// Binds a search row's columns as parameters `from + 1…from + 8`, in
    /// `SearchIndex.createRows`'s order.
    private func bind(_ row: TextRow, _ b: Binder, from first: Int32 = 0) {
        b.text(first + 1, row.folded)
        b.text(first + 2, row.text)
        b.text(first + 3, row.kind.rawValue)
        b.id(first + 4, row.ref)
        b.id(first + 5, row.family)
        b.id(first + 6, row.session)
        b.id(first + 7, row.speaker)
        b.double(first + 8, row.time)
    }

    /// The columns of `text_row` a write gives, in the order bound.
    private static let textColumns = "folded, text, kind, ref_id, family_id, session_id, speaker_id, time"

    /// The home list's row of a family written whole, as the per-event updates would leave it.
    private struct FamilyRow {
        var name = ""
        var created: Double?
        var lastTime: Double?
        var events = 0

        mutating func count(_ event: Event) {
            let time = event.time.timeIntervalSinceReferenceDate
            lastTime = max(lastTime ?? time, time)
            events += 1
            switch event.payload {
            case .familyCreated(let p):
                name = p.name
                created = time
            case .familyRenamed(let p): name = p.name
            default: break
            }
        }
    }

    /// Writes the event's row; `payload` binds its JSON (parameter 8), which an encoder
    /// wrote, so it is UTF-8 as it stands.
    private func writeEvent(_ event: Event, payload: (Binder) -> Void) throws {
        try run(insertEvent) { b in
            bind(event, b, from: 0)
            payload(b)
        }
    }

    /// Binds an event's columns but its payload as parameters `from + 1…from + 7`.
    private func bind(_ event: Event, _ b: Binder, from first: Int32) {
        b.id(first + 1, event.id)
        b.id(first + 2, event.familyID)
        b.id(first + 3, event.sessionID)
        b.double(first + 4, event.time.timeIntervalSinceReferenceDate)
        b.text(first + 5, event.author)
        b.text(first + 6, event.payload.typeName)
        b.int(first + 7, event.schemaVersion)
    }

    /// The columns of `event` a write gives, in the order bound.
    private static let eventColumns = "id, family_id, session_id, time, author, type, schema_version, payload"

    /// Keeps the derived indexes (names, sessions, search) in step with one event; the
    /// family's row is counted by the caller.
    private func index(_ event: Event, familyRowWritten: Bool = true) throws {
        let family = event.familyID
        let time = event.time.timeIntervalSinceReferenceDate
        switch event.payload {
        case .familyCreated(let p) where familyRowWritten:
            try run("UPDATE family_index SET name = ?, created = ? WHERE family_id = ?") { b in
                b.text(1, p.name)
                b.double(2, time)
                b.id(3, family)
            }
        case .familyRenamed(let p) where familyRowWritten:
            try run("UPDATE family_index SET name = ? WHERE family_id = ?") { b in
                b.text(1, p.name)
                b.id(2, family)
            }
        case .memberAdded(let p):
            try run("INSERT OR REPLACE INTO member_index VALUES (?, ?, ?)") { b in
                b.id(1, family)
                b.id(2, p.memberID)
                b.text(3, p.name)
            }
        case .memberChanged(let p):
            if let name = p.name {
                try run("UPDATE member_index SET name = ? WHERE family_id = ? AND member_id = ?") { b in
                    b.text(1, name)
                    b.id(2, family)
                    b.id(3, p.memberID)
                }
            }
        case .sessionStarted(let p):
            if let session = event.sessionID {
                try run("INSERT OR IGNORE INTO session_index VALUES (?, ?, ?, ?)") { b in
                    b.id(1, session)
                    b.id(2, family)
                    b.int(3, p.number)
                    b.double(4, time)
                }
            }
        default:
            break
        }
        try SearchIndex.apply(event, self)
    }

    // MARK: Search rows (SearchIndex decides which)

    /// Adds a search row: into `text_row`, then its words into FTS5 under the same rowid.
    func addText(_ event: Event, _ kind: SearchKind, _ ref: UUID, _ text: String, speaker: UUID?) throws {
        let row = TextRow(
            folded: SearchIndex.folded(text), text: text, kind: kind, ref: ref, family: event.familyID, session: event.sessionID,
            speaker: speaker, time: event.time.timeIntervalSinceReferenceDate)
        guard let insertRow else { return try putText(row, rowid: nil) }
        if let imported {
            imported.queued.append(row)
            if imported.queued.count == Self.textBatch { try writeQueuedTexts() }
            return
        }
        try run(insertRow) { bind(row, $0) }
        try putText(row, rowid: sqlite3_last_insert_rowid(db.sqliteConnection))
    }

    /// A correction of a text; where it was said and when stay as first recorded.
    func updateText(_ event: Event, _ kinds: [SearchKind], _ ref: UUID, _ text: String) throws {
        let folded = SearchIndex.folded(text)
        guard keyed else {
            return try run("UPDATE texts SET text = ?, folded = ? WHERE \(Self.rows(kinds))") { b in
                b.text(1, text)
                b.text(2, folded)
                b.id(3, ref)
                b.id(4, event.familyID)
            }
        }
        if let imported {
            // Not in FTS5 yet: they go in with their last words (see `indexImportedTexts`).
            for rowid in try importedRows(imported, event, kinds, ref) {
                try run("UPDATE text_row SET text = ?, folded = ? WHERE rowid = ?") { b in
                    b.text(1, text)
                    b.text(2, folded)
                    b.int64(3, rowid)
                }
            }
            return
        }
        // FTS5 first, while `text_row` still holds the words it takes out.
        try run("UPDATE texts SET folded = ? WHERE rowid IN (SELECT rowid FROM text_row WHERE \(Self.rows(kinds)))") { b in
            b.text(1, folded)
            b.id(2, ref)
            b.id(3, event.familyID)
        }
        try run("UPDATE text_row SET text = ?, folded = ? WHERE \(Self.rows(kinds))") { b in
            b.text(1, text)
            b.text(2, folded)
            b.id(3, ref)
            b.id(4, event.familyID)
        }
    }

    /// Takes out the search rows of `ref` in the event's family.
    func removeText(_ event: Event, _ kinds: [SearchKind], _ ref: UUID) throws {
        func bind(_ b: Binder) {
            b.id(1, ref)
            b.id(2, event.familyID)
        }
        guard keyed else { return try run("DELETE FROM texts WHERE \(Self.rows(kinds))", bind) }
        if let imported {
            // Not in FTS5 yet, and now never (see `indexImportedTexts`).
            for rowid in try importedRows(imported, event, kinds, ref) {
                try run("DELETE FROM text_row WHERE rowid = ?") { $0.int64(1, rowid) }
            }
            return
        }
        // FTS5 first, while `text_row` still holds the words it takes out.
        try run("DELETE FROM texts WHERE rowid IN (SELECT rowid FROM text_row WHERE \(Self.rows(kinds)))", bind)
        try run("DELETE FROM text_row WHERE \(Self.rows(kinds))", bind)
    }

    /// The rowids of the search rows of `ref` in an imported family, in order: among the
    /// family's own rows (those above `imported.above`), written first if still queued.
    /// Found by rowid as well, so the lookup needs no `text_row_by_ref`, which an import
    /// into an empty store builds after the rows.
    private func importedRows(_ imported: ImportedTexts, _ event: Event, _ kinds: [SearchKind], _ ref: UUID) throws -> [Int64] {
        try writeQueuedTexts()
        let statement = try db.cachedStatement(
            sql: "SELECT rowid FROM text_row WHERE rowid > ? AND \(Self.rows(kinds)) ORDER BY rowid")
        let raw = statement.sqliteStatement
        defer { done(raw) }
        let b = Binder(raw: raw, arena: arena)
        b.int64(1, imported.above)
        b.id(2, ref)
        b.id(3, event.familyID)
        var found: [Int64] = []
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return found }
            guard code == SQLITE_ROW else { throw failure(code, statement) }
            found.append(sqlite3_column_int64(raw, 0))
        }
    }

    /// The condition for the search rows of `ref` in a family (two parameters: ref, family),
    /// on `text_row` (in the v2 format on `texts`).
    private static func rows(_ kinds: [SearchKind]) -> String { "ref_id = ? AND family_id = ? AND kind IN (\(list(kinds)))" }

    /// The kinds as an SQL list (names of this program, never input).
    private static func list(_ kinds: [SearchKind]) -> String { kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ") }

    // MARK: Running

    /// Runs a statement of this file, compiled once per connection (its SQL is a fixed set).
    private func run(_ sql: String, _ bind: (Binder) -> Void) throws {
        try run(try db.cachedStatement(sql: sql), bind)
    }

    /// Binds the parameters and runs the statement once.
    private func run(_ statement: Statement, _ bind: (Binder) -> Void) throws {
        let raw = statement.sqliteStatement
        defer { done(raw) }
        bind(Binder(raw: raw, arena: arena))
        let code = sqlite3_step(raw)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code, statement) }
    }

    /// Ends a run: no binding may point into the arena once it is reused.
    private func done(_ raw: OpaquePointer) {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
        arena.reset()
    }

    /// SQLite's error for a failed step, as GRDB reports it.
    private func failure(_ code: Int32, _ statement: Statement) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }

    /// Binds one statement's parameters (numbered from 1), as GRDB binds them. Text is
    /// copied into the writer's arena and bound there without SQLite copying it again
    /// (`SQLITE_STATIC`): SQLite's copy was a `malloc` and `free` per text, about a tenth
    /// of an import's writing.
    struct Binder {
        let raw: OpaquePointer
        let arena: BindArena

        /// Text up to its first NUL, if any: GRDB binds a `String` as a C string.
        func text(_ index: Int32, _ value: String) {
            var value = value
            value.withUTF8 { text(index, bytes: UnsafeRawBufferPointer($0)) }
        }

        /// UTF-8 text (JSON an encoder wrote), up to its first NUL, if any.
        func text(_ index: Int32, _ utf8: Data) {
            utf8.withUnsafeBytes { text(index, bytes: $0) }
        }

        func text(_ index: Int32, bytes: UnsafeRawBufferPointer) {
            var count = bytes.count
            if let start = bytes.baseAddress, let nul = memchr(start, 0, bytes.count) { count = start.distance(to: UnsafeRawPointer(nul)) }
            // An empty text too gets a place of its own: a nil pointer would bind NULL.
            let place = arena.copy(UnsafeRawBufferPointer(rebasing: bytes[..<count]))
            sqlite3_bind_text(raw, index, place.assumingMemoryBound(to: CChar.self), Int32(count), nil)
        }

        /// An id as `uuidString` writes it; NULL for none.
        func id(_ index: Int32, _ id: UUID?) {
            guard let id else { return null(index) }
            let place = arena.place(36)
            id.writeText(to: place)
            sqlite3_bind_text(raw, index, UnsafePointer(place.assumingMemoryBound(to: CChar.self)), 36, nil)
        }

        func double(_ index: Int32, _ value: Double?) {
            guard let value else { return null(index) }
            sqlite3_bind_double(raw, index, value)
        }

        func int(_ index: Int32, _ value: Int) { sqlite3_bind_int64(raw, index, Int64(value)) }
        func int64(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(raw, index, value) }
        func null(_ index: Int32) { sqlite3_bind_null(raw, index) }
    }
}

/// Memory for the texts bound in one run of a statement, which SQLite reads in place until
/// the run ends (`EventWriter.done` resets the statement, clears its bindings, then this).
/// Blocks are kept for the next run; a text larger than a block gets one of its own.
/// Its state is only ever touched by the one writer's thread, in calls that do not overlap,
/// so Swift's run-time exclusivity checks (twice the cost of the arena's own work) are left out.
final class BindArena {
    private static let blockSize = 64 << 10
    @exclusivity(unchecked) private var blocks: [UnsafeMutableRawPointer] = []
    /// Bytes used of the current block (`blocks[current]`).
    @exclusivity(unchecked) private var used = 0
    @exclusivity(unchecked) private var current = -1
    /// Texts larger than a block, freed at the end of the run.
    @exclusivity(unchecked) private var large: [UnsafeMutableRawPointer] = []

    /// `count` bytes to write, valid until `reset`; inside a block even when `count` is 0.
    func place(_ count: Int) -> UnsafeMutableRawPointer {
        if count > Self.blockSize {
            let block = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 8)
            large.append(block)
            return block
        }
        if current < 0 || used + max(count, 1) > Self.blockSize {
            current += 1
            if current == blocks.count { blocks.append(.allocate(byteCount: Self.blockSize, alignment: 8)) }
            used = 0
        }
        defer { used += count }
        return blocks[current] + used
    }

    /// A copy of `bytes`, valid until `reset`.
    func copy(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawPointer {
        let place = place(bytes.count)
        if let start = bytes.baseAddress, bytes.count > 0 { place.copyMemory(from: start, byteCount: bytes.count) }
        return UnsafeRawPointer(place)
    }

    /// Ends a run: its texts' places may be written again.
    func reset() {
        current = -1
        used = 0
        for block in large { block.deallocate() }
        large.removeAll(keepingCapacity: true)
    }

    deinit {
        for block in blocks + large { block.deallocate() }
    }
}
