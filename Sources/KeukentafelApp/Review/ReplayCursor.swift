import Foundation
import KeukentafelDomain

/// The family's record as it stood at one event of its log, kept in step as review
/// moves: forward by applying the next events, back from the nearest checkpoint, so a
/// step costs a few events rather than a replay of the whole log.
public struct ReplayCursor: Equatable, Sendable {
    public let familyID: UUID
    /// How many events of the log the record holds.
    public private(set) var applied: Int
    public private(set) var record: FamilyRecord
    /// Records after every `spacing` events, filled as the cursor passes them.
    private var checkpoints: [Int: FamilyRecord] = [:]
    static let spacing = 256

    public init(familyID: UUID) {
        self.familyID = familyID
        applied = 0
        record = FamilyRecord(familyID: familyID)
        checkpoints[0] = record
    }

    /// Moves to the record holding the first `count` events of `events`.
    public mutating func move(to count: Int, in events: [Event]) {
        let target = max(0, min(count, events.count))
        if target < applied {
            let base = (target / Self.spacing) * Self.spacing
            // Checkpoints at or below the base exist: every one was passed on the way up.
            applied = base
            record = checkpoints[base] ?? FamilyRecord.replay(familyID, events.prefix(base))
        }
        while applied < target {
            record.apply(events[applied])
            applied += 1
            if applied % Self.spacing == 0, checkpoints[applied] == nil { checkpoints[applied] = record }
        }
    }

    public static func == (a: ReplayCursor, b: ReplayCursor) -> Bool {
        a.familyID == b.familyID && a.applied == b.applied && a.record.eventCount == b.record.eventCount
    }
}
