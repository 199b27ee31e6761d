import Foundation
import GRDB
import KeukentafelDomain

/// What a search hit is: the family's words, a worker note, or another recorded text.
public enum SearchKind: String, Sendable, CaseIterable {
    case words, note, worker, agreement, goal, scale, option, decision, timeline, instrument, summary
    case family, member, person, contact
}

/// The search index: every text the record holds, as it stands now (corrections replace,
/// retractions and removals take out), folded with the app's one fold so `yilmaz` finds
/// "Yılmaz" and `malgorzata` finds "Małgorzata". It is derived from the log in the same
/// transaction as each append.
enum SearchIndex {
    /// The FTS5 table of v2 to v7: `folded` is what is matched; the rest is carried for the hit.
    static let createTable = """
        CREATE VIRTUAL TABLE texts USING fts5(
            folded, text UNINDEXED, kind UNINDEXED, ref_id UNINDEXED, family_id UNINDEXED,
            session_id UNINDEXED, speaker_id UNINDEXED, time UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        )
        """

    /// v3 to v7: finds a text's FTS rows by what it belongs to. FTS5 cannot index its
    /// UNINDEXED columns, so finding a name set again or an entry corrected by `ref_id`
    /// scanned every recorded text; this plain table, one row per FTS row (same rowid), made
    /// it a lookup. v8 drops it for `text_row`, below.
    static let createKeys =
        "CREATE TABLE text_key (rowid INTEGER PRIMARY KEY, ref_id TEXT NOT NULL, family_id TEXT NOT NULL, kind TEXT NOT NULL)"
    /// Made after the table is filled (faster than keeping it while filling).
    static let createKeyIndex = "CREATE INDEX text_key_by_ref ON text_key(ref_id)"

    /// Since v8 every search row is kept once, here, found by what it belongs to through
    /// `text_row_by_ref`; FTS5 indexes its `folded` column and reads the rest from it. Until
    /// v7 FTS5 kept its own copy of every row and `text_key` a third one of the keys (a
    /// tenth of the store), and each text was four inserts: the key, FTS5's row, its size
    /// and its words. No types, so every value stays exactly as written.
    static let createRows =
        "CREATE TABLE text_row (rowid INTEGER PRIMARY KEY, folded, text, kind, ref_id, family_id, session_id, speaker_id, time)"
    static let createRowIndex = "CREATE INDEX text_row_by_ref ON text_row(ref_id)"
    /// FTS5 over `text_row` (external content): the same columns as `createTable`, so a
    /// search reads the same; no row sizes (`columnsize = 0`), which only ranking reads, and
    /// search orders by recording. FTS5 never writes `text_row`: the writer keeps the two in
    /// step, FTS5 first (it reads a row's old words from `text_row` to take them out).
    static let createIndexOnRows = """
        CREATE VIRTUAL TABLE texts USING fts5(
            folded, text UNINDEXED, kind UNINDEXED, ref_id UNINDEXED, family_id UNINDEXED,
            session_id UNINDEXED, speaker_id UNINDEXED, time UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2', content = 'text_row', content_rowid = 'rowid', columnsize = 0
        )
        """

    /// Keeps the index in step with one event, through the writer that wrote it.
    static func apply(_ event: Event, _ writer: some SearchRowWriter) throws {
        let row = Row(event: event, writer: writer)
        switch event.payload {
        case .familyCreated(let p): try row.add(.family, event.familyID, p.name)
        case .familyRenamed(let p): try row.replace(.family, event.familyID, p.name)
        case .memberAdded(let p): try row.add(.member, p.memberID, p.name)
        case .memberChanged(let p): if let name = p.name { try row.replace(.member, p.memberID, name) }
        case .utteranceRecorded(let p): try row.add(.words, p.entryID, p.text, speaker: p.speaker)
        case .noteRecorded(let p): try row.add(.note, p.entryID, p.text)
        case .workerSaid(let p): try row.add(.worker, p.entryID, p.text)
        case .entryAmended(let p): try row.update([.words, .note, .worker], p.entryID, p.text)
        case .entryRetracted(let p): try row.remove([.words, .note, .worker], p.entryID)
        case .scaleDefined(let p): try row.add(.scale, p.scaleID, p.topic)
        case .goalSet(let p): try row.add(.goal, p.goalID, p.text)
        case .goalChanged(let p): if let text = p.text { try row.update([.goal], p.goalID, text) }
        case .optionAdded(let p): try row.add(.option, p.optionID, ([p.text] + p.pros + p.cons).joined(separator: " · "))
        case .decisionRecorded(let p):
            try row.add(.decision, p.decisionID, ([p.text] + p.decidedBy + [p.disagreement].compactMap { $0 }).joined(separator: " · "))
        case .agreementMade(let p):
            try row.add(.agreement, p.agreementID, [p.who, p.what, p.byWhen].compactMap { $0 }.joined(separator: " · "))
        case .timelineEventAdded(let p): try row.add(.timeline, p.itemID, p.when + " · " + p.text)
        case .instrumentScored(let p): try row.add(.instrument, event.id, p.instrument)
        case .summaryChecked(let p): if let corrections = p.corrections { try row.add(.summary, event.id, corrections) }
        case .genogramPersonSet(let p): try row.replace(.person, p.personID, p.name)
        case .genogramRemoved(let r) where r.kind == .person: try row.remove([.person], r.id)
        case .networkContactSet(let c): try row.replace(.contact, c.contactID, c.name)
        case .networkContactAdded(let c): try row.replace(.contact, c.contactID, c.name)
        case .networkContactRemoved(let r): try row.remove([.contact], r.contactID)
        default: break
        }
    }

    /// Rebuilds the index from the log (a store from before it covered every text), as the
    /// v2 migration did: in the v2 format (FTS5 with its own rows, no `text_key`, which v3
    /// adds; v8 moves the rows to `text_row`).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM texts")
        var reader = EventRowReader()
        let writer = try EventWriter(db, keyed: false)
        try reader.read(try db.makeStatement(sql: "SELECT \(EventStore.eventColumns) FROM event ORDER BY seq")) { _, e in
            try apply(e, writer)
        }
    }

    /// `foldedForMatching(text)`. Most recorded text is plain ASCII, where the fold only
    /// lowers capitals; Foundation's folding of it was a large part of writing an entry.
    /// A test holds the two equal.
    static func folded(_ text: String) -> String {
        var text = text
        let lowered: String? = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            guard utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return "" }
            return String(unsafeUninitializedCapacity: utf8.count) { out in
                for (i, byte) in utf8.enumerated() { out[i] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte }
                return utf8.count
            }
        }
        guard let lowered else { return foldedForMatching(text) }
        return lowered.isEmpty ? text : lowered
    }

    /// The search rows one event writes, through its writer.
    private struct Row<Writer: SearchRowWriter> {
        let event: Event
        let writer: Writer

        func add(_ kind: SearchKind, _ ref: UUID, _ text: String, speaker: UUID? = nil) throws {
            try writer.addText(event, kind, ref, text, speaker: speaker)
        }

        /// A correction of the text; where it was said and when stay as first recorded.
        func update(_ kinds: [SearchKind], _ ref: UUID, _ text: String) throws {
            try writer.updateText(event, kinds, ref, text)
        }

        /// A name set again: the new name only.
        func replace(_ kind: SearchKind, _ ref: UUID, _ text: String) throws {
            try remove([kind], ref)
            try add(kind, ref, text)
        }

        func remove(_ kinds: [SearchKind], _ ref: UUID) throws {
            try writer.removeText(event, kinds, ref)
        }
    }
}

/// What writes the search rows `SearchIndex.apply` decides on: the store's `EventWriter`
/// (and, in the tests, the former GRDB writer kept as the reference).
protocol SearchRowWriter {
    /// Adds a search row for `ref` in the event's family, session and time.
    func addText(_ event: Event, _ kind: SearchKind, _ ref: UUID, _ text: String, speaker: UUID?) throws
    /// Sets a new text on the rows of `ref`; where it was said and when stay as first recorded.
    func updateText(_ event: Event, _ kinds: [SearchKind], _ ref: UUID, _ text: String) throws
    /// Takes out the rows of `ref` in the event's family.
    func removeText(_ event: Event, _ kinds: [SearchKind], _ ref: UUID) throws
}
