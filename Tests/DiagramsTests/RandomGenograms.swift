import Foundation
import KeukentafelDomain

/// Random fictional families for the property test of the layout and its lines: several
/// generations, people with more than one partner over time, foster, adoptive and step
/// children, a second set of parents, twins, siblings with unknown parents, partners
/// from another generation and emotional relations (between partners too).
struct RandomGenograms {
    static func make(seed: UInt64) -> Genogram {
        var rng = SplitMix64(seed: seed)
        var ids = SeededIDs(seed: seed &+ 1)
        var g = Genogram()
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        func person(_ generation: Int) -> UUID {
            let gender: Gender = chance(0.05) ? .nonBinary : (chance(0.5) ? .male : .female)
            var p = GenogramPerson(
                personID: ids.next(), name: "P\(g.persons.count)", gender: gender,
                birthYear: 1940 + 25 * generation + Int.random(in: 0..<10, using: &rng),
                deceased: chance(0.1))
            if chance(0.03) { p.kind = chance(0.5) ? .pregnancy : .miscarriage }
            g.add(p)
            return p.personID
        }
        func couple(_ partners: [UUID], _ status: CoupleStatus? = nil) -> UUID {
            let c = GenogramCouple(
                coupleID: ids.next(), partners: partners, status: status ?? CoupleStatus.allCases.randomElement(using: &rng)!)
            g.add(c)
            return c.coupleID
        }
        func link(_ couple: UUID, _ child: UUID, _ kind: ChildLinkKind, twin: UUID? = nil) {
            g.add(GenogramChildLink(coupleID: couple, childID: child, kind: kind, twinGroup: twin))
        }
        let generations = Int.random(in: 2...4, using: &rng)
        var current: [UUID] = (0..<Int.random(in: 1...4, using: &rng)).map { _ in person(0) }
        var everyone = current
        for generation in 1..<generations {
            var next: [UUID] = []
            // Kept to a family's size (a few dozen people), not a whole village.
            for p in current where chance(0.8) && g.persons.count < 40 {
                // One to three partners over time; now and then one from another generation.
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let partner = chance(0.1) && everyone.count > 2 ? everyone.randomElement(using: &rng)! : person(generation - 1)
                    guard partner != p, !g.couples.contains(where: { Set($0.partners) == Set([p, partner]) }) else { continue }
                    let c = couple([p, partner])
                    let twin = chance(0.15) ? ids.next() : nil
                    for i in 0..<Int.random(in: 0...4, using: &rng) {
                        let child = person(generation)
                        let kind: ChildLinkKind = chance(0.8) ? .biological : [.adopted, .foster, .step].randomElement(using: &rng)!
                        link(c, child, kind, twin: i < 2 ? twin : nil)
                        next.append(child)
                    }
                }
            }
            // A second set of parents: a foster couple or a single foster or adoptive parent.
            for child in next where chance(0.15) {
                let kind: ChildLinkKind = chance(0.6) ? .foster : .adopted
                let partners = chance(0.5) ? [person(generation - 1), person(generation - 1)] : [person(generation - 1)]
                link(couple(partners, partners.count == 2 ? .married : .unknown), child, kind)
            }
            // Siblings whose parents nobody knows.
            if chance(0.2) {
                let c = couple([], .unknown)
                for _ in 0..<Int.random(in: 1...3, using: &rng) { link(c, person(generation), .biological) }
            }
            everyone += next
            current = next
        }
        if let index = g.persons.indices.last(where: { g.persons[$0].kind == nil }) { g.persons[index].isIndex = true }
        // Emotional relations, some between partners.
        let people = g.persons.map(\.personID)
        for _ in 0..<Int.random(in: 0...5, using: &rng) {
            let kind = EmotionalBond.allCases.randomElement(using: &rng)!
            if chance(0.3), let c = g.couples.filter({ $0.partners.count == 2 }).randomElement(using: &rng) {
                g.add(GenogramBond(bondID: ids.next(), from: c.partners[0], to: c.partners[1], kind: kind))
            } else if let a = people.randomElement(using: &rng), let b = people.randomElement(using: &rng), a != b {
                g.add(GenogramBond(bondID: ids.next(), from: a, to: b, kind: kind))
            }
        }
        return g
    }
}
