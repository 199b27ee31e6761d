import Diagrams
import Foundation
import KeukentafelDomain
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Genogram export")
struct GenogramExportTests {
    static func hasCommand(_ name: String) -> Bool {
        (try? Subprocess.run(["/bin/sh", "-c", "command -v \(name)"]).status) == 0
    }

    @Test("the SVG is well-formed XML and holds every person's name", arguments: GenogramFixtures.all.map(\.0))
    func svgWellFormed(fixture: String) throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == fixture }?.1)
        let svg = GenogramExport.svg(name: "Gezin <Test> & co", g, year: 2026)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        // Someone drawn twice carries the mark after their name.
        for p in g.persons {
            #expect(svg.contains(">\(p.name)<") || svg.contains(">\(p.name)\(GenogramGlyphs.copyMark)<"), "\(p.name) missing")
        }
        #expect(svg.contains("Gezin &lt;Test&gt; &amp; co"))
    }

    @Test("the SVG has a legend of what it uses, and names each emotional relation, in Dutch or English")
    func svgLegendAndRelations() throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == "pregnancy-bonds" }?.1)
        let nl = GenogramExport.svg(name: "Gezin", g, year: 2026, language: .nl)
        let en = GenogramExport.svg(name: "Family", g, year: 2026, language: .en)
        for label in ["Legenda", ">zwanger<", ">miskraam<", ">ruzie<", ">zeer hecht<", "Karim – Zoë: ruzie", "Sandra – Zoë: zeer hecht"] {
            #expect(nl.contains(label), "\(label)")
        }
        for label in ["Legend", ">pregnancy<", ">miscarriage<", ">conflict<", ">fused<"] { #expect(en.contains(label), "\(label)") }
        // A legend names only what is drawn: no divorce, no foster child here.
        #expect(!nl.contains(">gescheiden<") && !nl.contains(">pleeg<"))
        #expect(nl.contains("<polygon") && nl.contains("<polyline"), "a triangle for the pregnancy, a zigzag for the conflict")
    }

    @Test(
        "the SVG renders to PNG with rsvg-convert without errors",
        .enabled(if: hasCommand("rsvg-convert"), "skipped: rsvg-convert (librsvg2-bin) is not installed"))
    func svgRenders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, g) in GenogramFixtures.all {
            let svg = dir.appendingPathComponent("\(name).svg")
            let png = dir.appendingPathComponent("\(name).png")
            try GenogramExport.svg(name: name, g, year: 2026).write(to: svg, atomically: true, encoding: .utf8)
            let r = try Subprocess.run(["rsvg-convert", svg.path, "-o", png.path])
            #expect(r.status == 0 && r.output.isEmpty, "\(name): \(r.output)")
            let bytes = try Data(contentsOf: png)
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name): not a PNG")
        }
    }

    @Test(
        "Graphviz reads the DOT and places every person",
        .enabled(if: hasCommand("dot"), "skipped: Graphviz is not installed"))
    func dotReads() throws {
        for (name, g) in GenogramFixtures.all {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-dot-\(UUID().uuidString).dot")
            try GenogramExport.dot(name: name, g).write(to: dir, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: dir) }
            let r = try Subprocess.run(["dot", "-Tplain", dir.path])
            #expect(r.status == 0, "\(name): \(r.output)")
            let nodes = r.output.split(separator: "\n").filter { $0.hasPrefix("node p") }
            #expect(nodes.count == g.persons.count, "\(name)")
        }
    }
}

@Suite("The foster family's SVG, for people to look at")
struct FosterFamilySVGTests {
    /// `Screens/genogram-foster-family.svg` and its PNG (rsvg-convert), rewritten on purpose
    /// with `KEUKENTAFEL_RECORD_SCREENS=1`.
    @Test("the SVG of the foster family entered by quick entry matches the committed one, and its lines pass the checker")
    func fosterFamily() throws {
        let g = FosterFamily.genogram
        let layout = GenogramLayout(g)
        let lines = GenogramLines(g, layout, slot: 10)
        #expect(GenogramLineCheck.problems(g, layout, lines) == [])
        let svg = GenogramExport.svg(name: "Gezin Vos (fictief)", g, year: 2026, language: .nl)
        let url = Golden.screensDirectory.appendingPathComponent("genogram-foster-family.svg")
        if Golden.isRecording {
            try svg.write(to: url, atomically: true, encoding: .utf8)
            let png = Golden.screensDirectory.appendingPathComponent("genogram-foster-family.png")
            let r = try Subprocess.run(["rsvg-convert", "-o", png.path, url.path])
            #expect(r.status == 0, "\(r.output)")
            return
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(stored == svg, "Screens/genogram-foster-family.svg differs; re-record on purpose")
        // One foster couple drawn dashed (living together), one foster line dotted, the
        // birth parents' line solid: the dotted dash appears on Jayden's foster line only.
        #expect(svg.components(separatedBy: "stroke-dasharray=\"2,3\"").count - 1 == 2, "the foster line and its legend sample")
    }
}
