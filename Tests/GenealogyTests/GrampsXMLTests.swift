import Foundation
import Genealogy
import KeukentafelDomain
import TestSupport
import Testing

@Suite("Gramps XML")
struct GrampsXMLTests {
    @Test(
        "every person and family of Gramps' example databases survives import → GEDCOM export → import",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the Gramps examples"),
        arguments: GedcomSamples.grampsFiles)
    func roundTrip(path: String) throws {
        let samples = try #require(GedcomSamples.directory)
        let data = try Data(contentsOf: samples.appendingPathComponent("x/" + path))
        let g = try #require(GrampsXML.genogram(data))
        let raw = String(decoding: data, as: UTF8.self)
        #expect(g.persons.count == raw.components(separatedBy: "<person handle").count - 1)
        #expect(g.couples.count == raw.components(separatedBy: "<family handle").count - 1)
        #expect(g.persons.contains { $0.birthYear != nil } && g.persons.contains { $0.deceased })
        var ids = SeededIDs(seed: 3)
        let again = try GedcomImport.genogram(Data(GedcomExport.text(name: "gramps", genogram: g).utf8), ids: &ids)
        #expect(GenogramShape(again.persons, again.couples, again.links) == GenogramShape(g.persons, g.couples, g.childLinks))
    }
}
