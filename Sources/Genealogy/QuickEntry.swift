import Foundation
import KeukentafelDomain

/// One line that adds a person to the genogram, as a worker types it while the family
/// talks: `Riet, 71, moeder van Sandra, woont om de hoek`. Dutch or English words.
///
/// Parts are separated by commas: the name first; then, in any order, an age or birth
/// year, `overleden [jaar]`, a relation (`moeder van X`, `zoon van X`, `partner van X`,
/// `ex van X`, `pleegkind van X`, `broer van X`, `oma van X` …) and anything else as
/// where they live. A name already in the genogram is updated, not doubled.
public enum QuickEntry {
    /// Why a line could not be used; the worker sees the message and keeps the line.
    public struct Problem: Error, Equatable {
        public enum Kind: Equatable, Sendable { case noName, ambiguousGrandparent(String) }
        public var kind: Kind
    }

    enum Relation {
        case parent(Gender?, ChildLinkKind), child(Gender?, ChildLinkKind), partner(CoupleStatus), sibling(Gender?), grandparent(Gender?)
    }

    static let relations: [(words: [String], relation: Relation)] = [
        (["moeder", "mother", "mama", "mum", "mom"], .parent(.female, .biological)),
        (["vader", "father", "papa", "dad"], .parent(.male, .biological)),
        (["ouder", "parent"], .parent(nil, .biological)),
        (["pleegmoeder", "foster mother"], .parent(.female, .foster)),
        (["pleegvader", "foster father"], .parent(.male, .foster)),
        (["pleegouder", "foster parent"], .parent(nil, .foster)),
        (["adoptiemoeder", "adoptive mother"], .parent(.female, .adopted)),
        (["adoptievader", "adoptive father"], .parent(.male, .adopted)),
        (["stiefmoeder", "stepmother"], .parent(.female, .step)),
        (["stiefvader", "stepfather"], .parent(.male, .step)),
        (["dochter", "daughter"], .child(.female, .biological)),
        (["zoon", "son"], .child(.male, .biological)),
        (["kind", "child"], .child(nil, .biological)),
        (["pleegkind", "pleegdochter", "pleegzoon", "foster child"], .child(nil, .foster)),
        (["adoptiekind", "adopted child"], .child(nil, .adopted)),
        (["stiefkind", "stiefdochter", "stiefzoon", "stepchild"], .child(nil, .step)),
        (["man", "echtgenoot", "husband"], .partner(.married)),
        (["vrouw", "echtgenote", "wife"], .partner(.married)),
        (["partner", "vriend", "vriendin", "boyfriend", "girlfriend"], .partner(.cohabiting)),
        (["ex", "ex-man", "ex-vrouw", "ex-partner", "ex-husband", "ex-wife"], .partner(.divorced)),
        (["broer", "brother"], .sibling(.male)),
        (["zus", "zuster", "sister"], .sibling(.female)),
        (["oma", "grootmoeder", "grandmother", "grandma"], .grandparent(.female)),
        (["opa", "grootvader", "grandfather", "grandpa"], .grandparent(.male)),
    ]

    /// The events that put the line into `genogram` (for `year`, to turn ages into years).
    public static func payloads(_ line: String, genogram: Genogram, members: [FamilyRecord.Member], year: Int,
                                ids: inout SeededIDs) -> Result<[EventPayload], Problem> {
        let parts = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let name = parts.first, !name.isEmpty else { return .failure(Problem(kind: .noName)) }
        var g = genogram
        var out: [EventPayload] = []
        var person = find(name, in: g) ?? GenogramPerson(personID: ids.next(), name: name, gender: .unknown,
                                                         memberID: members.first { fold($0.name) == fold(name) }?.id)
        var relation: (Relation, String)?
        var household: [String] = []
        for part in parts.dropFirst() {
            let lower = fold(part)
            if let n = Int(part) {
                person.birthYear = n > 1800 ? n : year - n
            } else if lower.hasPrefix("overleden") || lower.hasPrefix("deceased") || lower.hasPrefix("†") {
                person.deceased = true
                if let y = part.split(separator: " ").compactMap({ Int($0) }).first { person.deathYear = y }
            } else if let r = parseRelation(part) {
                relation = r
            } else if ["man", "jongen", "male", "boy"].contains(lower) {
                person.gender = .male
            } else if ["vrouw", "meisje", "female", "girl"].contains(lower) {
                person.gender = .female
            } else if ["index", "indexkind", "index child"].contains(lower) {
                person.isIndex = true
            } else {
                household.append(part)
            }
        }
        if !household.isEmpty { person.household = household.joined(separator: ", ") }
        guard let (rel, targetName) = relation else {
            out.append(.genogramPersonSet(person))
            return .success(out)
        }
        // The other person: known in the genogram, a family member, or new.
        var target: GenogramPerson
        if let t = find(targetName, in: g) {
            target = t
        } else {
            target = GenogramPerson(personID: ids.next(), name: targetName, gender: .unknown,
                                    memberID: members.first { fold($0.name) == fold(targetName) }?.id)
            out.append(.genogramPersonSet(target))
            g.persons.append(target)
        }
        switch rel {
        case .parent(let gender, let kind):
            if let gender { person.gender = gender }
            out.append(.genogramPersonSet(person))
            out += linkParent(person.personID, of: target.personID, kind: kind, in: &g, ids: &ids)
        case .child(let gender, let kind):
            if let gender { person.gender = gender }
            out.append(.genogramPersonSet(person))
            out += linkParent(target.personID, of: person.personID, kind: kind, in: &g, ids: &ids)
        case .partner(let status):
            out.append(.genogramPersonSet(person))
            if !g.couples.contains(where: { Set($0.partners) == Set([person.personID, target.personID]) }) {
                out.append(.genogramCoupleSet(GenogramCouple(coupleID: ids.next(), partners: [target.personID, person.personID], status: status)))
            }
        case .sibling(let gender):
            if let gender { person.gender = gender }
            out.append(.genogramPersonSet(person))
            // Siblings share the parents' couple; unknown parents get a couple with no partners.
            if let link = g.childLinks.first(where: { $0.childID == target.personID }) {
                out.append(.genogramChildLinked(GenogramChildLink(coupleID: link.coupleID, childID: person.personID, kind: .biological)))
            } else {
                let couple = GenogramCouple(coupleID: ids.next(), partners: [], status: .unknown)
                out.append(.genogramCoupleSet(couple))
                out.append(.genogramChildLinked(GenogramChildLink(coupleID: couple.coupleID, childID: target.personID, kind: .biological)))
                out.append(.genogramChildLinked(GenogramChildLink(coupleID: couple.coupleID, childID: person.personID, kind: .biological)))
            }
        case .grandparent(let gender):
            if let gender { person.gender = gender }
            let parents = g.childLinks.filter { $0.childID == target.personID }
                .flatMap { l in g.couples.first { $0.coupleID == l.coupleID }?.partners ?? [] }
            guard parents.count == 1 else { return .failure(Problem(kind: .ambiguousGrandparent(target.name))) }
            out.append(.genogramPersonSet(person))
            out += linkParent(person.personID, of: parents[0], kind: .biological, in: &g, ids: &ids)
        }
        return .success(out)
    }

    /// Makes `parent` a parent of `child`: joins the child's existing couple when it has
    /// room, else starts one (a second set of parents, such as foster parents).
    static func linkParent(_ parent: UUID, of child: UUID, kind: ChildLinkKind, in g: inout Genogram, ids: inout SeededIDs) -> [EventPayload] {
        let links = g.childLinks.filter { $0.childID == child }
        if links.contains(where: { l in g.couples.first { $0.coupleID == l.coupleID }?.partners.contains(parent) == true }) {
            return []  // already a parent of this child
        }
        if kind == .biological, let link = links.first(where: { $0.kind == .biological }),
           var couple = g.couples.first(where: { $0.coupleID == link.coupleID }), couple.partners.count < 2 {
            couple.partners.append(parent)
            g.add(couple)
            return [.genogramCoupleSet(couple)]
        }
        // A parent's own existing single-parent couple takes further children.
        if let own = g.couples.first(where: { $0.partners == [parent] }) {
            let link = GenogramChildLink(coupleID: own.coupleID, childID: child, kind: kind)
            g.add(link)
            return [.genogramChildLinked(link)]
        }
        let couple = GenogramCouple(coupleID: ids.next(), partners: [parent], status: .unknown)
        let link = GenogramChildLink(coupleID: couple.coupleID, childID: child, kind: kind)
        g.add(couple)
        g.add(link)
        return [.genogramCoupleSet(couple), .genogramChildLinked(link)]
    }

    /// A network contact: `netwerk: juf Marieke, school, dichtbij, praktisch, advies`
    /// (name; then sector, ring and support types in any order; other words are notes).
    public static func networkContact(_ line: String, ids: inout SeededIDs) -> EventPayload? {
        let lower = line.lowercased()
        guard let colon = line.firstIndex(of: ":"), ["netwerk", "network"].contains(lower[..<colon].trimmingCharacters(in: .whitespaces)) else { return nil }
        let parts = line[line.index(after: colon)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let name = parts.first else { return nil }
        let sectors: [String: String] = ["familie": "family", "family": "family", "vrienden": "friends", "buren": "friends",
                                         "friends": "friends", "neighbours": "friends", "school": "school", "werk": "school",
                                         "work": "school", "hulpverlening": "professionals", "professionals": "professionals",
                                         "professioneel": "professionals", "vrije tijd": "leisure", "sport": "leisure", "leisure": "leisure"]
        let rings: [String: String] = ["dichtbij": "close", "close": "close", "midden": "middle", "middle": "middle", "ver": "far", "far": "far"]
        let supports: [String: String] = ["praktisch": "practical", "practical": "practical", "gezelschap": "company", "company": "company",
                                          "advies": "advice", "informatie": "advice", "advice": "advice", "emotioneel": "emotional",
                                          "steun": "emotional", "emotional": "emotional"]
        var sector = "friends", ring = "middle", support: [String] = [], notes: [String] = []
        for part in parts.dropFirst() {
            let p = part.lowercased()
            if let s = sectors[p] { sector = s } else if let r = rings[p] { ring = r } else if let s = supports[p] { support.append(s) } else { notes.append(part) }
        }
        var attributes: [String: String] = [:]
        if !support.isEmpty { attributes["support"] = support.joined(separator: ",") }
        if !notes.isEmpty { attributes["note"] = notes.joined(separator: ", ") }
        return .networkContactAdded(.init(contactID: ids.next(), name: name, sector: sector, ring: ring, attributes: attributes))
    }

    /// "moeder van Sandra" / "mother of Sandra" → the relation and the name.
    static func parseRelation(_ part: String) -> (Relation, String)? {
        let lower = part.lowercased()
        for separator in [" van ", " of "] {
            guard let r = lower.range(of: separator) else { continue }
            let word = String(lower[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            let target = String(part[part.index(part.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))...])
                .trimmingCharacters(in: .whitespaces)
            guard !target.isEmpty, let found = relations.first(where: { $0.words.contains(word) }) else { continue }
            return (found.relation, target)
        }
        return nil
    }

    static func fold(_ s: String) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    /// A person by name, ignoring case and accents.
    public static func find(_ name: String, in g: Genogram) -> GenogramPerson? {
        g.persons.first { fold($0.name) == fold(name) }
    }

    /// Names that start with what was typed, for completion with Tab.
    public static func complete(_ prefix: String, genogram: Genogram, members: [FamilyRecord.Member]) -> [String] {
        let p = fold(prefix)
        guard !p.isEmpty else { return [] }
        let names = genogram.persons.map(\.name) + members.map(\.name)
        var seen = Set<String>()
        return names.filter { fold($0).hasPrefix(p) && seen.insert($0).inserted }
    }
}
