import Diagrams
import Foundation
import Genealogy
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// Everything the checkers find in a genogram's layout, its family lines at the slot
/// widths the screen uses and the SVG's, and the routes of its emotional relations.
func drawingProblems(_ g: Genogram, slots: [Int] = [8, 10, 14]) -> [String] {
    let layout = GenogramLayout(g)
    var out = GenogramLayoutCheck.problems(g, layout)
    for slot in slots {
        let lines = GenogramLines(g, layout, slot: slot)
        out += GenogramLineCheck.problems(g, layout, lines).map { "slot \(slot): \($0)" }
        out += GenogramBondRoutes.problems(g, layout, lines, GenogramBondRoutes(g, layout, lines, year: 2026), year: 2026)
            .map { "slot \(slot): \($0)" }
    }
    return out
}

@Suite("Genogram layout")
struct GenogramLayoutTests {
    @Test(
        "hand-made families: no overlaps, no line through a symbol, children below parents, couples on one row",
        arguments: GenogramFixtures.all.map(\.0))
    func fixtures(name: String) throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == name }?.1)
        let layout = GenogramLayout(g)
        #expect(drawingProblems(g) == [])
        #expect(GenogramLayout(g) == layout, "deterministic")
    }

    @Test("children stand left to right by birth order, under their parents")
    func birthOrder() throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == "remarriage" }?.1)
        let layout = GenogramLayout(g)
        func col(_ name: String) -> Int { layout.places[g.persons.first { $0.name == name }!.personID]!.column }
        #expect(col("Anouk") < col("Daan") && col("Daan") < col("Zoë") && col("Zoë") < col("Milan"))
    }

    @Test(
        "the real sample files lay out without any problem the checker can find",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"),
        arguments: GedcomSamples.files.map(\.path))
    func realFiles(path: String) throws {
        var ids = SeededIDs(seed: 1)
        let samples = try #require(GedcomSamples.directory)
        let imported = try GedcomImport.genogram(try Data(contentsOf: samples.appendingPathComponent("x/" + path)), ids: &ids)
        var g = Genogram()
        g.persons = imported.persons
        g.couples = imported.couples
        g.childLinks = imported.links
        let problems = drawingProblems(g, slots: [10])
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    }

    @Test(
        "Gramps' example databases lay out without a problem, example.gramps's two marriages to a descendant included",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the Gramps examples"),
        arguments: GedcomSamples.grampsFiles)
    func grampsFiles(path: String) throws {
        let samples = try #require(GedcomSamples.directory)
        let genogram = try #require(GrampsXML.genogram(try Data(contentsOf: samples.appendingPathComponent("x/" + path))))
        let layout = GenogramLayout(genogram)
        let problems = drawingProblems(genogram, slots: [10])
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

@Suite("Genogram drawing, property test")
struct GenogramPropertyTests {
    @Test("1,000 random families: no layout, line or relation problem at the slot widths the screen and the SVG use")
    func randomFamilies() {
        var failures: [String] = []
        for seed in UInt64(1)...1000 {
            let g = RandomGenograms.make(seed: seed)
            let problems = drawingProblems(g, slots: seed % 10 == 0 ? [8, 10, 14] : [10])
            if !problems.isEmpty { failures.append("seed \(seed): \(problems.count) problems, first: \(problems[0])") }
        }
        #expect(failures.isEmpty, "\(failures.count) families with problems:\n\(failures.prefix(12).joined(separator: "\n"))")
    }
}
