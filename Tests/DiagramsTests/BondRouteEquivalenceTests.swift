import Diagrams
import Foundation
import KeukentafelDomain
import TerminalUI
import Testing

/// The fast relation routing against the reference (`ReferenceBondRouter`, the routing as
/// it was): every route the same, cell for cell, so no drawing or golden screen changes.
@Suite("Relation routing, against the reference")
struct BondRouteEquivalenceTests {
    /// A random family with a few more relations than `RandomGenograms` makes, so that
    /// relations crowd each other and have to share cells or go without.
    static func crowded(seed: UInt64) -> Genogram {
        var g = RandomGenograms.make(seed: seed)
        var rng = RandomGenograms.Generator(state: seed &* 31 &+ 7)
        var ids = SeededIDs(seed: seed &+ 1_000_003)
        let people = g.persons.map(\.personID)
        for _ in 0..<Int.random(in: 0...10, using: &rng) {
            guard let a = people.randomElement(using: &rng), let b = people.randomElement(using: &rng), a != b else { continue }
            g.add(GenogramBond(bondID: ids.next(), from: a, to: b, kind: EmotionalBond.allCases.randomElement(using: &rng)!))
        }
        return g
    }

    @Test("150 random families: the same routes as the reference at every slot width, on the whole drawing and on part of it")
    func randomFamilies() {
        var failures: [String] = []
        var routed = 0
        for seed in UInt64(1)...150 {
            let g = Self.crowded(seed: seed)
            var rng = RandomGenograms.Generator(state: seed)
            let layout = GenogramLayout(g)
            let slot = [8, 10, 12, 14][Int(seed % 4)]
            // The screen's lines keep one free row for relations, the SVG's two.
            let lines = GenogramLines(g, layout, slot: slot, relationRows: seed % 3 == 0 ? 2 : 1)
            // The screen pans over a large drawing and routes inside the part on show.
            var visible: Rect?
            if seed % 2 == 0 {
                let w = Int.random(in: 20...max(20, lines.width), using: &rng)
                let h = Int.random(in: 6...max(6, lines.height), using: &rng)
                visible = Rect(
                    x: Int.random(in: -5...max(-5, lines.width - w), using: &rng),
                    y: Int.random(in: -2...max(-2, lines.height - h), using: &rng),
                    width: w, height: h)
            }
            let fast = GenogramBondRoutes(g, layout, lines, year: 2026, visible: visible)
            let reference = ReferenceBondRouter.routes(g, layout, lines, year: 2026, visible: visible)
            routed += fast.paths.count
            if fast.paths != reference.paths || fast.along != reference.along {
                let differing = Set(fast.paths.keys).union(reference.paths.keys).filter { fast.paths[$0] != reference.paths[$0] }
                failures.append("seed \(seed), slot \(slot), visible \(visible?.description ?? "all"): \(differing.count) routes differ")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) families routed differently:\n\(failures.prefix(12).joined(separator: "\n"))")
        // The families do exercise routing (not only relations along a couple line).
        #expect(routed > 150, "\(routed) routes")
    }

    @Test("the hand-made families: the same routes as the reference", arguments: GenogramFixtures.all.map(\.0))
    func fixtures(name: String) throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == name }?.1)
        let layout = GenogramLayout(g)
        for slot in [8, 10, 12, 14] {
            let lines = GenogramLines(g, layout, slot: slot)
            let fast = GenogramBondRoutes(g, layout, lines, year: 2026)
            let reference = ReferenceBondRouter.routes(g, layout, lines, year: 2026)
            #expect(fast.paths == reference.paths && fast.along == reference.along, "slot \(slot)")
        }
    }

    @Test("5,000 random grids full of equal-cost ways: the cell router picks the same one as the reference")
    func randomGrids() {
        var failures: [String] = []
        var found = 0
        for seed in UInt64(1)...5000 {
            var rng = RandomGenograms.Generator(state: seed)
            let area = Rect(
                x: Int.random(in: -3...3, using: &rng), y: Int.random(in: -3...3, using: &rng),
                width: Int.random(in: 1...40, using: &rng), height: Int.random(in: 1...16, using: &rng))
            let wall = Double.random(in: 0..<0.4, using: &rng)
            // Few distinct costs, so many ways cost the same and the order among ties decides.
            var blocked: Set<Point> = []
            var penalty: [Point: Int] = [:]
            for y in area.y..<area.maxY {
                for x in area.x..<area.maxX {
                    let p = Point(x: x, y: y)
                    if Double.random(in: 0..<1, using: &rng) < wall { blocked.insert(p) }
                    penalty[p] = [0, 0, 0, 0, 12, 30][Int.random(in: 0..<6, using: &rng)]
                }
            }
            func anywhere() -> Point {
                Point(x: Int.random(in: area.x - 1...area.maxX, using: &rng), y: Int.random(in: area.y - 1...area.maxY, using: &rng))
            }
            let (start, goal) = (anywhere(), anywhere())
            let bend = Int.random(in: 0...4, using: &rng)
            let fast = CellRouter.route(
                from: start, to: goal, in: area, blocked: { blocked.contains($0) }, penalty: { penalty[$0] ?? 0 }, bend: bend)
            let reference = ReferenceBondRouter.route(
                from: start, to: goal, in: area, blocked: { blocked.contains($0) }, penalty: { penalty[$0] ?? 0 }, bend: bend)
            if fast != nil { found += 1 }
            if fast != reference { failures.append("seed \(seed): \(area) \(start) → \(goal), bend \(bend)") }
        }
        #expect(failures.isEmpty, "\(failures.count) grids routed differently:\n\(failures.prefix(12).joined(separator: "\n"))")
        #expect(found > 1000)
    }
}
