import Diagrams
import Foundation
import Genealogy
import KeukentafelDomain
import Testing
import TerminalUI
import TestSupport

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
        func couple(_ partners: [UUID], _ status: CoupleStatus = .married, children: [(UUID, ChildLinkKind)] = [], twins: Bool = false) -> UUID {
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
            let sandra = b.person("Sandra", .female, 1988), mark = b.person("Mark", .male, 1985), karim = b.person("Karim", .male, 1987)
            let a = b.person("Anouk", .female, 2010), d = b.person("Daan", .male, 2012)
            let z = b.person("Zoë", .female, 2017), m = b.person("Milan", .male, 2023)
            b.couple([sandra, mark], .divorced, children: [(a, .biological), (d, .biological)])
            b.couple([sandra, karim], .married, children: [(z, .biological), (m, .biological)])
            out.append(("remarriage", b.g))
        }
        do {  // foster child with foster and biological parents
            let b = Builder()
            let mum = b.person("Kim", .female, 1995), dad = b.person("Jordy", .male, 1993)
            let fm = b.person("Els", .female, 1970), ff = b.person("Piet", .male, 1968)
            let child = b.person("Noah", .male, 2019)
            b.couple([mum, dad], .separated, children: [(child, .biological)])
            b.couple([fm, ff], .married, children: [(child, .foster)])
            out.append(("foster", b.g))
        }
        do {  // twins, a cohabiting couple, grandparents
            let b = Builder()
            let oma = b.person("Riet", .female, 1955), opa = b.person("Henk", .male, 1950)
            let mum = b.person("Sandra", .female, 1988), partner = b.person("Bas", .male, 1986)
            let t1 = b.person("Lotte", .female, 2015), t2 = b.person("Lisa", .female, 2015)
            b.couple([oma, opa], .married, children: [(mum, .biological)])
            b.couple([mum, partner], .cohabiting, children: [(t1, .biological), (t2, .biological)], twins: true)
            out.append(("twins-cohabiting", b.g))
        }
        do {  // an unknown sibling (parents unknown) and a non-binary person
            let b = Builder()
            let a = b.person("Sam", .nonBinary, 2001), sib = b.person("?", .unknown)
            b.couple([], .unknown, children: [(a, .biological), (sib, .biological)])
            out.append(("unknown-sibling", b.g))
        }
        do {  // a data error genealogy files contain: someone partnered with their own grandchild
            let b = Builder()
            let a = b.person("Aart", .male, 1900), w = b.person("Wil", .female, 1902)
            let c = b.person("Cor", .male, 1925), d = b.person("Dini", .female, 1927), e = b.person("Eva", .female, 1950)
            let f = b.person("Fleur", .female, 1970)
            b.couple([a, w], children: [(c, .biological)])
            b.couple([c, d], children: [(e, .biological)])
            b.couple([a, e], .cohabiting, children: [(f, .biological)])
            out.append(("partner-is-descendant", b.g))
        }
        do {  // a pregnancy and a miscarriage beside their siblings, and emotional relations
            let b = Builder()
            let mum = b.person("Sandra", .female, 1990), dad = b.person("Karim", .male, 1988)
            let z = b.person("Zoë", .female, 2017)
            let lost = b.person("miskraam", .unknown, 2020), baby = b.person("baby", .unknown)
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

@Suite("Genogram layout")
struct GenogramLayoutTests {
    @Test("hand-made families: no overlaps, no line through a symbol, children below parents, couples on one row",
          arguments: GenogramFixtures.all.map(\.0))
    func fixtures(name: String) throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == name }?.1)
        let layout = GenogramLayout(g)
        #expect(GenogramLayoutCheck.problems(g, layout) == [])
        #expect(GenogramLayout(g) == layout, "deterministic")
    }

    @Test("children stand left to right by birth order, under their parents")
    func birthOrder() throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == "remarriage" }?.1)
        let layout = GenogramLayout(g)
        func col(_ name: String) -> Int { layout.places[g.persons.first { $0.name == name }!.personID]!.column }
        #expect(col("Anouk") < col("Daan") && col("Daan") < col("Zoë") && col("Zoë") < col("Milan"))
    }

    @Test("the real sample files lay out without any problem the checker can find",
          .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"),
          arguments: GedcomSamples.files.map(\.path))
    func realFiles(path: String) throws {
        var ids = SeededIDs(seed: 1)
        let imported = try GedcomImport.genogram(try Data(contentsOf: GedcomSamples.directory!.appendingPathComponent("x/" + path)), ids: &ids)
        var g = Genogram()
        g.persons = imported.persons
        g.couples = imported.couples
        g.childLinks = imported.links
        let problems = GenogramLayoutCheck.problems(g, GenogramLayout(g))
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    }

    @Test("Gramps' example databases lay out without a problem, example.gramps's two marriages to a descendant included",
          .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the Gramps examples"),
          arguments: GedcomSamples.grampsFiles)
    func grampsFiles(path: String) throws {
        let genogram = try #require(GrampsXML.genogram(try Data(contentsOf: GedcomSamples.directory!.appendingPathComponent("x/" + path))))
        let layout = GenogramLayout(genogram)
        let problems = GenogramLayoutCheck.problems(genogram, layout)
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
        if path.hasSuffix("example.gramps") {
            // Robert Knudsen + Helewisa Schwartz and John Knudsen + Isabel Huff.
            #expect(layout.copies.count == 2)
        }
    }

    @Test("someone partnered with their own descendant is drawn twice, once beside that partner")
    func drawnTwice() throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == "partner-is-descendant" }?.1)
        let layout = GenogramLayout(g)
        let aart = try #require(g.persons.first { $0.name == "Aart" }).personID
        let eva = try #require(g.persons.first { $0.name == "Eva" }).personID
        #expect(layout.copies.values.sorted { $0.uuidString < $1.uuidString } == [aart])
        let copy = try #require(layout.copies.first?.key)
        #expect(layout.places[copy]?.row == layout.places[eva]?.row)
        #expect(layout.places[aart]!.row < layout.places[eva]!.row)
        // Without the copy the checker finds the couple split over two rows.
        var plain = layout
        plain.partnerSlots = [:]
        plain.copies = [:]
        #expect(!GenogramLayoutCheck.problems(g, plain).isEmpty)
    }
}

@Suite("Cell router")
struct CellRouterTests {
    @Test("goes around blocked cells, prefers free cells and straight lines, and says when walled in")
    func routes() throws {
        let area = Rect(x: 0, y: 0, width: 10, height: 5)
        let wall = Set((0..<4).map { Point(x: 5, y: $0) })
        let path = try #require(CellRouter.route(from: Point(x: 1, y: 1), to: Point(x: 8, y: 1), in: area,
                                                 blocked: { wall.contains($0) }, penalty: { _ in 0 }))
        #expect(path.first == Point(x: 1, y: 1) && path.last == Point(x: 8, y: 1))
        #expect(!path.contains { wall.contains($0) })
        #expect(path.contains(Point(x: 5, y: 4)))
        for (a, b) in zip(path, path.dropFirst()) { #expect(abs(a.x - b.x) + abs(a.y - b.y) == 1) }
        let straight = try #require(CellRouter.route(from: Point(x: 0, y: 0), to: Point(x: 9, y: 0), in: area,
                                                     blocked: { _ in false }, penalty: { _ in 0 }))
        #expect(straight.count == 10 && straight.allSatisfy { $0.y == 0 })
        let closed = wall.union([Point(x: 5, y: 4)])
        #expect(CellRouter.route(from: Point(x: 1, y: 1), to: Point(x: 8, y: 1), in: area, blocked: { closed.contains($0) }, penalty: { _ in 0 }) == nil)
    }
}

@Suite("Genogram and network drawing")
struct GenogramDrawingTests {
    @Test("emotional relations are drawn without touching a symbol or a name; twins lean to one point")
    func bondsAndTwins() throws {
        for ascii in [false, true] {
            let g = try #require(GenogramFixtures.all.first { $0.0 == "pregnancy-bonds" }?.1)
            let layout = GenogramLayout(g)
            var canvas = Canvas(size: Size(width: 60, height: 14), glyphs: ascii ? .ascii : .unicode)
            GenogramRenderer.render(g, layout, in: canvas.bounds, on: &canvas, slot: 10, year: 2026)
            let text = (0..<canvas.size.height).map { y in String((0..<canvas.size.width).map { canvas[$0, y].grapheme }) }.joined(separator: "\n")
            for kind in [EmotionalBond.conflict, .fused] {
                #expect(text.contains(GenogramGlyphs.bond(kind, ascii: ascii).horizontal) || text.contains(GenogramGlyphs.bond(kind, ascii: ascii).vertical), "\(kind) in\n\(text)")
            }
            for p in g.persons {
                let place = try #require(layout.places[p.personID])
                let x = place.column * 10 + 5, y = place.row * GenogramRenderer.rowHeight
                let offset = (60 - layout.columns * 10) / 2
                #expect(canvas[x + offset, y].grapheme == GenogramGlyphs.symbol(p, ascii: ascii), "\(p.name)'s symbol in\n\(text)")
            }
            #expect(text.contains(ascii ? "^" : "△") && text.contains(ascii ? "x" : "•"))
        }
        let twins = try #require(GenogramFixtures.all.first { $0.0 == "twins-cohabiting" }?.1)
        var canvas = Canvas(size: Size(width: 60, height: 14))
        GenogramRenderer.render(twins, GenogramLayout(twins), in: canvas.bounds, on: &canvas, slot: 10, year: 2026)
        let rows = (0..<14).map { y in String((0..<60).map { canvas[$0, y].grapheme }) }
        #expect(rows.contains { $0.contains("╱") && $0.contains("╲") }, "\(rows.joined(separator: "\n"))")
    }

    @Test("the network map marks support, stressful and one-way ties, and shortens long names sensibly")
    func networkMap() {
        #expect(NetworkMapRenderer.shortName("buurvrouw Ans", cells: 10, ellipsis: "…") == "b. Ans")
        #expect(NetworkMapRenderer.shortName("oma Riet", cells: 10, ellipsis: "…") == "oma Riet")
        #expect(NetworkMapRenderer.shortName("Maximiliaan-Alexander", cells: 10, ellipsis: "…") == "Maximilia…")
        let c = NetworkContact(contactID: UUID(), name: "tante Nadia", sector: "family", ring: .close, support: [.practical, .emotional], stressful: true, oneWay: true)
        #expect(NetworkMapRenderer.marks(c, ascii: false) == " pe!→" && NetworkMapRenderer.marks(c, ascii: true) == " pe!>")
        var canvas = Canvas(size: Size(width: 70, height: 21))
        let others = (1...6).map { NetworkContact(contactID: UUID(), name: "buur \($0)", sector: "friends", ring: .middle) }
        NetworkMapRenderer.render([c] + others, in: canvas.bounds, on: &canvas, sectorName: { $0 }, centre: "Gezin")
        let text = (0..<21).map { y in String((0..<70).map { canvas[$0, y].grapheme }) }.joined(separator: "\n")
        #expect(text.contains("t. Nadia pe!→") && text.contains("Gezin"), "\(text)")
        for n in 1...6 { #expect(text.contains("buur \(n)"), "buur \(n) hidden by another label in\n\(text)") }
    }
}
