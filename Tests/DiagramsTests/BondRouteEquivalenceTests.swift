import Foundation
import KeukentafelDomain
import TerminalUI
import Testing

@testable import Diagrams

/// The fast relation routing (A*) against the reference (`ReferenceBondRouter`, Dijkstra as
/// it was): of several equally cheap routes it may take another, but never a dearer one, and
/// it finds a route exactly when the reference does. Each search is held against the
/// reference on the very costs it saw, since the routes before it laid those.
@Suite("Relation routing: as cheap as the reference")
struct BondRouteEquivalenceTests {
    /// A random family with a few more relations than `RandomGenograms` makes, so that
    /// relations crowd each other and have to share cells or go without.
    static func crowded(seed: UInt64) -> Genogram {
        var g = RandomGenograms.make(seed: seed)
        var rng = SplitMix64(seed: seed &* 31 &+ 7)
        var ids = SeededIDs(seed: seed &+ 1_000_003)
        let people = g.persons.map(\.personID)
        for _ in 0..<Int.random(in: 0...10, using: &rng) {
            guard let a = people.randomElement(using: &rng), let b = people.randomElement(using: &rng), a != b else { continue }
            g.add(GenogramBond(bondID: ids.next(), from: a, to: b, kind: EmotionalBond.allCases.randomElement(using: &rng)!))
        }
        return g
    }

    /// A crowded family with its lines at one of the slot widths, and for half of them a
    /// part of the drawing on show (the screen pans over a large drawing and routes inside it).
    static func family(seed: UInt64) -> (Genogram, GenogramLayout, GenogramLines, visible: Rect?) {
        let g = crowded(seed: seed)
        var rng = SplitMix64(seed: seed)
        let layout = GenogramLayout(g)
        let slot = [8, 10, 12, 14][Int(seed % 4)]
        // The screen's lines keep one free row for relations, the SVG's two.
        let lines = GenogramLines(g, layout, slot: slot, relationRows: seed % 3 == 0 ? 2 : 1)
        var visible: Rect?
        if seed % 2 == 0 {
            let w = Int.random(in: 20...max(20, lines.width), using: &rng)
            let h = Int.random(in: 6...max(6, lines.height), using: &rng)
            visible = Rect(
                x: Int.random(in: -5...max(-5, lines.width - w), using: &rng),
                y: Int.random(in: -2...max(-2, lines.height - h), using: &rng),
                width: w, height: h)
        }
        return (g, layout, lines, visible)
    }

    /// What `path` costs by the router's rules, worked out from its cells alone: 1 a step,
    /// `bend` for each turn but at the start, and each cell's `penalty` but the goal's.
    static func cost(of path: [Point], bend: Int, penalty: (Point) -> Int) -> Int {
        var total = 0
        for i in path.indices.dropFirst() {
            total += 1 + (path[i] == path.last ? 0 : penalty(path[i]))
            if i >= 2,
                path[i].x - path[i - 1].x != path[i - 1].x - path[i - 2].x || path[i].y - path[i - 1].y != path[i - 1].y - path[i - 2].y
            {
                total += bend
            }
        }
        return total
    }

    /// Why `path` is no route from `start` to `goal` in `area`, or nil when it is one.
    static func flaw(_ path: [Point], from start: Point, to goal: Point, in area: Rect, blocked: (Point) -> Bool) -> String? {
        guard path.first == start, path.last == goal else {
            return "runs from \(path.first.map { "\($0)" } ?? "nothing") to \(path.last.map { "\($0)" } ?? "nothing")"
        }
        if let gap = zip(path, path.dropFirst()).first(where: { abs($0.x - $1.x) + abs($0.y - $1.y) != 1 }) {
            return "jumps from \(gap.0) to \(gap.1)"
        }
        if let out = path.first(where: { !area.contains($0) }) { return "leaves the area at \(out)" }
        if let wall = path.dropFirst().dropLast().first(where: blocked) { return "runs through the blocked \(wall)" }
        return nil
    }

    /// What is wrong with the fast router's answer on these costs, or nil: none where the
    /// reference finds one, a route where it finds none, a route that is no route, or one
    /// dearer (or, which would be a wrong sum, cheaper) than the reference's.
    static func fault(
        _ fast: [Point]?, from start: Point, to goal: Point, in area: Rect, bend: Int, blocked: (Point) -> Bool, penalty: (Point) -> Int
    ) -> String? {
        let reference = ReferenceBondRouter.route(from: start, to: goal, in: area, blocked: blocked, penalty: penalty, bend: bend)
        switch (fast, reference) {
        case (nil, nil): return nil
        case (nil, _?): return "no route, the reference found one"
        case (_?, nil): return "a route, the reference found none"
        case (let fast?, let reference?):
            if let flaw = flaw(fast, from: start, to: goal, in: area, blocked: blocked) { return "the route \(flaw)" }
            let (a, b) = (cost(of: fast, bend: bend, penalty: penalty), cost(of: reference, bend: bend, penalty: penalty))
            return a == b ? nil : "costs \(a), the reference's \(b)"
        }
    }

    /// `fault` for one search a relation's routing made, on the costs it saw.
    static func fault(_ t: GenogramBondRoutes.Attempt) -> String? {
        func at(_ p: Point) -> Int { t.costs[(p.y - t.area.y) * t.area.width + (p.x - t.area.x)] }
        return fault(
            t.path, from: t.start, to: t.goal, in: t.area, bend: t.bend, blocked: { at($0) == CellRouter.Search.blocked },
            penalty: { at($0) })
    }

    @Test(
        "150 random families: every search as cheap as the reference's on the same costs, at every slot width, on all or part of the drawing"
    )
    func randomFamilies() {
        var failures: [String] = []
        var searches = 0
        var none = 0
        var routed = 0
        for seed in UInt64(1)...150 {
            let (g, layout, lines, visible) = Self.family(seed: seed)
            let routes = GenogramBondRoutes(g, layout, lines, year: 2026, visible: visible) { attempt in
                searches += 1
                if attempt.path == nil { none += 1 }
                if let fault = Self.fault(attempt) {
                    failures.append("seed \(seed), \(attempt.start) → \(attempt.goal) in \(attempt.area): \(fault)")
                }
            }
            routed += routes.paths.count
        }
        #expect(failures.isEmpty, "\(failures.count) searches wrong:\n\(failures.prefix(12).joined(separator: "\n"))")
        // The families do exercise routing (not only relations along a couple line), and
        // relations walled in by others (the reference must find no way either).
        #expect(routed > 150 && searches > routed && none > 20, "\(routed) routes, \(searches) searches, \(none) without a way")
    }

    @Test("the hand-made families: every search as cheap as the reference's", arguments: GenogramFixtures.all.map(\.0))
    func fixtures(name: String) throws {
        let g = try #require(GenogramFixtures.all.first { $0.0 == name }?.1)
        let layout = GenogramLayout(g)
        for slot in [8, 10, 12, 14] {
            let lines = GenogramLines(g, layout, slot: slot)
            _ = GenogramBondRoutes(g, layout, lines, year: 2026, visible: nil) { attempt in
                if let fault = Self.fault(attempt) { Issue.record("slot \(slot), \(attempt.start) → \(attempt.goal): \(fault)") }
            }
        }
    }

    /// A random grid full of equal-cost ways: few distinct costs, some walls, ends anywhere
    /// (outside the area too), any cost of a bend.
    struct Grid {
        var area: Rect
        var blocked: Set<Point> = []
        var penalty: [Point: Int] = [:]
        var start: Point
        var goal: Point
        var bend: Int

        init(seed: UInt64) {
            var rng = SplitMix64(seed: seed)
            area = Rect(
                x: Int.random(in: -3...3, using: &rng), y: Int.random(in: -3...3, using: &rng),
                width: Int.random(in: 1...40, using: &rng), height: Int.random(in: 1...16, using: &rng))
            let wall = Double.random(in: 0..<0.4, using: &rng)
            for y in area.y..<area.maxY {
                for x in area.x..<area.maxX {
                    let p = Point(x: x, y: y)
                    if Double.random(in: 0..<1, using: &rng) < wall { blocked.insert(p) }
                    penalty[p] = [0, 0, 0, 0, 12, 30][Int.random(in: 0..<6, using: &rng)]
                }
            }
            let a = area
            func anywhere() -> Point {
                Point(x: Int.random(in: a.x - 1...a.maxX, using: &rng), y: Int.random(in: a.y - 1...a.maxY, using: &rng))
            }
            (start, goal) = (anywhere(), anywhere())
            bend = Int.random(in: 0...4, using: &rng)
        }

        func load(_ search: CellRouter.Search) { search.load(area) { blocked.contains($0) ? nil : penalty[$0] ?? 0 } }
    }

    @Test("5,000 random grids full of equal-cost ways: as cheap as the reference, a way exactly when it has one, and the flood fill agrees")
    func randomGrids() {
        var failures: [String] = []
        var found = 0
        var none = 0
        for seed in UInt64(1)...5000 {
            let grid = Grid(seed: seed)
            let fast = CellRouter.route(
                from: grid.start, to: grid.goal, in: grid.area, blocked: { grid.blocked.contains($0) }, penalty: { grid.penalty[$0] ?? 0 },
                bend: grid.bend)
            if fast != nil { found += 1 } else { none += 1 }
            if let fault = Self.fault(
                fast, from: grid.start, to: grid.goal, in: grid.area, bend: grid.bend, blocked: { grid.blocked.contains($0) },
                penalty: { grid.penalty[$0] ?? 0 })
            {
                failures.append("seed \(seed): \(grid.area) \(grid.start) → \(grid.goal), bend \(grid.bend): \(fault)")
            }
            let search = CellRouter.Search()
            grid.load(search)
            if search.reaches(from: grid.start, to: grid.goal) != (fast != nil) {
                failures.append("seed \(seed): the flood fill says \(fast == nil ? "a way" : "none")")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) grids wrong:\n\(failures.prefix(12).joined(separator: "\n"))")
        #expect(found > 1000 && none > 1000, "\(found) with a way, \(none) without")
    }

    @Test("the same input routes the same: families twice over, and grids by a search that routed others before")
    func deterministic() {
        for seed in UInt64(1)...150 {
            let (g, layout, lines, visible) = Self.family(seed: seed)
            let first = GenogramBondRoutes(g, layout, lines, year: 2026, visible: visible)
            let second = GenogramBondRoutes(g, layout, lines, year: 2026, visible: visible)
            #expect(first == second, "seed \(seed)")
        }
        // One search's memory reused from grid to grid, as for a genogram's relations.
        let reused = CellRouter.Search()
        var differing: [UInt64] = []
        for seed in UInt64(1)...2000 {
            let grid = Grid(seed: seed)
            let fresh = CellRouter.route(
                from: grid.start, to: grid.goal, in: grid.area, blocked: { grid.blocked.contains($0) }, penalty: { grid.penalty[$0] ?? 0 },
                bend: grid.bend)
            grid.load(reused)
            _ = reused.reaches(from: grid.start, to: grid.goal)
            if reused.route(from: grid.start, to: grid.goal, bend: grid.bend) != fresh { differing.append(seed) }
        }
        #expect(differing.isEmpty, "grids routed otherwise by a used search: \(differing.prefix(12))")
    }
}
