import Foundation
import Genealogy
import KeukentafelDomain

/// The fictional foster family of issue 14, as a worker types it in quick entry: Peter and
/// Ingrid live together with their daughter Lotte and their foster son Jayden (the index
/// child); Jayden's birth parents Mandy and Rick are divorced, Rick has died.
public enum FosterFamily {
    /// In the order a worker would naturally type them.
    public static let lines = [
        "Jayden, 9, jongen, index", "Ingrid, 44, pleegmoeder van Jayden", "Peter, 46, pleegvader van Jayden",
        "Ingrid, partner van Peter", "Lotte, 12, dochter van Ingrid, dochter van Peter", "Mandy, 31, moeder van Jayden",
        "Rick, vader van Jayden, overleden 2023", "Rick, ex van Mandy", "Ingrid, hecht met Jayden", "Mandy, ruzie met Jayden",
        "Peter, geen contact met Mandy",
    ]

    /// `record` with the lines applied one by one, as the live screen does (none asks).
    public static func entered(into record: FamilyRecord, year: Int = 2026) -> FamilyRecord {
        var record = record
        var ids = SeededIDs(seed: 14 &+ UInt64(record.eventCount))
        for line in lines {
            guard case .success(let outcome) = QuickEntry.interpret(line, record: record, year: year, ids: &ids) else {
                preconditionFailure("quick entry refused: \(line)")
            }
            for p in outcome.payloads { record.apply(Event(familyID: record.familyID, time: Date(), author: "test", payload: p)) }
        }
        return record
    }

    /// The genogram alone.
    public static var genogram: Genogram { entered(into: FamilyRecord(familyID: UUID())).genogram }
}
