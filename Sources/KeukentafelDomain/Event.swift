import Foundation

/// One immutable fact in a family's record. Corrections are new events; nothing is
/// ever changed in place.
public struct Event: Equatable, Sendable, Identifiable {
    public var id: UUID
    public var familyID: UUID
    public var sessionID: UUID?
    public var time: Date
    /// Who recorded it: the worker, or a supervisor for annotations.
    public var author: String
    /// The version of the payload's shape when it was written (see `EventUpcaster`).
    public var schemaVersion: Int
    public var payload: EventPayload

    public static let currentSchemaVersion = 1

    public init(
        id: UUID = UUID(), familyID: UUID, sessionID: UUID? = nil, time: Date, author: String,
        schemaVersion: Int = Event.currentSchemaVersion, payload: EventPayload
    ) {
        self.id = id
        self.familyID = familyID
        self.sessionID = sessionID
        self.time = time
        self.author = author
        self.schemaVersion = schemaVersion
        self.payload = payload
    }
}

/// Tags a worker puts on the family's words (one key each on the live screen).
public enum Tag: String, Codable, CaseIterable, Sendable, Hashable {
    case exception, goal, strength, worry
    case miracleSign = "miracle-sign"
    case coping, agreement
    case complimentGiven = "compliment-given"
}

/// The role of a family member in the case file.
public enum FamilyRole: String, Codable, CaseIterable, Sendable, Hashable {
    case parent, carer, child, adolescent, other
}

/// A session at the kitchen table, or a role-play in training.
public enum SessionKind: String, Codable, Sendable, Hashable { case live, practice }

/// What a scale measures.
public enum ScaleKind: String, Codable, CaseIterable, Sendable, Hashable {
    /// 10 = the heaviest the trouble can be.
    case burden
    /// Progress: 10 = the goal is reached.
    case goal
    /// 10 = safe enough to close the case.
    case safety
    /// 10 = fully confident it will work.
    case confidence
    /// 10 = wants to do everything for it.
    case motivation
    case other
}

/// Columns and perspectives of the Signs of Safety map.
public enum SafetyColumn: String, Codable, CaseIterable, Sendable, Hashable {
    case worries
    case goingWell = "going-well"
    case needsToHappen = "needs-to-happen"
}
public enum SafetyPerspective: String, Codable, CaseIterable, Sendable, Hashable {
    case parents, children, network, professionals
}

/// Where a goal stands.
public enum GoalStatus: String, Codable, Sendable, Hashable { case open, achieved, dropped }

/// What an answer (an entry of the family's words) belongs to.
public enum AnswerTarget: Codable, Equatable, Sendable, Hashable {
    /// A competence follow-up to a scale.
    case scale(UUID)
    case goal(UUID)
    /// A question of a technique, by prompt id (`own-strength-tried`, `network-who-cares`, `drieluik-wish` …).
    case prompt(String)
}
