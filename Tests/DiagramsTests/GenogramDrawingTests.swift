import Diagrams
import Foundation
import KeukentafelDomain
import TerminalUI
import Testing

@Suite("Genogram and network drawing")
struct GenogramDrawingTests {
    @Test("emotional relations are drawn without touching a symbol or a name; twins lean to one point")
    func bondsAndTwins() throws {
        for ascii in [false, true] {
            let g = try #require(GenogramFixtures.all.first { $0.0 == "pregnancy-bonds" }?.1)
            let layout = GenogramLayout(g)
            var canvas = Canvas(size: Size(width: 60, height: 14), glyphs: ascii ? .ascii : .unicode)
            GenogramRenderer.render(g, layout, in: canvas.bounds, on: &canvas, slot: 10, year: 2026)
            let text = (0..<canvas.size.height).map { y in String((0..<canvas.size.width).map { canvas[$0, y].grapheme }) }.joined(
                separator: "\n")
            for kind in [EmotionalBond.conflict, .fused] {
                #expect(
                    text.contains(GenogramGlyphs.bond(kind, ascii: ascii).horizontal)
                        || text.contains(GenogramGlyphs.bond(kind, ascii: ascii).vertical), "\(kind) in\n\(text)")
            }
            for p in g.persons {
                let place = try #require(layout.places[p.personID])
                let x = place.column * 10 + 5
                let y = GenogramLines(g, layout, slot: 10).y(place.row)
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
        let c = NetworkContact(
            contactID: UUID(), name: "tante Nadia", sector: "family", ring: .close, support: [.practical, .emotional], stressful: true,
            oneWay: true)
        #expect(NetworkMapRenderer.marks(c, ascii: false) == " pe!→" && NetworkMapRenderer.marks(c, ascii: true) == " pe!>")
        var canvas = Canvas(size: Size(width: 70, height: 21))
        let others = (1...6).map { NetworkContact(contactID: UUID(), name: "buur \($0)", sector: "friends", ring: .middle) }
        NetworkMapRenderer.render([c] + others, in: canvas.bounds, on: &canvas, sectorName: { $0 }, centre: "Gezin")
        let text = (0..<21).map { y in String((0..<70).map { canvas[$0, y].grapheme }) }.joined(separator: "\n")
        #expect(text.contains("t. Nadia pe!→") && text.contains("Gezin"), "\(text)")
        for n in 1...6 { #expect(text.contains("buur \(n)"), "buur \(n) hidden by another label in\n\(text)") }
    }
}
