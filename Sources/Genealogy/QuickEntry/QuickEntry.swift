import Foundation
import KeukentafelDomain

/// One line that changes the genogram or the network map, as a worker types it while the
/// family talks: `Riet, 71, moeder van Sandra, woont om de hoek`. Dutch or English words
/// (see `QuickEntryWords` and the README).
///
/// Parts are separated by commas: the name first; then, in any order, an age or birth
/// year, `overleden [jaar]`, a relation (`moeder van X`, `ex van X`, `pleegkind van X` …),
/// an emotional relation (`ruzie met X`, `hecht met X` …), `zwanger`, `miskraam`, a
/// correction (`niet moeder van X`, `naam: Rita`, `leeft nog`) and anything else as where
/// they live. A name already there is updated, not doubled. Lines starting `netwerk:`,
/// `sectoren:` or `weg:` fill the network map, set its sectors, or take someone off.
public enum QuickEntry {
    /// Why a line could not be used; the worker sees the message and keeps the line.
    public struct Problem: Error, Equatable {
        public enum Kind: Hashable, Sendable {
            case noName, ambiguousGrandparent(String), unknownName(String), unknownGoal(String)
            case notRelated(String, String), coupleHasChildren(String, String)
            /// A relation of someone with themself (a slip of the name).
            case samePerson(String)
            /// `niet zus van X` while they share known parents: correct per parent instead.
            case shareParents(String, String)
            /// A grandchild of someone with several children: whose child is it?
            case ambiguousGrandchild(String)
            /// `peetoom van Zoë`: a relation word quick entry does not know (it says which).
            case unknownRelation(String)
            /// The line can mean more than one thing: the worker chooses, and the line is read again.
            case question(QuickEntryQuestion)
            /// `oom van Zoë` while none of Zoë's parents is known: whom to enter first, for whom.
            case enterFirst(Needed, String)
        }
        /// Whom a relative is placed through, when nobody of that kind is known yet.
        public enum Needed: Hashable, Sendable { case parent, auntOrUncle, sibling, auntUncleOrSibling }
        public var kind: Kind
    }

    /// What a line changes, and which drawing should show it.
    public struct Outcome: Equatable, Sendable {
        public enum Target: Equatable, Sendable { case genogram, network }
        public var payloads: [EventPayload]
        public var target: Target
    }

    enum Relation {
        case parent(Gender?, ChildLinkKind), child(Gender?, ChildLinkKind), partner(CoupleStatus, Gender?), sibling(Gender?)
        case grandparent(Gender?), grandchild(Gender?), twin(Gender?)
        case auntOrUncle(Gender?), halfSibling(Gender?)
        /// `neef`/`nicht` may be either; `cousin` and `nephew`/`niece` say which.
        case cousinOrNephew(Gender?, cousin: Bool, nephew: Bool)
        /// The partner of one of the other's parents (`stiefvader van`), or the other way round.
        case stepParent(Gender?), stepChild(Gender?)
        /// `vriend van`: a partner, or a friend for the network map (asked).
        case friend(Gender?)
    }

    /// What a person line comes to: events for the genogram, or a friend for the network map.
    enum PersonLine {
        case genogram([EventPayload])
        case friendOnNetwork
    }

    /// Reads any quick-entry line against the family's record. A line that can mean more
    /// than one thing fails with a `.question`; `answers` are the options chosen so far,
    /// one for each question in turn, and the line is read again with them.
    public static func interpret(
        _ line: String, record: FamilyRecord, year: Int, answers: [Int] = [], ids: inout some IDGenerating
    ) -> Result<Outcome, Problem> {
        if let rest = prefixed(line, QuickEntryWords.remove) { return removal(rest, record: record) }
        if let rest = prefixed(line, QuickEntryWords.network) {
            return networkContact(rest, record: record, ids: &ids).map { Outcome(payloads: [$0], target: .network) }
        }
        if let rest = prefixed(line, QuickEntryWords.sectorsLine) {
            var seen = Set<String>()
            let sectors = parts(rest).map { QuickEntryWords.sectors[foldedForMatching($0)] ?? $0 }.filter {
                seen.insert(foldedForMatching($0)).inserted
            }
            guard !sectors.isEmpty else { return .failure(Problem(kind: .noName)) }
            return .success(Outcome(payloads: [.networkSectorsSet(NetworkSectors(sectors: sectors))], target: .network))
        }
        var given = Answers(answers)
        switch personLine(line, genogram: record.genogram, members: record.members, year: year, answers: &given, ids: &ids) {
        case .success(.genogram(let payloads)): return .success(Outcome(payloads: payloads, target: .genogram))
        case .success(.friendOnNetwork):
            // As `netwerk: Bas, vrienden, …`: the rest of the line (`vriend van Zoë`) is its note.
            let rest = parts(line)
            return networkContact(([rest[0], "vrienden"] + rest.dropFirst()).joined(separator: ", "), record: record, ids: &ids)
                .map { Outcome(payloads: [$0], target: .network) }
        case .failure(let problem): return .failure(problem)
        }
    }

    /// What a person line puts into `genogram` (for `year`, to turn ages into years).
    static func personLine(
        _ line: String, genogram: Genogram, members: [FamilyRecord.Member], year: Int, answers: inout Answers,
        ids: inout some IDGenerating
    ) -> Result<PersonLine, Problem> {
        let parts = parts(line)
        guard let name = parts.first, !name.isEmpty, Int(name) == nil else { return .failure(Problem(kind: .noName)) }
        var g = genogram
        var out: [EventPayload] = []
        var person =
            find(name, in: g)
            ?? GenogramPerson(
                personID: ids.next(), name: name, gender: .unknown,
                memberID: members.first { foldedForMatching($0.name) == foldedForMatching(name) }?.id)
        var makeMember = false
        var relations: [(Relation, String, negated: Bool)] = []
        var bonds: [(EmotionalBond?, String)] = []
        var household: [String] = []
        for part in parts.dropFirst() {
            let lower = foldedForMatching(part)
            if let n = Int(part) {
                person.birthYear = n > 1800 ? n : year - n
            } else if QuickEntryWords.deceased.contains(where: { lower == $0 || prefixWord(part, $0) != nil }) {
                person.deceased = true
                if let y = part.split(separator: " ").compactMap({ Int($0) }).first { person.deathYear = y }
            } else if QuickEntryWords.alive.contains(lower) {
                person.deceased = false
                person.deathYear = nil
            } else if let newName = QuickEntryWords.rename.lazy.compactMap({ prefixWord(part, $0) }).first {
                person.name = newName
            } else if let bond = parseBond(part) {
                bonds.append(bond)
            } else if let r = parseRelation(part) {
                // "dochter van Ingrid en Peter" is a relation with each of them, never a
                // person called "Ingrid en Peter".
                let both = find(r.1, in: g) == nil ? splitPair(r.1) : nil
                for target in both ?? [r.1] { relations.append((r.0, target, r.negated)) }
            } else if QuickEntryWords.male.contains(lower) {
                person.gender = .male
            } else if QuickEntryWords.female.contains(lower) {
                person.gender = .female
            } else if QuickEntryWords.nonBinary.contains(lower) {
                person.gender = .nonBinary
            } else if QuickEntryWords.index.contains(lower) {
                person.isIndex = true
            } else if QuickEntryWords.member.contains(lower) {
                makeMember = true
            } else if QuickEntryWords.pregnancy.contains(lower) {
                person.kind = .pregnancy
            } else if QuickEntryWords.miscarriage.contains(lower) {
                person.kind = .miscarriage
            } else if QuickEntryWords.born.contains(lower) {
                person.kind = nil
            } else if let word = relationAttempt(part) {
                // "peetoom van Zoë" looks like a relation: better to say so than to file it as an address.
                return .failure(Problem(kind: .unknownRelation(word)))
            } else {
                household.append(part)
            }
        }
        if !household.isEmpty { person.household = household.joined(separator: ", ") }
        // A person of the genogram made a family member: one person, linked by id.
        if makeMember && person.memberID == nil {
            let member = ids.next()
            person.memberID = member
            out.append(.memberAdded(.init(memberID: member, name: person.name, role: .other, birthYear: person.birthYear)))
        }
        out.append(.genogramPersonSet(person))
        g.add(person)
        let others = relations.map(\.1) + bonds.map(\.1)
        if let same = others.first(where: {
            foldedForMatching($0) == foldedForMatching(person.name) || foldedForMatching($0) == foldedForMatching(name)
        }) {
            return .failure(Problem(kind: .samePerson(same)))
        }
        // `vriend van` is asked first: a friend for the map leaves the genogram as it is.
        if let i = relations.firstIndex(where: { if case .friend = $0.0, !$0.negated { return true } else { return false } }) {
            let question = QuickEntryQuestion(
                topic: .partnerOrFriend(person: person.name, target: relations[i].1), options: [.partner, .friendOnNetwork])
            switch answers.choose(question) {
            case .failure(let p): return .failure(p)
            case .success(1): return .success(.friendOnNetwork)
            case .success: break
            }
        }
        for (rel, targetName, negated) in relations {
            if negated {
                guard let target = find(targetName, in: g) else { return .failure(Problem(kind: .unknownName(targetName))) }
                switch correction(rel, person: person, target: target, in: g, ids: &ids) {
                case .success(let fix): out += fix
                case .failure(let p): return .failure(p)
                }
                continue
            }
            var target = target(targetName, in: &g, members: members, ids: &ids, out: &out)
            switch relate(rel, &person, &target, in: &g, answers: &answers, ids: &ids) {
            case .success(let events): out += events
            case .failure(let p): return .failure(p)
            }
        }
        for (bond, targetName) in bonds {
            let target = target(targetName, in: &g, members: members, ids: &ids, out: &out)
            if let bond {
                out.append(.genogramBondSet(GenogramBond(bondID: ids.next(), from: person.personID, to: target.personID, kind: bond)))
            } else {
                for b in g.bonds where Set([b.from, b.to]) == Set([person.personID, target.personID]) {
                    out.append(.genogramRemoved(GenogramRemoval(kind: .bond, id: b.bondID)))
                }
            }
        }
        // The person's own details may have changed with a relation (gender from "mother").
        if case .genogramPersonSet = out[0] { out[0] = .genogramPersonSet(g.person(person.personID) ?? person) }
        return .success(.genogram(out))
    }

    /// The other person of a relation: known in the genogram, a family member, or new.
    static func target(
        _ name: String, in g: inout Genogram, members: [FamilyRecord.Member], ids: inout some IDGenerating,
        out: inout [EventPayload]
    ) -> GenogramPerson {
        if let t = find(name, in: g) { return t }
        let t = GenogramPerson(
            personID: ids.next(), name: name, gender: .unknown,
            memberID: members.first { foldedForMatching($0.name) == foldedForMatching(name) }?.id)
        out.append(.genogramPersonSet(t))
        g.add(t)
        return t
    }

    static func relate(
        _ rel: Relation, _ person: inout GenogramPerson, _ target: inout GenogramPerson, in g: inout Genogram,
        answers: inout Answers, ids: inout some IDGenerating
    ) -> Result<[EventPayload], Problem> {
        /// The relation word says the person's gender ("mother", "uncle").
        func gendered(_ gender: Gender?) {
            guard let gender else { return }
            person.gender = gender
            g.add(person)
        }
        switch rel {
        case .parent(let gender, let kind):
            gendered(gender)
            if kind == .foster || kind == .adopted {
                return careParent(person, of: target, kind: kind, in: &g, answers: &answers, ids: &ids)
            }
            return .success(linkParent(person.personID, of: target.personID, kind: kind, in: &g, ids: &ids))
        case .child(let gender, let kind):
            gendered(gender)
            if kind == .foster || kind == .adopted {
                return careParent(target, of: person, kind: kind, in: &g, answers: &answers, ids: &ids)
            }
            return .success(linkParent(target.personID, of: person.personID, kind: kind, in: &g, ids: &ids))
        case .partner(let status, let gender):
            gendered(gender)
            if let i = g.couples.firstIndex(where: { Set($0.partners) == Set([person.personID, target.personID]) }) {
                guard g.couples[i].status != status else { return .success([]) }
                g.couples[i].status = status  // "ex van" for a couple already there: they split up
                return .success([.genogramCoupleSet(g.couples[i])])
            }
            let couple = GenogramCouple(coupleID: ids.next(), partners: [target.personID, person.personID], status: status)
            g.add(couple)
            return .success([.genogramCoupleSet(couple)])
        case .friend(let gender):
            // Asked before the relations are placed; here it is the partner that was chosen.
            return relate(.partner(.cohabiting, gender), &person, &target, in: &g, answers: &answers, ids: &ids)
        case .sibling(let gender):
            gendered(gender)
            return .success(siblings(person.personID, target.personID, twins: false, in: &g, ids: &ids))
        case .twin(let gender):
            gendered(gender)
            return .success(siblings(person.personID, target.personID, twins: true, in: &g, ids: &ids))
        case .grandparent(let gender):
            gendered(gender)
            let parents = g.parents(of: target.personID)
            guard parents.count == 1 else { return .failure(Problem(kind: .ambiguousGrandparent(target.name))) }
            return .success(linkParent(person.personID, of: parents[0], kind: .biological, in: &g, ids: &ids))
        case .grandchild(let gender):
            gendered(gender)
            let children = g.children(of: target.personID).filter { $0 != person.personID }
            guard children.count == 1 else { return .failure(Problem(kind: .ambiguousGrandchild(target.name))) }
            return .success(linkParent(children[0], of: person.personID, kind: .biological, in: &g, ids: &ids))
        case .auntOrUncle(let gender):
            gendered(gender)
            return auntOrUncle(person, of: target, in: &g, answers: &answers, ids: &ids)
        case .cousinOrNephew(let gender, let cousins, let nephews):
            gendered(gender)
            return cousinOrNephew(person, of: target, cousins: cousins, nephews: nephews, in: &g, answers: &answers, ids: &ids)
        case .halfSibling(let gender):
            gendered(gender)
            return halfSibling(person, of: target, in: &g, answers: &answers, ids: &ids)
        case .stepParent(let gender):
            gendered(gender)
            return stepParent(person, of: target, in: &g, answers: &answers, ids: &ids)
        case .stepChild(let gender):
            gendered(gender)
            return stepParent(target, of: person, in: &g, answers: &answers, ids: &ids)
        }
    }

    /// "Ingrid en Peter" / "Ingrid and Peter": the two names, or nil.
    static func splitPair(_ names: String) -> [String]? {
        for joiner in [" en ", " and ", " & "] {
            guard let r = names.range(of: joiner, options: .caseInsensitive) else { continue }
            let a = names[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            let b = names[r.upperBound...].trimmingCharacters(in: .whitespaces)
            if !a.isEmpty && !b.isEmpty { return [a, b] }
        }
        return nil
    }

    /// One word before `van`/`of`/`met`/`with` (such as `peetoom van Zoë`) reads as a relation
    /// attempt; longer phrases (`woont bij de moeder van Kees`) are where someone lives.
    static func relationAttempt(_ part: String) -> String? {
        let words = part.split(separator: " ")
        guard words.count >= 3, ["van", "of", "met", "with"].contains(foldedForMatching(words[1])), !words[0].contains(where: \.isNumber)
        else { return nil }
        return String(words[0])
    }

    /// Siblings share the parents' couple; unknown parents get a couple with no partners.
    /// Twins also share a twin group, so they are drawn from one point.
    static func siblings(_ person: UUID, _ target: UUID, twins: Bool, in g: inout Genogram, ids: inout some IDGenerating) -> [EventPayload]
    {
        var out: [EventPayload] = []
        var targetLink: GenogramChildLink
        if let link = g.childLinks.first(where: { $0.childID == target }) {
            targetLink = link
        } else {
            let couple = GenogramCouple(coupleID: ids.next(), partners: [], status: .unknown)
            g.add(couple)
            out.append(.genogramCoupleSet(couple))
            targetLink = GenogramChildLink(coupleID: couple.coupleID, childID: target, kind: .biological)
            if !twins {
                g.add(targetLink)
                out.append(.genogramChildLinked(targetLink))
            }
        }
        if twins && targetLink.twinGroup == nil {
            targetLink.twinGroup = ids.next()
            g.childLinks.removeAll { $0.coupleID == targetLink.coupleID && $0.childID == target }
            g.add(targetLink)
            out.append(.genogramChildLinked(targetLink))
        }
        let mine = GenogramChildLink(
            coupleID: targetLink.coupleID, childID: person, kind: targetLink.kind,
            twinGroup: twins ? targetLink.twinGroup : nil)
        let existing = g.childLinks.first { $0.coupleID == mine.coupleID && $0.childID == person }
        // New, or already a sibling and now also a twin.
        if existing == nil || (twins && existing?.twinGroup != mine.twinGroup) {
            g.add(mine)
            out.append(.genogramChildLinked(mine))
        }
        return out
    }

    /// Makes `parent` a parent of `child`: joins the child's existing couple of the same
    /// kind when it has room, else starts one (a second set of parents, such as foster parents).
    static func linkParent(_ parent: UUID, of child: UUID, kind: ChildLinkKind, in g: inout Genogram, ids: inout some IDGenerating)
        -> [EventPayload]
    {
        let links = g.childLinks.filter { $0.childID == child }
        if links.contains(where: { l in g.couples.first { $0.coupleID == l.coupleID }?.partners.contains(parent) == true }) {
            return []  // already a parent of this child
        }
        if let link = links.first(where: { $0.kind == kind }), var couple = g.couples.first(where: { $0.coupleID == link.coupleID }),
            couple.partners.count < 2
        {
            let others = g.childLinks.contains { $0.coupleID == couple.coupleID && $0.childID != child }
            // The child's other parent and this one are a couple already: the child belongs there.
            if couple.partners.count == 1,
                let together = g.couples.first(where: { Set($0.partners) == Set([couple.partners[0], parent]) && $0.partners.count == 2 })
            {
                return move(link, to: together.coupleID, emptying: others ? nil : couple.coupleID, in: &g)
            }
            // A foster or adoptive parent's couple with other children stays theirs alone:
            // the new parent is a parent of this child only. (Birth parents keep joining,
            // as siblings entered through one parent share both.)
            if kind != .biological, couple.partners.count == 1, others {
                let pair = GenogramCouple(coupleID: ids.next(), partners: [couple.partners[0], parent], status: .unknown)
                g.add(pair)
                return [.genogramCoupleSet(pair)] + move(link, to: pair.coupleID, emptying: nil, in: &g)
            }
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

    /// Moves a child link to another couple; `emptying` is the old couple when nothing else
    /// hangs from it any more, so no one-parent couple is left standing for nobody.
    static func move(_ link: GenogramChildLink, to couple: UUID, emptying: UUID?, in g: inout Genogram) -> [EventPayload] {
        let moved = GenogramChildLink(coupleID: couple, childID: link.childID, kind: link.kind, twinGroup: link.twinGroup)
        let removal = GenogramRemoval(kind: .childLink, id: link.coupleID, childID: link.childID)
        g.remove(removal)
        g.add(moved)
        var out: [EventPayload] = [.genogramRemoved(removal), .genogramChildLinked(moved)]
        if let emptying {
            g.remove(GenogramRemoval(kind: .couple, id: emptying))
            out.append(.genogramRemoved(GenogramRemoval(kind: .couple, id: emptying)))
        }
        return out
    }

    /// "moeder van Sandra" / "mother of Sandra" → the relation and the name; a leading
    /// "niet"/"not" makes it a correction.
    static func parseRelation(_ part: String) -> (Relation, String, negated: Bool)? {
        var text = part
        var negated = false
        if let rest = QuickEntryWords.negation.lazy.compactMap({ prefixWord(part, $0) }).first {
            text = rest
            negated = true
        }
        let lower = text.lowercased()
        for separator in [" van ", " of "] {
            guard let r = lower.range(of: separator) else { continue }
            let word = String(lower[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            let target = String(text[text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))...])
                .trimmingCharacters(in: .whitespaces)
            guard !target.isEmpty, let found = QuickEntryWords.relations.first(where: { $0.words.contains(word) }) else { continue }
            return (found.relation, target, negated)
        }
        return nil
    }

    /// "ruzie met Sandra" → conflict with Sandra; `nil` bond for "geen lijn met".
    static func parseBond(_ part: String) -> (EmotionalBond?, String)? {
        for (phrase, bond) in QuickEntryWords.bonds {
            if let target = prefixWord(part, phrase), !target.isEmpty { return (bond, target) }
        }
        return nil
    }

    // MARK: - Text helpers

    static func parts(_ text: some StringProtocol) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The rest of a line after `word:` (one of `words`), or nil.
    /// True for a line that reads as quick entry for the map (`netwerk:`, `weg:`,
    /// `sectoren:` and their English forms): typed on the capture line, it is more likely
    /// meant for the map than the family's words, so the screen asks.
    public static func looksLikeQuickEntry(_ line: String) -> Bool {
        [QuickEntryWords.network, QuickEntryWords.sectorsLine, QuickEntryWords.remove].contains { prefixed(line, $0) != nil }
    }

    static func prefixed(_ line: String, _ words: [String]) -> String? {
        guard let colon = line.firstIndex(of: ":"), words.contains(foldedForMatching(line[..<colon].trimmingCharacters(in: .whitespaces)))
        else { return nil }
        return String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
    }

    /// The rest of `part` after the whole words of `phrase` (case and accents ignored).
    static func prefixWord(_ part: String, _ phrase: String) -> String? {
        let f = foldedForMatching(part)
        guard f.hasPrefix(phrase) else { return nil }
        let rest = part.dropFirst(phrase.count)
        guard phrase.hasSuffix(":") || rest.first == " " else { return nil }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    /// A person by name, ignoring case and accents.
    public static func find(_ name: String, in g: Genogram) -> GenogramPerson? {
        g.persons.first { foldedForMatching($0.name) == foldedForMatching(name) }
    }

    /// Names that start with what was typed, for completion with Tab.
    public static func complete(
        _ prefix: String, genogram: Genogram, members: [FamilyRecord.Member],
        contacts: [NetworkContact] = []
    ) -> [String] {
        let p = foldedForMatching(prefix)
        guard !p.isEmpty else { return [] }
        let names = genogram.persons.map(\.name) + members.map(\.name) + contacts.map(\.name)
        var seen = Set<String>()
        return names.filter { foldedForMatching($0).hasPrefix(p) && seen.insert($0).inserted }
    }
}
