import Diagrams
import Foundation
import KeukentafelDomain
import TerminalUI

/// The relation routing as it was before it was made fast (commit 9fe8b77), kept word for
/// word as the reference the fast one must equal cell for cell: the same cells, the same
/// choice between ways of equal cost (the binary heap's order decides those).
enum ReferenceBondRouter {
    /// `GenogramBondRoutes.init` as it was: the relations' paths and those drawn along a couple line.
    static func routes(
        _ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines, year: Int, visible: Rect? = nil
    ) -> (paths: [UUID: [Point]], along: [UUID: GenogramLines.PartnerLane]) {
        var paths: [UUID: [Point]] = [:]
        let along = Dictionary(lines.partnerLanes.map { ($0.bondID, $0) }, uniquingKeysWith: { a, _ in a })
        guard !g.bonds.isEmpty else { return (paths, along) }
        let w = max(1, lines.width)
        let bounds = Rect(x: 0, y: 0, width: w, height: lines.height)
        func index(_ p: Point) -> Int { p.y * w + p.x }
        var isBlocked = [Bool](repeating: false, count: w * lines.height)
        var onLine = [Bool](repeating: false, count: w * lines.height)
        for p in blockedCells(g, layout, lines, year: year) where bounds.contains(p) { isBlocked[index(p)] = true }
        for s in lines.segments {
            let cells =
                s.from.y == s.to.y
                ? (s.from.x...s.to.x).map { Point(x: $0, y: s.from.y) } : (s.from.y...s.to.y).map { Point(x: s.from.x, y: $0) }
            for p in cells where bounds.contains(p) { onLine[index(p)] = true }
        }
        let slot = lines.slot
        let drawn = layout.drawings(g)
        func distance(_ b: GenogramBond) -> Int {
            guard let p = layout.places[b.from], let q = layout.places[b.to] else { return .max }
            return abs(lines.x(p.column) - lines.x(q.column)) + abs(lines.y(p.row) - lines.y(q.row))
        }
        let bonds = g.bonds.enumerated().sorted { (distance($0.element), $0.offset) < (distance($1.element), $1.offset) }.map(\.element)
        var used = [UInt8](repeating: 0, count: w * lines.height)
        for bond in bonds where along[bond.bondID] == nil {
            let from = drawn.filter { $0.person.personID == bond.from }.map { Point(x: lines.x($0.place.column), y: lines.y($0.place.row)) }
            let to = drawn.filter { $0.person.personID == bond.to }.map { Point(x: lines.x($0.place.column), y: lines.y($0.place.row)) }
            let pairs = from.flatMap { a in to.map { (a, $0) } }
            guard
                let (a, b) = pairs.min(by: { abs($0.0.x - $0.1.x) + abs($0.0.y - $0.1.y) < abs($1.0.x - $1.1.x) + abs($1.0.y - $1.1.y) })
            else { continue }
            var area = Rect(
                x: min(a.x, b.x) - 4 * slot, y: min(a.y, b.y) - 10, width: abs(a.x - b.x) + 8 * slot + 1, height: abs(a.y - b.y) + 21
            ).intersection(bounds)
            if let visible { area = area.intersection(visible) }
            func route(sharing: Bool) -> [Point]? {
                ReferenceBondRouter.route(
                    from: a, to: b, in: area,
                    blocked: { p in isBlocked[index(p)] || (used[index(p)] != 0 && (!sharing || used[index(p)] == 2)) },
                    penalty: { p in (onLine[index(p)] ? 12 : 0) + (used[index(p)] != 0 ? 30 : 0) }, bend: 3)
            }
            func crossesOnly(_ path: [Point]) -> Bool {
                path.indices.dropFirst().dropLast().allSatisfy { i in
                    guard used[index(path[i])] != 0 else { return true }
                    let (prev, next) = (path[i - 1], path[i + 1])
                    return prev.x == next.x || prev.y == next.y
                } && !zip(path, path.dropFirst()).contains { used[index($0)] != 0 && used[index($1)] != 0 }
            }
            guard let path = route(sharing: false) ?? route(sharing: true).flatMap({ crossesOnly($0) ? $0 : nil }) else { continue }
            paths[bond.bondID] = path
            for i in path.indices.dropFirst().dropLast() {
                let straight = path[i - 1].x == path[i + 1].x || path[i - 1].y == path[i + 1].y
                used[index(path[i])] = used[index(path[i])] == 0 && straight ? 1 : 2
            }
        }
        return (paths, along)
    }

    /// `GenogramBondRoutes.blockedCells` as it was.
    static func blockedCells(_ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines, year: Int) -> Set<Point> {
        var out = Set<Point>()
        let copied = Set(layout.copies.values)
        let children = Set(g.childLinks.map(\.childID))
        for d in layout.drawings(g) {
            let cx = lines.x(d.place.column)
            let top = lines.y(d.place.row)
            out.insert(Point(x: cx, y: top))
            if children.contains(d.id) { out.insert(Point(x: cx, y: top - 1)) }
            let w = GenogramCaption.cells(d.person, year: year, copied: copied.contains(d.person.personID), slot: lines.slot)
            for x in (cx - w / 2)..<(cx - w / 2 + w) { out.insert(Point(x: x, y: top + 1)) }
        }
        for s in lines.segments {
            if s.role == .couple && lines.inline.contains(s.family) {
                for x in s.from.x...s.to.x { out.insert(Point(x: x, y: s.from.y)) }
            } else {
                out.insert(s.from)
                out.insert(s.to)
            }
        }
        return out
    }

    /// `CellRouter.route` as it was: Dijkstra over (cell, direction) with a binary heap.
    static func route(
        from start: Point, to goal: Point, in area: Rect,
        blocked: (Point) -> Bool, penalty: (Point) -> Int, bend: Int = 2
    ) -> [Point]? {
        guard area.contains(start), area.contains(goal) else { return nil }
        let steps = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        let w = area.width
        let h = area.height
        func index(_ p: Point, _ d: Int) -> Int { ((p.y - area.y) * w + (p.x - area.x)) * 4 + d }
        var best = [Int](repeating: .max, count: w * h * 4)
        var from = [Int](repeating: -1, count: w * h * 4)
        var heap = MinHeap()
        for d in 0..<4 {
            best[index(start, d)] = 0
            heap.push((0, index(start, d)))
        }
        var reached: Int?
        while let (cost, node) = heap.pop() {
            guard cost == best[node] else { continue }
            let cell = node / 4
            let dir = node % 4
            let p = Point(x: area.x + cell % w, y: area.y + cell / w)
            if p == goal {
                reached = node
                break
            }
            for (nd, (dx, dy)) in steps.enumerated() {
                let q = Point(x: p.x + dx, y: p.y + dy)
                guard area.contains(q), q == goal || !blocked(q) else { continue }
                let c = cost + 1 + (nd == dir || p == start ? 0 : bend) + (q == goal ? 0 : penalty(q))
                let n = index(q, nd)
                if c < best[n] {
                    best[n] = c
                    from[n] = node
                    heap.push((c, n))
                }
            }
        }
        guard var node = reached else { return nil }
        var path: [Point] = []
        while node >= 0 {
            let cell = node / 4
            path.append(Point(x: area.x + cell % w, y: area.y + cell / w))
            node = from[node]
        }
        return path.reversed()
    }

    /// The binary heap of (cost, node) as it was; its order among equal costs decides ties.
    struct MinHeap {
        var items: [(Int, Int)] = []
        mutating func push(_ e: (Int, Int)) {
            items.append(e)
            var i = items.count - 1
            while i > 0, items[(i - 1) / 2].0 > items[i].0 {
                items.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }
        mutating func pop() -> (Int, Int)? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1
                    let r = l + 1
                    var m = i
                    if l < items.count, items[l].0 < items[m].0 { m = l }
                    if r < items.count, items[r].0 < items[m].0 { m = r }
                    if m == i { break }
                    items.swapAt(i, m)
                    i = m
                }
            }
            return top
        }
    }
}
