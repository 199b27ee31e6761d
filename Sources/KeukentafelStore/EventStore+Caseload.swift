import Foundation
import GRDB
import KeukentafelDomain

extension EventStore {
    /// Every family's record, for the caseload overview, folded in one pass over the log
    /// (one query rather than one per family). The look is written to the access log
    /// first, one line per family, in one transaction: the overview shows each family's
    /// safety worries and ratings (NEN 7513).
    public func openCaseload(user: String, time: Date = Date()) throws(StoreError) -> [FamilyRecord] {
        do {
            try pool.write { db in
                let families = try String.fetchAll(db, sql: "SELECT family_id FROM family_index")
                for family in families {
                    try db.execute(
                        sql: "INSERT INTO access_log (time, user, family_id, action) VALUES (?, ?, ?, ?)",
                        arguments: [time.timeIntervalSinceReferenceDate, user, family, "caseload"])
                }
            }
            return try pool.read { db in
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT seq, id, family_id, session_id, time, author, type, schema_version, payload FROM event ORDER BY seq")
                var records: [UUID: FamilyRecord] = [:]
                var order: [UUID] = []
                while let row = try rows.next() {
                    let event = try Self.event(from: row)
                    if records[event.familyID] == nil { order.append(event.familyID) }
                    records[event.familyID, default: FamilyRecord(familyID: event.familyID)].apply(event)
                }
                return order.compactMap { records[$0] }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }
}
