import Foundation
import GRDB
import KeukentafelDomain

extension EventStore {
    /// The kinds of event the caseload overview reads, besides the words on a safety map.
    static let caseloadKinds = [
        "familyCreated", "familyRenamed", "memberAdded", "memberChanged", "sessionStarted", "scaleDefined", "scaleValueSet",
        "evaluationRecorded", "safetyMapEntry", "entryAmended", "entryRetracted",
    ]
    /// The kinds that record words; only those on a safety map are read.
    static let wordKinds = ["utteranceRecorded", "workerSaid", "noteRecorded"]

    /// Every family's record as far as the caseload overview reads it: name, members,
    /// sessions, scales, evaluations, and the Signs of Safety map with the words on it
    /// (corrections and retractions included). The family's other words, notes, plans
    /// and drawings are not read, so these are not whole records: decoding every event
    /// is what makes reading whole logs slow, and the words are most of them.
    ///
    /// The look is written to the access log first, one line per family, in one
    /// transaction: the overview shows each family's safety worries and ratings (NEN 7513).
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
            let events = try pool.read { db in try Self.caseloadEvents(db) }
            var records: [FamilyRecord] = []
            var index: [UUID: Int] = [:]
            for (_, event) in events {
                let at = index[event.familyID] ?? records.count
                if at == records.count {
                    index[event.familyID] = at
                    records.append(FamilyRecord(familyID: event.familyID))
                }
                records[at].apply(event)
            }
            return records
        } catch {
            throw Self.map(error, path: databasePath)
        }
    }

    /// The caseload's events in log order: its kinds, then the words on safety maps. Those
    /// words are looked for in sessions with a safety map first (the live screen records
    /// them together), picked out by their entry id before decoding, and only what is
    /// still missing in the whole family.
    static func caseloadEvents(_ db: Database) throws -> [(Int64, Event)] {
        let columns = eventColumns
        var events = try fetch(db, "SELECT \(columns) FROM event WHERE type IN (\(quoted(caseloadKinds)))")
        var wanted: [UUID: UUID] = [:]
        for (_, event) in events {
            if case .safetyMapEntry(let entry) = event.payload { wanted[entry.entryID] = event.familyID }
        }
        func keepWanted(_ found: [(Int64, Event)]) {
            for (seq, event) in found {
                guard let id = event.payload.wordsEntryID, wanted[id] == event.familyID else { continue }
                events.append((seq, event))
                wanted[id] = nil
            }
        }
        guard !wanted.isEmpty else { return events.sorted { $0.0 < $1.0 } }
        keepWanted(
            try fetch(
                db,
                """
                SELECT \(columns) FROM event WHERE type IN (\(quoted(wordKinds)))
                AND session_id IN (SELECT session_id FROM event WHERE type = 'safetyMapEntry')
                AND json_extract(payload, '$.entryID') IN (
                    SELECT json_extract(payload, '$.entryID') FROM event WHERE type = 'safetyMapEntry')
                ORDER BY seq
                """))
        // Words recorded elsewhere (an imported or older log): every word of the families concerned.
        for family in Set(wanted.values).sorted(by: { $0.uuidString < $1.uuidString }) {
            keepWanted(
                try fetch(
                    db, "SELECT \(columns) FROM event WHERE family_id = ? AND type IN (\(quoted(wordKinds))) ORDER BY seq",
                    [family.uuidString]))
        }
        return events.sorted { $0.0 < $1.0 }
    }

    private static func fetch(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> [(Int64, Event)] {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        var reader = EventRowReader()
        var out: [(Int64, Event)] = []
        try reader.read(statement) { seq, event in out.append((seq, event)) }
        return out
    }

    /// The kind names as an SQL `IN (…)` list (constants of this file, never input).
    private static func quoted(_ values: [String]) -> String {
        values.map { "'\($0)'" }.joined(separator: ", ")
    }
}

extension EventPayload {
    /// The entry a record of words makes.
    fileprivate var wordsEntryID: UUID? {
        switch self {
        case .utteranceRecorded(let p): p.entryID
        case .workerSaid(let p): p.entryID
        case .noteRecorded(let p): p.entryID
        default: nil
        }
    }
}
