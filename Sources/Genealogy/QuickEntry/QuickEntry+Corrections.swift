import Foundation
import KeukentafelDomain

extension QuickEntry {
    /// `weg: Riet`: takes a person off the genogram, or else a contact off the network map.
    /// The record keeps every event; the drawing no longer shows them.
    static func removal(_ name: String, record: FamilyRecord) -> Result<Outcome, Problem> {
        if let p = find(name, in: record.genogram) {
            return .success(Outcome(payloads: [.genogramRemoved(GenogramRemoval(kind: .person, id: p.personID))], target: .genogram))
        }
        if let c = record.networkContacts.first(where: { foldedForMatching($0.name) == foldedForMatching(name) }) {
            return .success(Outcome(payloads: [.networkContactRemoved(NetworkContactRemoved(contactID: c.contactID))], target: .network))
        }
        return .failure(Problem(kind: name.isEmpty ? .noName : .unknownName(name)))
    }

    /// `niet moeder van Zoë`: undoes a relation entered by mistake, keeping everything else.
    static func correction(
        _ rel: Relation, person: GenogramPerson, target: GenogramPerson, in g: Genogram,
        ids: inout some IDGenerating
    ) -> Result<[EventPayload], Problem> {
        let notRelated = Problem(kind: .notRelated(person.name, target.name))
        switch rel {
        case .parent: return unparent(person.personID, of: target.personID, in: g, ids: &ids).map { .success($0) } ?? .failure(notRelated)
        case .child: return unparent(target.personID, of: person.personID, in: g, ids: &ids).map { .success($0) } ?? .failure(notRelated)
        case .partner, .friend:
            let couples = g.couples.filter { Set($0.partners) == Set([person.personID, target.personID]) }
            guard !couples.isEmpty else { return .failure(notRelated) }
            if couples.contains(where: { c in g.childLinks.contains { $0.coupleID == c.coupleID } }) {
                return .failure(Problem(kind: .coupleHasChildren(person.name, target.name)))
            }
            return .success(couples.map { .genogramRemoved(GenogramRemoval(kind: .couple, id: $0.coupleID)) })
        case .sibling, .twin:
            let shared = g.childLinks.filter { mine in
                mine.childID == person.personID && g.childLinks.contains { $0.childID == target.personID && $0.coupleID == mine.coupleID }
            }
            guard !shared.isEmpty else { return .failure(notRelated) }
            // Siblings through known parents: taking the link away would take the parents too.
            if shared.contains(where: { l in g.couples.first { $0.coupleID == l.coupleID }?.partners.isEmpty == false }) {
                return .failure(Problem(kind: .shareParents(person.name, target.name)))
            }
            return .success(shared.map { .genogramRemoved(GenogramRemoval(kind: .childLink, id: $0.coupleID, childID: person.personID)) })
        case .grandchild:
            for child in g.children(of: target.personID) {
                if let fix = unparent(child, of: person.personID, in: g, ids: &ids) { return .success(fix) }
            }
            return .failure(notRelated)
        case .grandparent:
            for parent in g.parents(of: target.personID) {
                if let fix = unparent(person.personID, of: parent, in: g, ids: &ids) { return .success(fix) }
            }
            return .failure(notRelated)
        case .auntOrUncle:
            // Not a sibling of the target's parent after all: corrected as for a sibling.
            for parent in g.parents(of: target.personID) {
                guard let p = g.person(parent) else { continue }
                let fix = correction(.sibling(nil), person: person, target: p, in: g, ids: &ids)
                if case .failure(let problem) = fix, problem.kind == .notRelated(person.name, p.name) { continue }
                return fix
            }
            return .failure(notRelated)
        case .cousinOrNephew:
            // The link to the uncle, aunt, brother or sister it went through.
            let through = Set(siblings(of: target.personID, in: g) + g.parents(of: target.personID).flatMap { siblings(of: $0, in: g) })
            for parent in g.parents(of: person.personID) where through.contains(parent) {
                if let fix = unparent(parent, of: person.personID, in: g, ids: &ids) { return .success(fix) }
            }
            return .failure(notRelated)
        case .halfSibling:
            let parents = Set(g.parents(of: target.personID))
            let links = g.childLinks.filter { l in
                l.childID == person.personID
                    && g.couples.first { $0.coupleID == l.coupleID }?.partners.contains(where: parents.contains) == true
            }
            guard !links.isEmpty else { return .failure(notRelated) }
            return .success(links.map { .genogramRemoved(GenogramRemoval(kind: .childLink, id: $0.coupleID, childID: person.personID)) })
        case .stepParent, .stepChild:
            let (step, child) = {
                if case .stepParent = rel { return (person, target) }
                return (target, person)
            }()
            // The old one-parent step link, or the couple with one of the child's parents.
            if let fix = unparent(step.personID, of: child.personID, in: g, ids: &ids) { return .success(fix) }
            let couples = g.couples.filter { c in
                c.partners.contains(step.personID) && g.parents(of: child.personID).contains { c.partners.contains($0) }
            }
            guard !couples.isEmpty else { return .failure(notRelated) }
            if let shared = couples.first(where: { c in g.childLinks.contains { $0.coupleID == c.coupleID } }) {
                let other = shared.partners.first { $0 != step.personID }.flatMap(g.person)?.name ?? child.name
                return .failure(Problem(kind: .coupleHasChildren(step.name, other)))
            }
            return .success(couples.map { .genogramRemoved(GenogramRemoval(kind: .couple, id: $0.coupleID)) })
        }
    }

    /// Events that stop `parent` being a parent of `child`; the other parent stays.
    static func unparent(_ parent: UUID, of child: UUID, in g: Genogram, ids: inout some IDGenerating) -> [EventPayload]? {
        guard
            let link = g.childLinks.first(where: { l in
                l.childID == child && g.couples.first { $0.coupleID == l.coupleID }?.partners.contains(parent) == true
            }),
            let couple = g.couples.first(where: { $0.coupleID == link.coupleID })
        else { return nil }
        let others = couple.partners.filter { $0 != parent }
        let children = g.childLinks.filter { $0.coupleID == couple.coupleID }
        if others.isEmpty {
            return [.genogramRemoved(GenogramRemoval(kind: .childLink, id: couple.coupleID, childID: child))]
        }
        if children.count == 1 && couple.status == .unknown && couple.startYear == nil && couple.endYear == nil {
            // A couple that only stood for this child's parents: it becomes the other parent's alone.
            var c = couple
            c.partners = others
            return [.genogramCoupleSet(c)]
        }
        // A real couple (or one with other children) stays; this child moves to the other parent alone.
        let own = g.couples.first { $0.partners == others } ?? GenogramCouple(coupleID: ids.next(), partners: others, status: .unknown)
        var out: [EventPayload] = [.genogramRemoved(GenogramRemoval(kind: .childLink, id: couple.coupleID, childID: child))]
        if !g.couples.contains(where: { $0.coupleID == own.coupleID }) { out.append(.genogramCoupleSet(own)) }
        out.append(.genogramChildLinked(GenogramChildLink(coupleID: own.coupleID, childID: child, kind: link.kind)))
        return out
    }
}
