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

/// What a genogram symbol stands for: a person, or a pregnancy or miscarriage the family names.
public enum PersonKind: String, Codable, CaseIterable, Sendable, Hashable {
    case person, pregnancy, miscarriage
}

/// An emotional relation between two people (McGoldrick's relationship lines).
public enum EmotionalBond: String, Codable, CaseIterable, Sendable, Hashable {
    case close
    /// Very close, fused.
    case fused
    case distant, conflict, hostile
    case cutOff = "cut-off"
    /// A cut-off that has been repaired.
    case repaired
    case abuseConcern = "abuse-concern"
    case neglectConcern = "neglect-concern"
}

/// An emotional relation drawn between two people; `from` matters for concerns (who towards whom).
public struct GenogramBond: Codable, Equatable, Sendable {
    public var bondID: UUID
    public var from: UUID
    public var to: UUID
    public var kind: EmotionalBond

    public init(bondID: UUID, from: UUID, to: UUID, kind: EmotionalBond) {
        self.bondID = bondID
        self.from = from
        self.to = to
        self.kind = kind
    }
}

/// A correction that takes something off the genogram (the event stays in the record).
public struct GenogramRemoval: Codable, Equatable, Sendable {
    /// What is removed.
    public enum Kind: String, Codable, Sendable { case person, couple, childLink, bond }
    public var kind: Kind
    /// The person, couple or bond; for a child link, the couple.
    public var id: UUID
    /// For a child link: the child.
    public var childID: UUID?

    public init(kind: Kind, id: UUID, childID: UUID? = nil) {
        self.kind = kind
        self.id = id
        self.childID = childID
    }
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
    /// A pregnancy or miscarriage; absent for a person (so older records read unchanged).
    public var kind: PersonKind?

    public init(
        personID: UUID, name: String, gender: Gender, birthYear: Int? = nil, deathYear: Int? = nil,
        deceased: Bool = false, isIndex: Bool = false, household: String? = nil, memberID: UUID? = nil,
        kind: PersonKind? = nil
    ) {
        self.personID = personID
        self.name = name
        self.gender = gender
        self.birthYear = birthYear
        self.deathYear = deathYear
        self.deceased = deceased || deathYear != nil
        self.isIndex = isIndex
        self.household = household
        self.memberID = memberID
        self.kind = kind == .person ? nil : kind
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
        self.coupleID = coupleID
        self.partners = partners
        self.status = status
        self.startYear = startYear
        self.endYear = endYear
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
        self.coupleID = coupleID
        self.childID = childID
        self.kind = kind
        self.twinGroup = twinGroup
    }
}

/// The genogram part of a family's record.
public struct Genogram: Codable, Equatable, Sendable {
    public var persons: [GenogramPerson] = []
    public var couples: [GenogramCouple] = []
    public var childLinks: [GenogramChildLink] = []
    public var bonds: [GenogramBond] = []

    public init() {}

    public func person(_ id: UUID) -> GenogramPerson? { persons.first { $0.personID == id } }

    /// The known parents of a person, over all their parent couples (biological, foster …).
    public func parents(of id: UUID) -> [UUID] {
        childLinks.filter { $0.childID == id }.flatMap { l in couples.first { $0.coupleID == l.coupleID }?.partners ?? [] }
    }

    /// A person's children over all their couples, each once, in the order they were linked.
    public func children(of id: UUID) -> [UUID] {
        let own = Set(couples.filter { $0.partners.contains(id) }.map(\.coupleID))
        var seen = Set<UUID>()
        return childLinks.filter { own.contains($0.coupleID) && seen.insert($0.childID).inserted }.map(\.childID)
    }

    public mutating func add(_ p: GenogramPerson) {
        if let i = persons.firstIndex(where: { $0.personID == p.personID }) { persons[i] = p } else { persons.append(p) }
    }

    public mutating func add(_ c: GenogramCouple) {
        if let i = couples.firstIndex(where: { $0.coupleID == c.coupleID }) { couples[i] = c } else { couples.append(c) }
    }

    /// A link for the same couple and child again only adds a twin group: the first link's
    /// kind stands, so records written before twins existed replay unchanged.
    public mutating func add(_ l: GenogramChildLink) {
        if let i = childLinks.firstIndex(where: { $0.coupleID == l.coupleID && $0.childID == l.childID }) {
            if let group = l.twinGroup { childLinks[i].twinGroup = group }
        } else {
            childLinks.append(l)
        }
    }

    /// One emotional relation per pair and kind family: a new kind between the same two
    /// people replaces the old one (conflict that became repaired), except that the two
    /// concerns stand beside whatever else is there.
    public mutating func add(_ b: GenogramBond) {
        let concern: Set<EmotionalBond> = [.abuseConcern, .neglectConcern]
        if let i = bonds.firstIndex(where: { $0.bondID == b.bondID }) {
            bonds[i] = b
            return
        }
        bonds.removeAll { old in
            Set([old.from, old.to]) == Set([b.from, b.to])
                && (concern.contains(b.kind) ? old.kind == b.kind && old.from == b.from : !concern.contains(old.kind))
        }
        bonds.append(b)
    }

    /// Applies a correction: a person goes with their links and relations; a couple with
    /// its child links; a couple left with neither partners nor children goes too.
    public mutating func remove(_ r: GenogramRemoval) {
        switch r.kind {
        case .person:
            persons.removeAll { $0.personID == r.id }
            childLinks.removeAll { $0.childID == r.id }
            bonds.removeAll { $0.from == r.id || $0.to == r.id }
            // A couple that loses this partner and has no children is nothing to draw.
            let childless = Set(couples.map(\.coupleID)).subtracting(childLinks.map(\.coupleID))
            couples.removeAll { $0.partners.contains(r.id) && childless.contains($0.coupleID) }
            for i in couples.indices { couples[i].partners.removeAll { $0 == r.id } }
        case .couple:
            couples.removeAll { $0.coupleID == r.id }
            childLinks.removeAll { $0.coupleID == r.id }
        case .childLink:
            childLinks.removeAll { $0.coupleID == r.id && $0.childID == r.childID }
        case .bond:
            bonds.removeAll { $0.bondID == r.id }
        }
        let withChildren = Set(childLinks.map(\.coupleID))
        couples.removeAll { $0.partners.isEmpty && !withChildren.contains($0.coupleID) }
    }
}
