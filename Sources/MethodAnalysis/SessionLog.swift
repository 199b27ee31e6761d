import Foundation
import KeukentafelDomain

/// One session within its family's log: what review steps through and analysis reads.
/// The whole log is kept because the record at any moment of the session is the fold of
/// everything before it, earlier sessions included.
public struct SessionLog: Sendable {
    public let familyID: UUID
    public let sessionID: UUID
    /// The family's whole log, in recorded order.
    public let events: [Event]
    /// Where this session's events are in `events`, in order.
    public let positions: [Int]

    /// The session's part of `events`; nil when no event belongs to `sessionID`.
    public init?(events: [Event], sessionID: UUID) {
        let positions = events.indices.filter { events[$0].sessionID == sessionID }
        guard let first = positions.first else { return nil }
        self.familyID = events[first].familyID
        self.sessionID = sessionID
        self.events = events
        self.positions = positions
    }

    /// The session's own events, in recorded order.
    public var sessionEvents: [Event] { positions.map { events[$0] } }

    /// The record just after the session's last event (later sessions left out).
    public func recordAtEnd() -> FamilyRecord {
        FamilyRecord.replay(familyID, events, upToIndex: (positions.last ?? -1) + 1)
    }
}
