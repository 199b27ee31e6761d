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

extension GrampsXMLTests {
    @Test("a family, child or event pointing at a handle the database does not hold is skipped, never followed")
    func danglingHandles() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <database xmlns="http://gramps-project.org/xml/1.7.1/">
              <events>
                <event handle="_e1"><type>Birth</type><dateval val="1980-04-02"/></event>
              </events>
              <people>
                <person handle="_p1">
                  <gender>F</gender>
                  <name type="Birth Name"><first>Anouk</first><surname>Willems</surname></name>
                  <eventref hlink="_e1" role="Primary"/>
                  <eventref hlink="_gone" role="Primary"/>
                  <childof hlink="_nofamily"/>
                </person>
              </people>
              <families>
                <family handle="_f1">
                  <rel type="Married"/>
                  <father hlink="_nobody"/>
                  <mother hlink="_p1"/>
                  <childref hlink="_nochild"/>
                  <childref hlink="_f1" mrel="Foster"/>
                </family>
              </families>
            </database>
            """
        let g = try #require(GrampsXML.genogram(Data(xml.utf8)))
        #expect(g.persons.map(\.name) == ["Anouk Willems"] && g.persons[0].birthYear == 1980)
        #expect(g.couples.count == 1 && g.couples[0].partners == [g.persons[0].personID] && g.couples[0].status == .married)
        #expect(g.childLinks.isEmpty)
        // What it reads exports and reads back without a dangling pointer.
        var ids = SeededIDs(seed: 3)
        let again = try GedcomImport.genogram(Data(GedcomExport.text(name: "gramps", genogram: g).utf8), ids: &ids)
        #expect(again.persons.count == 1 && again.couples.count == 1)
    }
}

extension GrampsXMLTests {
    @Test("a file that declares XML entities is refused: an external one would drop the text after it, nested ones would explode")
    func entities() throws {
        let external = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE database [ <!ENTITY x SYSTEM "file:///etc/hostname"> ]>
            <database><people><person handle="_p1"><gender>F</gender>
            <name><first>Anouk &x;</first><surname>Willems</surname></name></person></people></database>
            """
        #expect(GrampsXML.genogram(Data(external.utf8)) == nil)
        let nested =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE database [\n<!ENTITY a \"aaaaaaaaaa\">\n"
            + (1...8).map {
                "<!ENTITY \(Character(Unicode.Scalar(UInt8(97 + $0)))) \""
                    + String(repeating: "&\(Character(Unicode.Scalar(UInt8(96 + $0))));", count: 10) + "\">\n"
            }
            .joined() + "]>\n<database><people><person handle=\"_p\"><name><first>&i;</first></name></person></people></database>\n"
        #expect(GrampsXML.genogram(Data(nested.utf8)) == nil)
        // Without the declaration the same person reads whole.
        let plain = external.replacingOccurrences(of: " &x;", with: "").replacingOccurrences(
            of: "<!DOCTYPE database [ <!ENTITY x SYSTEM \"file:///etc/hostname\"> ]>\n", with: "")
        #expect(try #require(GrampsXML.genogram(Data(plain.utf8))).persons.map(\.name) == ["Anouk Willems"])
    }
}
