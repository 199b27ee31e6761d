import Foundation
import Genealogy
import KeukentafelDomain
import TestSupport
import Testing

@Suite("GEDCOM")
struct GedcomTests {
    @Test(
        "every person and family of the real sample files survives import → export → import",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"),
        arguments: GedcomSamples.files.map(\.path))
    func roundTrip(path: String) throws {
        let samples = try #require(GedcomSamples.directory)
        let data = try Data(contentsOf: samples.appendingPathComponent("x/" + path))
        var ids = SeededIDs(seed: 1)
        let first = try GedcomImport.genogram(data, ids: &ids)
        let raw = String(decoding: data, as: UTF8.self)
        #expect(first.persons.count == raw.components(separatedBy: "\n").filter { $0.hasPrefix("0 @") && $0.contains("@ INDI") }.count)
        #expect(
            first.couples.count
                == raw.components(separatedBy: "\n").filter { $0.hasPrefix("0 @") && $0.hasSuffix("@ FAM") || $0.hasSuffix("@ FAM\r") }
                .count)
        var g = Genogram()
        for p in first.persons { g.persons.append(p) }
        g.couples = first.couples
        g.childLinks = first.links
        let exported = GedcomExport.text(name: "test", genogram: g)
        var ids2 = SeededIDs(seed: 2)
        let second = try GedcomImport.genogram(Data(exported.utf8), ids: &ids2)
        #expect(GenogramShape(second.persons, second.couples, second.links) == GenogramShape(first.persons, first.couples, first.links))
    }

    @Test(
        "the Gramps sample keeps its adoptions, dates and names with accents",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"))
    func grampsDetails() throws {
        let dir = try #require(GedcomSamples.directory)
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(
            try Data(contentsOf: dir.appendingPathComponent("x/usr/share/doc/gramps/example/gedcom/sample.ged")), ids: &ids)
        let anna = try #require(g.persons.first { $0.name == "Anna Hansdotter" })
        #expect(anna.gender == .female && anna.birthYear == 1864 && anna.deathYear == 1945)
        #expect(g.links.contains { $0.kind == .adopted })
    }

    @Test(
        "malformed files name the line and give nothing back",
        arguments: [
            ("0 HEAD\n1 GEDC\nx INDI\n", 3, "level number"),
            ("0 HEAD\n0 @I1@ INDI\n3 NAME Zoë\n", 3, "one deeper"),
            ("0 HEAD\n0 @I1@ INDI\n0 @F1@ FAM\n1 CHIL @I9@\n0 TRLR\n", 4, "not a person"),
            ("0 @I1@ INDI\n", 1, "starts with 0 HEAD"),
            ("0 HEAD\n0 @I1@ INDI\n0 @I1@ INDI\n0 TRLR\n", 3, "defined twice"),
            ("0 HEAD\n1 N@ME x\n", 2, "not a GEDCOM tag"),
            // The end of the file: the trailer closes it, and nothing may follow.
            ("0 HEAD\n0 @I1@ INDI\n1 NAME Zoë /Jansen/\n", 3, "ends early"),
            ("0 HEAD\n0 @I1@ INDI\n1 NAME Zoë /Jansen/\n0 @I2", 4, "cut short in the middle of this line"),
            ("0 HEAD\n0 TRLR\n0 @I1@ INDI\n", 3, "follows 0 TRLR (line 2)"),
            ("", 1, "starts with 0 HEAD"),
        ])
    func malformed(text: String, line: Int, message: String) {
        var ids = SeededIDs(seed: 1)
        do {
            _ = try GedcomImport.genogram(Data(text.utf8), ids: &ids)
            Issue.record("accepted a malformed file")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test("GEDCOM 7 style: non-binary sex, void partners, pedigree on the child, continuation lines")
    func gedcom7() throws {
        let text = """
            0 HEAD
            1 GEDC
            2 VERS 7.0
            0 @I1@ INDI
            1 NAME Sam /de Vries/
            1 SEX X
            1 BIRT
            2 DATE ABT 1990
            1 NOTE een
            2 CONT twee
            0 @I2@ INDI
            1 NAME Noor //
            1 FAMC @F1@
            2 PEDI FOSTER
            0 @F1@ FAM
            1 HUSB @VOID@
            1 WIFE @I1@
            1 CHIL @I2@
            0 TRLR
            """
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(Data(text.utf8), ids: &ids)
        #expect(g.persons.map(\.name) == ["Sam de Vries", "Noor"])
        #expect(g.persons[0].gender == .nonBinary && g.persons[0].birthYear == 1990)
        #expect(g.couples[0].partners == [g.persons[0].personID])
        #expect(g.links[0].kind == .foster)
    }
}

/// A file that stops before its `0 TRLR` is only part of a family and is refused whole.
extension GedcomTests {
    @Test(
        "a real file cut short is refused with the line where it ends, wherever it was cut",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"),
        arguments: GedcomSamples.files.map { $0.path })
    func cutShort(path: String) throws {
        let samples = try #require(GedcomSamples.directory)
        let data = try Data(contentsOf: samples.appendingPathComponent("x/" + path))
        // 3,000 bytes as asked; the others land in a line, on a line's end and in a character.
        let newline = try #require(data.prefix(1_000).lastIndex(of: 0x0A))
        for cut in [3_000, 500, 1_000, newline + 1, data.count - 8] where cut < data.count {
            let part = data.prefix(cut)
            let lines = String(decoding: part, as: UTF8.self).split(omittingEmptySubsequences: false) { $0.isNewline }
            let lastLine = (lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0) + 1
            var ids = SeededIDs(seed: 1)
            do {
                _ = try GedcomImport.genogram(part, ids: &ids)
                Issue.record("\(path) cut at \(cut) bytes was read")
            } catch {
                #expect(error.message.contains("ends early") && error.message.contains("cut short"), "\(cut): \(error)")
                #expect(error.line == lastLine, "\(cut): \(error)")
            }
        }
    }

    @Test("a file ending in an old DOS end-of-file mark (Ctrl-Z) after its trailer is read")
    func ctrlZ() throws {
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(Data("0 HEAD\r\n0 @I1@ INDI\r\n1 NAME Mila\r\n0 TRLR\r\n\u{1A}".utf8), ids: &ids)
        #expect(g.persons.map(\.name) == ["Mila"])
    }
}
