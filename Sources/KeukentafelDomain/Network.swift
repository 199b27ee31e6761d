import Foundation

/// How close a contact stands on the network map: the inner, middle or outer ring.
public enum NetworkRing: String, Codable, CaseIterable, Sendable, Hashable {
    case close, middle, far
}

/// The kind of support a tie gives.
public enum SupportKind: String, Codable, CaseIterable, Sendable, Hashable {
    case practical, company, advice, emotional
}

/// The four questions that weigh a tie: does this person respond when asked for help,
/// give real help, can the family reach them, and can they count on them?
public enum NetworkAssessment: String, Codable, CaseIterable, Sendable, Hashable {
    case responds
    case realHelp = "real-help"
    case accessible, reliable
}

/// A person or organisation in the family's network, as the family places them.
public struct NetworkContact: Codable, Equatable, Sendable {
    /// The sectors a map starts with; a family's own list replaces them (`networkSectorsSet`).
    public static let defaultSectors = ["family", "friends", "school", "professionals", "leisure"]

    public var contactID: UUID
    public var name: String
    /// One of the family's sectors (a default key such as `school`, or their own word).
    public var sector: String
    public var ring: NetworkRing
    public var support: [SupportKind]
    /// Answers to the four assessment questions, by `NetworkAssessment` raw value; absent is not asked yet.
    public var assessment: [String: Bool]
    /// The tie costs the family more than it gives.
    public var stressful: Bool
    /// Support runs one way only (the family gives or only receives).
    public var oneWay: Bool
    /// Goals this contact can help with.
    public var goalIDs: [UUID]
    public var note: String?

    public init(
        contactID: UUID, name: String, sector: String, ring: NetworkRing, support: [SupportKind] = [],
        assessment: [String: Bool] = [:], stressful: Bool = false, oneWay: Bool = false,
        goalIDs: [UUID] = [], note: String? = nil
    ) {
        self.contactID = contactID
        self.name = name
        self.sector = sector
        self.ring = ring
        self.support = support
        self.assessment = assessment
        self.stressful = stressful
        self.oneWay = oneWay
        self.goalIDs = goalIDs
        self.note = note
    }

    public func answer(_ question: NetworkAssessment) -> Bool? { assessment[question.rawValue] }
}

/// A family's own sectors for the network map, in drawing order.
public struct NetworkSectors: Codable, Equatable, Sendable {
    public var sectors: [String]
    public init(sectors: [String]) { self.sectors = sectors }
}

/// A contact taken off the map as a correction.
public struct NetworkContactRemoved: Codable, Equatable, Sendable {
    public var contactID: UUID
    public init(contactID: UUID) { self.contactID = contactID }
}
