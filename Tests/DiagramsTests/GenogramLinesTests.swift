import Foundation
import KeukentafelDomain
import TerminalUI
import Testing

@testable import Diagrams

@Suite("Genogram lines")
struct GenogramLinesTests {
    static let fosterFamily = GenogramFixtures.all.first { $0.0 == "foster-and-birth-family" }!.1

    static func id(_ name: String, in g: Genogram) -> UUID { g.persons.first { $0.name == name }!.personID }

    static func text(_ canvas: Canvas) -> [String] {
        (0..<canvas.size.height).map { y in String((0..<canvas.size.width).map { canvas[$0, y].grapheme }) }
    }

    @Test(
        "a foster child hangs from the foster couple and from the birth parents by two distinct lines; the foster couple's own daughter only from them"
    )
    func fosterAndBirthFamily() throws {
        let g = Self.fosterFamily
        let layout = GenogramLayout(g)
        let jayden = Self.id("Jayden", in: g)
        let lotte = Self.id("Lotte", in: g)
        let foster = try #require(g.childLinks.first { $0.childID == jayden && $0.kind == .foster }).coupleID
        let birth = try #require(g.childLinks.first { $0.childID == jayden && $0.kind == .biological }).coupleID
        for slot in [8, 10, 14] {
            let lines = GenogramLines(g, layout, slot: slot)
            let end = lines.y(layout.places[jayden]!.row) - 1
            let toJayden = lines.segments.filter { $0.role == .drop && $0.person == jayden && $0.to.y == end && !$0.isHorizontal }
            #expect(Set(toJayden.map(\.family)) == [foster, birth])
            #expect(Set(toJayden.map(\.to.x)).count == 2, "side by side, not on top of each other")
            #expect(toJayden.first { $0.family == foster }?.kind == .foster)
            #expect(toJayden.first { $0.family == birth }?.kind == .biological)
            // Lotte's only line comes from Peter and Ingrid.
            #expect(Set(lines.segments.filter { $0.person == lotte && $0.role == .drop }.map(\.family)) == [foster])
            // The two sibship lines never share a lane where they could read as one.
            let bars = lines.segments.filter { $0.role == .sibship }
            for a in bars {
                for b in bars where a.family != b.family && a.from.y == b.from.y {
                    #expect(a.to.x + 1 < b.from.x || b.to.x + 1 < a.from.x, "slot \(slot): \(a) and \(b) touch")
                }
            }
            #expect(GenogramLineCheck.problems(g, layout, lines) == [])
        }
        // On screen: the foster line dotted, the birth line solid, each its own.
        var canvas = Canvas(size: Size(width: 60, height: 12))
        GenogramRenderer.render(g, layout, in: canvas.bounds, on: &canvas, slot: 10, year: 2026)
        let rows = Self.text(canvas)
        let lines = GenogramLines(g, layout, slot: 10)
        let offset = (60 - lines.width) / 2
        let drops = lines.segments.filter { $0.role == .drop && $0.person == jayden && !$0.isHorizontal }
        let fosterX = try #require(drops.first { $0.family == foster }).to.x + offset
        let birthY = try #require(drops.first { $0.family == birth }).to.y
        let fosterY = try #require(drops.first { $0.family == foster }).to.y
        #expect(Array(rows[fosterY])[fosterX] == "┆", "\(rows.joined(separator: "\n"))")
        #expect(Array(rows[birthY]).contains("┌") || Array(rows[birthY]).contains("│"), "\(rows.joined(separator: "\n"))")
    }

    @Test("the checker sees what a reader would misread: two families' sibship lines run together, two lines reach one point")
    func checkerCatchesAmbiguity() throws {
        let g = Self.fosterFamily
        let layout = GenogramLayout(g)
        let good = GenogramLines(g, layout, slot: 10)
        #expect(GenogramLineCheck.problems(g, layout, good) == [])
        // The defect of the issue: the birth parents' line on the foster line's lane,
        // running on into it, as if Lotte were Mandy's child.
        var joined = good
        let bars = joined.segments.indices.filter { joined.segments[$0].role == .sibship }
        let (a, b) = (bars[0], bars[1])
        let y = joined.segments[a].from.y
        let shift = y - joined.segments[b].from.y
        for i in joined.segments.indices where joined.segments[i].family == joined.segments[b].family {
            if joined.segments[i].role == .sibship {
                joined.segments[i].from.y = y
                joined.segments[i].to.y = y
                joined.segments[i].from.x = min(joined.segments[i].from.x, joined.segments[a].to.x)
            } else if joined.segments[i].role == .drop || joined.segments[i].role == .descent {
                if joined.segments[i].from.y == y - shift { joined.segments[i].from.y = y }
                if joined.segments[i].to.y == y - shift { joined.segments[i].to.y = y }
            }
        }
        #expect(GenogramLineCheck.problems(g, layout, joined).contains { $0.contains("share a stretch") || $0.contains("junction") })
        // Both lines to Jayden on one point.
        var onePoint = good
        let jayden = Self.id("Jayden", in: g)
        let toJayden = onePoint.segments.indices.filter { onePoint.segments[$0].person == jayden && !onePoint.segments[$0].isHorizontal }
        let x = onePoint.segments[toJayden[0]].from.x
        onePoint.segments[toJayden[1]].from.x = x
        onePoint.segments[toJayden[1]].to.x = x
        #expect(GenogramLineCheck.problems(g, layout, onePoint).contains { $0.contains("same point") || $0.contains("junction") })
        // A child left without its line.
        var lost = good
        lost.segments.removeAll { $0.person == Self.id("Lotte", in: g) }
        #expect(GenogramLineCheck.problems(g, layout, lost).contains { $0.contains("Lotte has 0 lines") })
    }

    @Test("a relation between partners runs along their couple line; child lines start at the couple's midpoint")
    func partners() throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == "partners-in-conflict" }?.1)
        let layout = GenogramLayout(g)
        let lines = GenogramLines(g, layout, slot: 10)
        let sandra = try #require(layout.places[Self.id("Sandra", in: g)])
        let karim = try #require(layout.places[Self.id("Karim", in: g)])
        let lane = try #require(lines.partnerLanes.first)
        #expect(lane.y == lines.y(sandra.row) - 1)
        #expect(
            lane.x1 > min(lines.x(sandra.column), lines.x(karim.column)) && lane.x2 < max(lines.x(sandra.column), lines.x(karim.column)))
        let descent = try #require(lines.segments.first { $0.role == .descent })
        #expect(descent.from.x * 2 == lines.x(sandra.column) + lines.x(karim.column))
        var canvas = Canvas(size: Size(width: 40, height: 8))
        GenogramRenderer.render(g, layout, in: canvas.bounds, on: &canvas, slot: 10, year: 2026)
        let rows = Self.text(canvas)
        let symbolRow = lines.y(sandra.row)
        #expect(rows[symbolRow - 1].contains("∿∿∿"), "\(rows.joined(separator: "\n"))")
        #expect(
            !rows[symbolRow + 1].contains("≀") && !rows[symbolRow + 2].contains("∿"),
            "no loop around the names:\n\(rows.joined(separator: "\n"))")
        #expect(rows[symbolRow].contains("┬"), "the descent leaves the couple line at its middle:\n\(rows.joined(separator: "\n"))")
    }
}
