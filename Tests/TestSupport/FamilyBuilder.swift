import Foundation
import KeukentafelDomain

/// Builds a fictional family's log by hand, event by event, with repeatable ids and a
/// clock that only moves forward: for caseload and family-over-time tests.
public struct FamilyBuilder {
    public private(set) var events: [Event] = []
    public let family: UUID
    public var clock: Date
    private var ids: SeededIDs

    /// A family named `name`, created at `created`.
    public init(_ name: String, created: Date, seed: UInt64) {
        ids = SeededIDs(seed: seed)
        family = ids.next()
        clock = created
        add(nil, .familyCreated(.init(name: name)))
    }

    public var record: FamilyRecord { FamilyRecord.replay(family, events) }

    public mutating func id() -> UUID { ids.next() }

    /// Appends one event a minute after the previous one.
    public mutating func add(_ session: UUID?, _ payload: EventPayload) {
        events.append(Event(id: ids.next(), familyID: family, sessionID: session, time: clock, author: "test", payload: payload))
        clock = clock.addingTimeInterval(60)
    }

    public mutating func member(_ name: String, _ role: FamilyRole) -> UUID {
        let id = ids.next()
        add(nil, .memberAdded(.init(memberID: id, name: name, role: role)))
        return id
    }

    /// Starts session `number` at `time` (the clock moves there).
    public mutating func session(_ number: Int, at time: Date, present: [UUID] = [], kind: SessionKind = .live) -> UUID {
        clock = max(clock, time)
        let id = ids.next()
        add(id, .sessionStarted(.init(number: number, kind: kind, worker: "test", present: present)))
        return id
    }

    public mutating func end(_ session: UUID) { add(session, .sessionEnded(.init())) }

    public mutating func scale(_ topic: String, _ kind: ScaleKind, in session: UUID? = nil) -> UUID {
        let id = ids.next()
        add(session, .scaleDefined(.init(scaleID: id, topic: topic, kind: kind)))
        return id
    }

    public mutating func value(_ scale: UUID, _ member: UUID, _ value: Int, in session: UUID?) {
        add(session, .scaleValueSet(.init(scaleID: scale, memberID: member, value: value)))
    }

    public mutating func evaluation(_ member: UUID?, _ ratings: [String: Int], in session: UUID?) {
        add(session, .evaluationRecorded(.init(ratings: ratings, memberID: member)))
    }

    /// A Signs of Safety entry in someone's words; returns the entry's id.
    @discardableResult
    public mutating func safety(
        _ column: SafetyColumn, _ words: String, by speaker: UUID, in session: UUID?, perspective: SafetyPerspective = .parents
    ) -> UUID {
        let entry = ids.next()
        add(session, .utteranceRecorded(.init(entryID: entry, speaker: speaker, text: words)))
        add(session, .safetyMapEntry(.init(entryID: entry, column: column, perspective: perspective)))
        return entry
    }

    @discardableResult
    public mutating func goal(_ text: String, owners: [UUID] = [], status: GoalStatus = .open, in session: UUID?) -> UUID {
        let id = ids.next()
        add(session, .goalSet(.init(goalID: id, text: text, sourceEntries: [], owners: owners)))
        if status != .open { add(session, .goalChanged(.init(goalID: id, status: status))) }
        return id
    }

    public mutating func instrument(_ name: String, date: String, _ scores: [String: String], in session: UUID?) {
        add(session, .instrumentScored(.init(instrument: name, date: date, scores: scores)))
    }
}
