import Foundation
import GRDB

/// An import into a store without events builds two of its indexes after the rows.
///
/// `event_by_family` and `text_row_by_ref` take every row's key, and an import's keys
/// arrive in no order (a family's id, an entry's id), so keeping them up to date row by row
/// sent each insert to a random place of a growing index: a third of SQLite's work for a
/// caseload. Built once at the end, from the rows, they cost a fraction of that. Only for a
/// store without events: then the whole index is the import's own, and nothing of the import
/// needs them meanwhile (no family can be here already, and the writer finds a family's own
/// search rows by their rowids). Inside the import's transaction, so a crash or a failure
/// leaves the store with its indexes as they were. The event ids' own index (`UNIQUE`) is
/// part of the table and stays: a repeated id still ends the import at its row.
extension EventStore {
    /// The indexes built after the rows (see above).
    static let lateIndexes = ["event_by_family", "text_row_by_ref"]

    /// When the store holds no events: drops the indexes built later and returns the SQL
    /// that builds them again, exactly as the store defined them. Nil otherwise.
    static func dropIndexesForLater(_ db: Database) throws -> [String]? {
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM event)") == true else { return nil }
        let list = lateIndexes.map { "'\($0)'" }.joined(separator: ", ")
        let definitions = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN (\(list)) ORDER BY name")
        guard definitions.count == lateIndexes.count else { return nil }
        for name in lateIndexes { try db.execute(sql: "DROP INDEX \(name)") }
        return definitions
    }

    /// Builds the indexes `dropIndexesForLater` dropped, from the rows now written.
    static func buildIndexes(_ definitions: [String], _ db: Database) throws {
        for sql in definitions { try db.execute(sql: sql) }
    }
}
