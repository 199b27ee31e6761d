import Foundation

/// Gender as a genogram draws it (square, circle, a distinct symbol for the others).
public enum Gender: String, Codable, CaseIterable, Sendable, Hashable {
    case male, female
    case nonBinary = "non-binary"
    case unknown
}

/// The state of a couple (a line style on the genogram).
public enum CoupleStatus: String, Codable, CaseIterable, Sendable, Hashable {
    case married, cohabiting, separated, divorced
    case endedCohabitation = "ended-cohabitation"
    case unknown
}

/// How a child belongs to a couple (solid, dashed, dotted lines).
public enum ChildLinkKind: String, Codable, CaseIterable, Sendable, Hashable {
    case biological, adopted, foster, step
}

/// A person on the genogram, as the family names them.
public struct GenogramPerson: Codable, Equatable, Sendable {
    public var personID: UUID
    public var name: String
    public var gender: Gender
    public var birthYear: Int?
    public var deathYear: Int?
    public var deceased: Bool
    /// The child the help is about (drawn with a double frame).
    public var isIndex: Bool
    /// Which household they live in (free text: "mother's house").
    public var household: String?
    /// The family member this person is, when they are one.
    public var memberID: UUID?

    public init(personID: UUID, name: String, gender: Gender, birthYear: Int? = nil, deathYear: Int? = nil,
                deceased: Bool = false, isIndex: Bool = false, household: String? = nil, memberID: UUID? = nil) {
        self.personID = personID; self.name = name; self.gender = gender; self.birthYear = birthYear
        self.deathYear = deathYear; self.deceased = deceased || deathYear != nil; self.isIndex = isIndex
        self.household = household; self.memberID = memberID
    }
}

/// A couple (one or two partners; an unknown parent is left out).
public struct GenogramCouple: Codable, Equatable, Sendable {
    public var coupleID: UUID
    public var partners: [UUID]
    public var status: CoupleStatus
    public var startYear: Int?
    public var endYear: Int?

    public init(coupleID: UUID, partners: [UUID], status: CoupleStatus, startYear: Int? = nil, endYear: Int? = nil) {
        self.coupleID = coupleID; self.partners = partners; self.status = status; self.startYear = startYear; self.endYear = endYear
    }
}

/// A child of a couple, with the kind of bond.
public struct GenogramChildLink: Codable, Equatable, Sendable {
    public var coupleID: UUID
    public var childID: UUID
    public var kind: ChildLinkKind
    /// Children sharing a twin group are twins (they share a point on the line).
    public var twinGroup: UUID?

    public init(coupleID: UUID, childID: UUID, kind: ChildLinkKind, twinGroup: UUID? = nil) {
        self.coupleID = coupleID; self.childID = childID; self.kind = kind; self.twinGroup = twinGroup
    }
}

/// The genogram part of a family's record.
public struct Genogram: Equatable, Sendable {
    public var persons: [GenogramPerson] = []
    public var couples: [GenogramCouple] = []
    public var childLinks: [GenogramChildLink] = []

    public init() {}

    public func person(_ id: UUID) -> GenogramPerson? { persons.first { $0.personID == id } }

    public mutating func add(_ p: GenogramPerson) {
        if let i = persons.firstIndex(where: { $0.personID == p.personID }) { persons[i] = p } else { persons.append(p) }
    }

    public mutating func add(_ c: GenogramCouple) {
        if let i = couples.firstIndex(where: { $0.coupleID == c.coupleID }) { couples[i] = c } else { couples.append(c) }
    }

    public mutating func add(_ l: GenogramChildLink) {
        guard !childLinks.contains(where: { $0.coupleID == l.coupleID && $0.childID == l.childID }) else { return }
        childLinks.append(l)
    }
}
