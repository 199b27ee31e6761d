import Foundation
import KeukentafelDomain

/// Hand-made genograms for the layout checker.
enum GenogramFixtures {
    final class Builder {
        var g = Genogram()
        var ids = SeededIDs(seed: 11)
        @discardableResult
        func person(_ name: String, _ gender: Gender, _ year: Int? = nil) -> UUID {
            let p = GenogramPerson(personID: ids.next(), name: name, gender: gender, birthYear: year)
            g.add(p)
            return p.personID
        }
        @discardableResult
        func couple(_ partners: [UUID], _ status: CoupleStatus = .married, children: [(UUID, ChildLinkKind)] = [], twins: Bool = false)
            -> UUID
        {
            let c = GenogramCouple(coupleID: ids.next(), partners: partners, status: status)
            g.add(c)
            let twin = twins ? ids.next() : nil
            for (child, kind) in children { g.add(GenogramChildLink(coupleID: c.coupleID, childID: child, kind: kind, twinGroup: twin)) }
            return c.coupleID
        }
    }

    static var all: [(String, Genogram)] {
        var out: [(String, Genogram)] = []
        do {  // remarriage with children from both marriages
            let b = Builder()
            let sandra = b.person("Sandra", .female, 1988)
            let mark = b.person("Mark", .male, 1985)
            let karim = b.person("Karim", .male, 1987)
            let a = b.person("Anouk", .female, 2010)
            let d = b.person("Daan", .male, 2012)
            let z = b.person("Zoë", .female, 2017)
            let m = b.person("Milan", .male, 2023)
            b.couple([sandra, mark], .divorced, children: [(a, .biological), (d, .biological)])
            b.couple([sandra, karim], .married, children: [(z, .biological), (m, .biological)])
            out.append(("remarriage", b.g))
        }
        do {  // foster child with foster and biological parents
            let b = Builder()
            let mum = b.person("Kim", .female, 1995)
            let dad = b.person("Jordy", .male, 1993)
            let fm = b.person("Els", .female, 1970)
            let ff = b.person("Piet", .male, 1968)
            let child = b.person("Noah", .male, 2019)
            b.couple([mum, dad], .separated, children: [(child, .biological)])
            b.couple([fm, ff], .married, children: [(child, .foster)])
            out.append(("foster", b.g))
        }
        do {  // issue 14: a foster couple with their own daughter, the foster son's birth parents beside them
            let b = Builder()
            let peter = b.person("Peter", .male, 1978)
            let ingrid = b.person("Ingrid", .female, 1980)
            let lotte = b.person("Lotte", .female, 2010)
            let jayden = b.person("Jayden", .male, 2013)
            let mandy = b.person("Mandy", .female, 1992)
            let rick = b.person("Rick", .male, 1990)
            b.g.persons[3].isIndex = true
            b.g.persons[5].deceased = true
            b.couple([peter, ingrid], .cohabiting, children: [(lotte, .biological), (jayden, .foster)])
            b.couple([mandy, rick], .divorced, children: [(jayden, .biological)])
            b.g.add(GenogramBond(bondID: b.ids.next(), from: ingrid, to: jayden, kind: .close))
            b.g.add(GenogramBond(bondID: b.ids.next(), from: mandy, to: jayden, kind: .conflict))
            b.g.add(GenogramBond(bondID: b.ids.next(), from: peter, to: mandy, kind: .cutOff))
            out.append(("foster-and-birth-family", b.g))
        }
        do {  // a conflict between the two partners of a couple
            let b = Builder()
            let sandra = b.person("Sandra", .female, 1988)
            let karim = b.person("Karim", .male, 1987)
            let zoe = b.person("Zoë", .female, 2017)
            b.couple([sandra, karim], .married, children: [(zoe, .biological)])
            b.g.add(GenogramBond(bondID: b.ids.next(), from: sandra, to: karim, kind: .conflict))
            out.append(("partners-in-conflict", b.g))
        }
        do {  // twins, a cohabiting couple, grandparents
            let b = Builder()
            let oma = b.person("Riet", .female, 1955)
            let opa = b.person("Henk", .male, 1950)
            let mum = b.person("Sandra", .female, 1988)
            let partner = b.person("Bas", .male, 1986)
            let t1 = b.person("Lotte", .female, 2015)
            let t2 = b.person("Lisa", .female, 2015)
            b.couple([oma, opa], .married, children: [(mum, .biological)])
            b.couple([mum, partner], .cohabiting, children: [(t1, .biological), (t2, .biological)], twins: true)
            out.append(("twins-cohabiting", b.g))
        }
        do {  // an unknown sibling (parents unknown) and a non-binary person
            let b = Builder()
            let a = b.person("Sam", .nonBinary, 2001)
            let sib = b.person("?", .unknown)
            b.couple([], .unknown, children: [(a, .biological), (sib, .biological)])
            out.append(("unknown-sibling", b.g))
        }
        do {  // a data error genealogy files contain: someone partnered with their own grandchild
            let b = Builder()
            let a = b.person("Aart", .male, 1900)
            let w = b.person("Wil", .female, 1902)
            let c = b.person("Cor", .male, 1925)
            let d = b.person("Dini", .female, 1927)
            let e = b.person("Eva", .female, 1950)
            let f = b.person("Fleur", .female, 1970)
            b.couple([a, w], children: [(c, .biological)])
            b.couple([c, d], children: [(e, .biological)])
            b.couple([a, e], .cohabiting, children: [(f, .biological)])
            out.append(("partner-is-descendant", b.g))
        }
        do {  // a pregnancy and a miscarriage beside their siblings, and emotional relations
            let b = Builder()
            let mum = b.person("Sandra", .female, 1990)
            let dad = b.person("Karim", .male, 1988)
            let z = b.person("Zoë", .female, 2017)
            let lost = b.person("miskraam", .unknown, 2020)
            let baby = b.person("baby", .unknown)
            b.g.persons[3].kind = .miscarriage
            b.g.persons[4].kind = .pregnancy
            b.couple([mum, dad], .married, children: [(z, .biological), (lost, .biological), (baby, .biological)])
            b.g.add(GenogramBond(bondID: b.ids.next(), from: dad, to: z, kind: .conflict))
            b.g.add(GenogramBond(bondID: b.ids.next(), from: mum, to: z, kind: .fused))
            out.append(("pregnancy-bonds", b.g))
        }
        return out
    }
}
