import Foundation
import KeukentafelDomain

/// The relatives families name (uncle, cousin, half-sister, step-father, foster parents of
/// a couple), each placed through the right person and asked about when there is a choice.
extension QuickEntry {
    typealias Option = QuickEntryQuestion.Option

    /// The one candidate there is, or the worker's choice among several (never none).
    static func pick<T>(
        _ candidates: [(T, Option)], _ topic: QuickEntryQuestion.Topic, _ answers: inout Answers
    ) -> Result<T, Problem> {
        if candidates.count == 1 { return .success(candidates[0].0) }
        return answers.choose(QuickEntryQuestion(topic: topic, options: candidates.map(\.1))).map { candidates[$0].0 }
    }

    /// A person's known parents, each once, with how the person belongs to them.
    static func parentLinks(of id: UUID, in g: Genogram) -> [(id: UUID, kind: ChildLinkKind)] {
        var seen = Set<UUID>()
        return g.childLinks.filter { $0.childID == id }.flatMap { l in
            (g.couples.first { $0.coupleID == l.coupleID }?.partners ?? []).filter { seen.insert($0).inserted }.map { ($0, l.kind) }
        }
    }

    /// Everyone under one of the same parent couples as `id` (known parents or not), each once.
    static func siblings(of id: UUID, in g: Genogram) -> [UUID] {
        let couples = Set(g.childLinks.filter { $0.childID == id }.map(\.coupleID))
        var seen: Set<UUID> = [id]
        return g.childLinks.filter { couples.contains($0.coupleID) && seen.insert($0.childID).inserted }.map(\.childID)
    }

    static func option(viaParent p: (id: UUID, kind: ChildLinkKind), in g: Genogram) -> Option {
        let person = g.person(p.id)
        return .viaParent(person?.name ?? "", person?.gender ?? .unknown, p.kind)
    }

    /// `oom van Zoë`: a sibling of one of Zoë's parents, sharing that parent's parent couple.
    static func auntOrUncle(
        _ person: GenogramPerson, of target: GenogramPerson, in g: inout Genogram, answers: inout Answers,
        ids: inout some IDGenerating
    ) -> Result<[EventPayload], Problem> {
        let parents = parentLinks(of: target.personID, in: g).filter { $0.id != person.personID }
        guard !parents.isEmpty else { return .failure(Problem(kind: .enterFirst(.parent, target.name))) }
        if parents.contains(where: { siblings(of: $0.id, in: g).contains(person.personID) }) { return .success([]) }
        return pick(parents.map { ($0.id, option(viaParent: $0, in: g)) }, .whichParent(person: person.name, target: target.name), &answers)
            .map { siblings(person.personID, $0, twins: false, in: &g, ids: &ids) }
    }

    /// `neef van Zoë`: a child of one of Zoë's uncles or aunts (`cousins`) or of one of her
    /// brothers and sisters (`nephews`); Dutch says both with one word, so the worker picks.
    static func cousinOrNephew(
        _ person: GenogramPerson, of target: GenogramPerson, cousins: Bool, nephews: Bool, in g: inout Genogram,
        answers: inout Answers, ids: inout some IDGenerating
    ) -> Result<[EventPayload], Problem> {
        let me = person.personID
        let parents = parentLinks(of: target.personID, in: g).map(\.id)
        var candidates: [(UUID, Option)] = []
        func add(_ id: UUID, _ option: (String, Gender) -> Option) {
            guard id != me, id != target.personID, !parents.contains(id), !candidates.contains(where: { $0.0 == id }),
                let p = g.person(id)
            else { return }
            // Someone born after this person cannot be their parent: not offered.
            if let theirs = p.birthYear, let mine = person.birthYear, theirs >= mine { return }
            candidates.append((id, option(p.name, p.gender)))
        }
        if cousins { for parent in parents { for u in siblings(of: parent, in: g) { add(u, Option.childOfAuntOrUncle) } } }
        if nephews { for s in siblings(of: target.personID, in: g) { add(s, Option.childOfSibling) } }
        guard !candidates.isEmpty else {
            let needed: Problem.Needed = cousins && nephews ? .auntUncleOrSibling : cousins ? .auntOrUncle : .sibling
            return .failure(Problem(kind: .enterFirst(needed, target.name)))
        }
        let mine = g.parents(of: me)
        if candidates.contains(where: { mine.contains($0.0) }) { return .success([]) }
        return pick(candidates, .whoseChild(person: person.name, target: target.name), &answers)
            .map { linkParent($0, of: me, kind: .biological, in: &g, ids: &ids) }
    }

    /// `halfzus van Zoë`: a child of exactly one of Zoë's parents, alone (the other parent
    /// unknown) or with another partner of theirs than Zoë's other parent.
    static func halfSibling(
        _ person: GenogramPerson, of target: GenogramPerson, in g: inout Genogram, answers: inout Answers,
        ids: inout some IDGenerating
    ) -> Result<[EventPayload], Problem> {
        let me = person.personID
        let parents = parentLinks(of: target.personID, in: g).map(\.id).filter { $0 != me }
        guard !parents.isEmpty else { return .failure(Problem(kind: .enterFirst(.parent, target.name))) }
        let targetCouples = Set(g.childLinks.filter { $0.childID == target.personID }.map(\.coupleID))
        // A couple to join, or nil with the one parent (a couple of their own is found or made).
        var candidates: [((couple: UUID?, parent: UUID), Option)] = []
        for p in parents {
            let name = g.person(p)?.name ?? ""
            candidates.append(((nil, p), .childOfOne(name)))
            for c in g.couples where c.partners.count == 2 && c.partners.contains(p) && !targetCouples.contains(c.coupleID) {
                guard let other = c.partners.first(where: { $0 != p }), other != me, !parents.contains(other) else { continue }
                candidates.append(((c.coupleID, p), .childOfBoth(name, g.person(other)?.name ?? "")))
            }
        }
        let mine = Set(g.childLinks.filter { $0.childID == me }.map(\.coupleID))
        if candidates.contains(where: { c in c.0.couple.map(mine.contains) ?? false }) { return .success([]) }
        return pick(candidates, .halfSibling(person: person.name, target: target.name), &answers).map { choice in
            if let couple = choice.couple {
                let link = GenogramChildLink(coupleID: couple, childID: me, kind: .biological)
                g.add(link)
                return [.genogramChildLinked(link)]
            }
            // With a parent of their own already, the chosen parent joins them as usual.
            if g.childLinks.contains(where: { l in
                l.childID == me && l.kind == .biological && g.couples.first { $0.coupleID == l.coupleID }?.partners.count == 1
            }) {
                return linkParent(choice.parent, of: me, kind: .biological, in: &g, ids: &ids)
            }
            // Never the target's own couple, even when that is the parent alone: a second
            // one-parent couple stands for a different, unknown other parent.
            var out: [EventPayload] = []
            let own =
                g.couples.first { $0.partners == [choice.parent] && !targetCouples.contains($0.coupleID) }
                ?? {
                    let c = GenogramCouple(coupleID: ids.next(), partners: [choice.parent], status: .unknown)
                    g.add(c)
                    out.append(.genogramCoupleSet(c))
                    return c
                }()
            let link = GenogramChildLink(coupleID: own.coupleID, childID: me, kind: .biological)
            g.add(link)
            return out + [.genogramChildLinked(link)]
        }
    }

    /// `stiefvader van Zoë`: the partner of one of Zoë's parents, as practitioners draw it;
    /// Zoë stays under her own parents.
    static func stepParent(
        _ stepParent: GenogramPerson, of child: GenogramPerson, in g: inout Genogram, answers: inout Answers,
        ids: inout some IDGenerating
    ) -> Result<[EventPayload], Problem> {
        let parents = parentLinks(of: child.personID, in: g).filter { $0.kind != .step && $0.id != stepParent.personID }
        // With no parent known there is nobody to be the partner of: the one-parent step
        // couple is all that can be drawn (the worker can add the parent later).
        guard !parents.isEmpty else { return .success(linkParent(stepParent.personID, of: child.personID, kind: .step, in: &g, ids: &ids)) }
        let partnered = parents.contains { p in g.couples.contains { Set($0.partners) == [p.id, stepParent.personID] } }
        if partnered { return .success([]) }
        let options = parents.map { p in
            (p.id, Option.partnerOfParent(g.person(p.id)?.name ?? "", g.person(p.id)?.gender ?? .unknown, p.kind))
        }
        return pick(options, .partnerOfParent(person: stepParent.name, target: child.name), &answers).map { parent in
            let couple = GenogramCouple(coupleID: ids.next(), partners: [parent, stepParent.personID], status: .unknown)
            g.add(couple)
            return [.genogramCoupleSet(couple)]
        }
    }

    /// `pleegmoeder van Jayden`: the first foster (or adoptive) parent named who has one
    /// partner may be fostering with them: asked, so the child joins their couple.
    static func careParent(
        _ parent: GenogramPerson, of child: GenogramPerson, kind: ChildLinkKind, in g: inout Genogram,
        answers: inout Answers, ids: inout some IDGenerating
    ) -> Result<[EventPayload], Problem> {
        let links = g.childLinks.filter { $0.childID == child.personID }
        let already = links.contains { l in g.couples.first { $0.coupleID == l.coupleID }?.partners.contains(parent.personID) == true }
        if !already, !links.contains(where: { $0.kind == kind }) {
            let couples = g.couples.filter { $0.partners.count == 2 && $0.partners.contains(parent.personID) }
            let partners = Set(couples.flatMap(\.partners)).subtracting([parent.personID, child.personID])
            if partners.count == 1, let couple = couples.first(where: { $0.partners.contains(partners.first!) }) {
                let partner = g.person(partners.first!)?.name ?? ""
                let both = pick(
                    [(true, .careOfBoth(parent.name, partner, kind)), (false, .careOfOne(parent.name, kind))],
                    .careParents(child: child.name, parent: parent.name, kind: kind), &answers)
                switch both {
                case .failure(let p): return .failure(p)
                case .success(true):
                    let link = GenogramChildLink(coupleID: couple.coupleID, childID: child.personID, kind: kind)
                    g.add(link)
                    return .success([.genogramChildLinked(link)])
                case .success(false): break
                }
            }
        }
        return .success(linkParent(parent.personID, of: child.personID, kind: kind, in: &g, ids: &ids))
    }
}
